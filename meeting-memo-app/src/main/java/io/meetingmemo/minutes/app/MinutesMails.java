package io.meetingmemo.minutes.app;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.meetingmemo.actionitem.domain.PageSnapshot;
import io.meetingmemo.mail.domain.MailHeaderText;
import io.meetingmemo.memo.domain.Memo;
import io.meetingmemo.memo.domain.MemoAction;
import io.meetingmemo.minutes.domain.MinutesRecipient;
import io.meetingmemo.minutes.domain.MinutesText;
import io.meetingmemo.minutes.domain.MinutesView;
import io.meetingmemo.platform.ConfluenceUsers;
import io.meetingmemo.platform.ItemPresenter;
import io.meetingmemo.platform.MailRendering;
import io.meetingmemo.platform.Readers;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The minutes of a memo as one recipient gets them, in their Confluence language (guests: the sender's): their own
 * actions first, then the decisions, the other actions and the link to the page, which only people who may view the
 * page get. The subject is header-safe and the HTML body escapes every value (the template's renderer does).
 */
public final class MinutesMails {
    static final String PREFIX = "meeting-memo.minutes.mail.";
    static final List<String> LABELS = List.of("yourActions", "decisions", "otherActions", "openPage", "due");

    private final MailRendering rendering;
    private final Readers readers;
    private final ConfluenceUsers users;
    private final ApplicationProperties applicationProperties;

    public MinutesMails(MailRendering rendering, Readers readers, ConfluenceUsers users, ApplicationProperties applicationProperties) {
        this.rendering = rendering;
        this.readers = readers;
        this.users = users;
        this.applicationProperties = applicationProperties;
    }

    /** One rendered mail: to whom, the subject as sent, both bodies, and the language tag they are written in. */
    public record RenderedMail(String to, String subject, String html, String text, String language) {}

    /**
     * @param senderKey the sender's user key: a guest has no Confluence language and reads the sender's, the language
     *                  the meeting was most likely held in
     */
    public RenderedMail render(PageSnapshot page, Memo memo, MinutesRecipient recipient, String senderKey, String senderName) {
        Locale locale = rendering.localeOf(recipient.userKey() != null ? recipient.userKey() : senderKey);
        MinutesView view = view(page, memo, recipient, senderName, locale);
        return new RenderedMail(recipient.address() == null ? null : recipient.address().value(), view.subject(),
                rendering.renderHtml(MailRendering.MailTemplate.MINUTES, locale, view.asModel()), MinutesText.write(view),
                locale.toLanguageTag());
    }

    MinutesView view(PageSnapshot page, Memo memo, MinutesRecipient recipient, String senderName, Locale locale) {
        ItemPresenter presenter = readers.presenter(readers.today(), locale);
        String title = memo.title() != null ? memo.title() : page.title();
        List<MinutesView.ActionLine> own = new ArrayList<>();
        List<MinutesView.ActionLine> others = new ArrayList<>();
        for (MemoAction action : memo.actions()) {
            MinutesView.ActionLine line = new MinutesView.ActionLine(presenter.text(action.text()),
                    action.assignee() != null ? presenter.person(action.assignee()) : action.owner(),
                    presenter.date(action.due(), FormatStyle.LONG));
            boolean mine = recipient.userKey() != null && action.assignee() != null
                    && recipient.userKey().equals(users.userKeyOf(action.assignee()));
            (mine ? own : others).add(line);
        }
        String meeting = String.join(" · ", Stream.of(presenter.date(memo.date(), FormatStyle.LONG), memo.time(), memo.location())
                .filter(Objects::nonNull).toList());
        String pageUrl = recipient.canView()
                ? applicationProperties.getBaseUrl(UrlMode.CANONICAL) + "/pages/viewpage.action?pageId=" + page.pageId() : null;
        return new MinutesView(
                MailHeaderText.of(rendering.text(locale, PREFIX + "subject", title)),
                rendering.text(locale, PREFIX + "intro", senderName, title),
                title, meeting.isEmpty() ? null : meeting, own,
                memo.decisions().stream().map(d -> presenter.text(d.text())).toList(), others, pageUrl,
                pageUrl == null ? rendering.text(locale, PREFIX + "noPageAccess") : null,
                rendering.labels(locale, PREFIX, LABELS));
    }
}
