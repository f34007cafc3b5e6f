package io.meetingmemo.reminder.app;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.meetingmemo.mail.domain.MailAddress;
import io.meetingmemo.mail.domain.OutgoingMail;
import io.meetingmemo.mail.domain.OutgoingMail.MailFormat;
import io.meetingmemo.platform.ItemPresenter;
import io.meetingmemo.platform.Readers;
import io.meetingmemo.platform.MailRendering;
import io.meetingmemo.platform.MailRendering.MailTemplate;
import io.meetingmemo.reminder.domain.DueItem;
import io.meetingmemo.reminder.domain.DueReason;
import io.meetingmemo.reminder.domain.PersonReminder;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A person's reminder mail in their language: the subject, the HTML body from {@code templates/mail/reminder.vm}
 * and the plain-text body from {@link ReminderText}, both from one view model. Dates and mentions are shown by the
 * one presenter; every link is absolute (the site's canonical base URL), and "mark done" leads to a page that asks
 * the signed-in person to confirm, never to a change made by following the link.
 */
public final class ReminderMails {
    static final List<String> LABELS = List.of("greeting", "intro", "due", "memo", "open", "markDone", "more", "settings",
            "footer", "reason.DUE_SOON", "reason.DUE_TODAY", "reason.NEWLY_OVERDUE", "reason.STILL_OVERDUE", "noTitle", "owner");

    private final MailRendering rendering;
    private final Readers readers;
    private final ApplicationProperties applicationProperties;

    public ReminderMails(MailRendering rendering, Readers readers, ApplicationProperties applicationProperties) {
        this.rendering = rendering;
        this.readers = readers;
        this.applicationProperties = applicationProperties;
    }

    /**
     * One listed item as the mail shows it; every value is plain text (the template escapes it).
     *
     * @param owner the owner without an account whose item the person follows up (as follow-up owner or minute-taker);
     *              null for the person's own item
     */
    public record Row(String memoTitle, String pageUrl, String text, String due, String reason, boolean overdue,
                      String openUrl, String markDoneUrl, String owner) {
    }

    /** Everything both bodies show. */
    public record View(String greeting, String intro, List<Row> rows, int notListed, String moreText, String myItemsUrl,
                       String settingsUrl, Map<String, String> labels) {
    }

    public OutgoingMail compose(PersonReminder reminder, String displayName, MailAddress to, MailFormat format, LocalDate today) {
        Locale locale = rendering.localeOf(reminder.recipientKey());
        View view = view(reminder, displayName, locale, today);
        String subject = rendering.text(locale, "meeting-memo.reminder.mail.subject", reminder.total(),
                reminder.listed().isEmpty() ? "" : firstTitle(reminder.listed().get(0), view.labels()));
        String html = rendering.renderHtml(MailTemplate.REMINDER, locale, model(view));
        return new OutgoingMail(to, subject, html, ReminderText.write(view), view.settingsUrl(), format);
    }

    /** The view as Velocity reads it under Confluence's method allowlist: maps and lists only. */
    static Map<String, Object> model(View view) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("greeting", view.greeting());
        model.put("intro", view.intro());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row row : view.rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("memoTitle", row.memoTitle());
            r.put("pageUrl", row.pageUrl());
            r.put("text", row.text());
            r.put("due", row.due());
            r.put("reason", row.reason());
            r.put("overdue", row.overdue());
            r.put("openUrl", row.openUrl());
            r.put("markDoneUrl", row.markDoneUrl());
            r.put("owner", row.owner());
            rows.add(r);
        }
        model.put("rows", rows);
        model.put("moreText", view.moreText());
        model.put("myItemsUrl", view.myItemsUrl());
        model.put("settingsUrl", view.settingsUrl());
        model.put("labels", view.labels());
        return model;
    }

    View view(PersonReminder reminder, String displayName, Locale locale, LocalDate today) {
        Map<String, String> labels = new LinkedHashMap<>(rendering.labels(locale, "meeting-memo.reminder.mail.", LABELS));
        ItemPresenter presenter = readers.presenter(today, locale);
        String base = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        String myItems = base + "/plugins/servlet/meeting-memo/my-action-items";
        List<Row> rows = new ArrayList<>();
        for (DueItem item : reminder.listed()) {
            String pageUrl = base + "/pages/viewpage.action?pageId=" + item.pageId();
            rows.add(new Row(firstTitle(item, labels), pageUrl, presenter.text(item.text()),
                    presenter.date(item.dueDate(), FormatStyle.MEDIUM), labels.get("reason." + reasonOf(item).name()),
                    item.dueDate() != null && item.dueDate().isBefore(today), pageUrl,
                    base + "/plugins/servlet/meeting-memo/mark-done?item=" + item.id(), followedUpOwner(item, presenter)));
        }
        String greeting = rendering.text(locale, "meeting-memo.reminder.mail.greeting", displayName == null ? "" : displayName);
        String intro = rendering.text(locale, "meeting-memo.reminder.mail.intro", reminder.total());
        String more = reminder.notListed() == 0 ? null : rendering.text(locale, "meeting-memo.reminder.mail.more", reminder.notListed());
        return new View(greeting, intro, rows, reminder.notListed(), more, myItems,
                base + "/plugins/servlet/meeting-memo/mail-settings", labels);
    }

    /**
     * Whose item the person follows up: the owner without an account, as the page names them ("Erased person" once
     * erased from a contacts register); null for their own.
     */
    private static String followedUpOwner(DueItem item, ItemPresenter presenter) {
        if (item.assigneeKey() != null) return null;
        return item.ownerName() == null || item.ownerName().isBlank() ? null : presenter.storedName(item.ownerName());
    }

    private static DueReason reasonOf(DueItem item) {
        return item.reason() == null ? DueReason.DUE_TODAY : item.reason();
    }

    private static String firstTitle(DueItem item, Map<String, String> labels) {
        if (item.memoTitle() != null && !item.memoTitle().isBlank()) return item.memoTitle();
        if (item.pageTitle() != null && !item.pageTitle().isBlank()) return item.pageTitle();
        return labels.getOrDefault("noTitle", "");
    }

    static final List<String> DIGEST_LABELS = List.of("title", "open", "overdue", "closed", "nextMeetings", "noneOpen",
            "noneClosed", "due", "memo", "more", "settings", "footer", "noTitle", "markDone", "owner");

    /** The weekly digest: open items (overdue first), what was closed in the week, the next meetings of their series. */
    public OutgoingMail composeDigest(io.meetingmemo.reminder.domain.PersonDigest digest, Map<String, LocalDate> nextMeetings,
                                      String displayName, MailAddress to, MailFormat format, LocalDate today) {
        Locale locale = rendering.localeOf(digest.recipientKey());
        Map<String, String> labels = new LinkedHashMap<>(rendering.labels(locale, "meeting-memo.digest.mail.", DIGEST_LABELS));
        ItemPresenter presenter = readers.presenter(today, locale);
        String base = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        List<Map<String, Object>> open = digestRows(digest.open().listed(), presenter, base, today, labels);
        List<Map<String, Object>> closed = digestRows(digest.closed().listed(), presenter, base, today, labels);
        List<Map<String, Object>> meetings = new ArrayList<>();
        for (Map.Entry<String, LocalDate> m : io.meetingmemo.reminder.domain.PersonDigest.sorted(nextMeetings)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("series", m.getKey());
            row.put("date", presenter.date(m.getValue(), FormatStyle.FULL));
            meetings.add(row);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("greeting", rendering.text(locale, "meeting-memo.reminder.mail.greeting", displayName == null ? "" : displayName));
        model.put("summary", rendering.text(locale, "meeting-memo.digest.mail.summary", digest.open().total(), digest.overdue(),
                digest.closed().total()));
        model.put("open", open);
        model.put("closed", closed);
        model.put("meetings", meetings);
        model.put("hasOpen", !open.isEmpty());
        model.put("hasClosed", !closed.isEmpty());
        model.put("hasMeetings", !meetings.isEmpty());
        model.put("moreOpen", digest.open().notListed() == 0 ? null
                : rendering.text(locale, "meeting-memo.reminder.mail.more", digest.open().notListed()));
        model.put("myItemsUrl", base + "/plugins/servlet/meeting-memo/my-action-items");
        String settingsUrl = base + "/plugins/servlet/meeting-memo/mail-settings";
        model.put("settingsUrl", settingsUrl);
        model.put("labels", labels);
        String subject = rendering.text(locale, "meeting-memo.digest.mail.subject", digest.open().total(), digest.overdue());
        String html = rendering.renderHtml(MailTemplate.WEEKLY_DIGEST, locale, model);
        return new OutgoingMail(to, subject, html, DigestText.write(model, labels), settingsUrl, format);
    }

    private static List<Map<String, Object>> digestRows(List<DueItem> items, ItemPresenter presenter, String base, LocalDate today,
                                                        Map<String, String> labels) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DueItem item : items) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("text", presenter.text(item.text()));
            r.put("memoTitle", firstTitle(item, labels));
            r.put("pageUrl", base + "/pages/viewpage.action?pageId=" + item.pageId());
            r.put("due", presenter.date(item.dueDate(), FormatStyle.MEDIUM));
            r.put("overdue", item.dueDate() != null && item.dueDate().isBefore(today));
            r.put("markDoneUrl", base + "/plugins/servlet/meeting-memo/mark-done?item=" + item.id());
            r.put("owner", followedUpOwner(item, presenter));
            rows.add(r);
        }
        return rows;
    }
}
