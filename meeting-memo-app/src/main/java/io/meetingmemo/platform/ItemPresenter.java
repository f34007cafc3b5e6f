package io.meetingmemo.platform;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.contact.domain.ErasedPerson;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.memo.domain.UserRef;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that decides how a person, a date, an item's text and an overdue item are shown to a
 * reader: the memo, the register (on screen through the REST JSON, and in exports and email), CSV and
 * iCalendar all ask it. Users are looked up once per distinct key or name per presenter (one request).
 */
public final class ItemPresenter {
    /**
     * A mention as the parser writes it into an item's text: {@code @} and the user key or username.
     * Usernames may hold letters, digits and {@code . _ - @}; a trailing full stop ends the sentence.
     */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}])@([\\p{L}\\p{N}_][\\p{L}\\p{N}._@-]*[\\p{L}\\p{N}_]|[\\p{L}\\p{N}_])");

    /** The i18n key of the words an erased person is shown as. */
    public static final String ERASED_PERSON_KEY = "meeting-memo.person.erased";

    private final ConfluenceUsers users;
    private final LocalDate today;
    private final Locale locale;
    private final String erasedPerson;
    private final Map<String, Optional<ConfluenceUsers.Person>> byKey = new HashMap<>();
    private final Map<String, Optional<ConfluenceUsers.Person>> byNameOrKey = new HashMap<>();

    /**
     * Made by {@link Readers#presenter}, which knows the reader's language.
     *
     * @param today        the reader's today, which decides what is overdue
     * @param erasedPerson how an erased person is shown to this reader ("Erased person" in their language); null shows
     *                     nobody in their place
     */
    public ItemPresenter(ConfluenceUsers users, LocalDate today, Locale locale, String erasedPerson) {
        this.users = users;
        this.today = today;
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.erasedPerson = erasedPerson;
    }

    public LocalDate today() { return today; }

    /** A person named on a page: the current display name, or the key or username as written when unknown. */
    public String person(UserRef user) {
        return users.find(user).map(ConfluenceUsers.Person::displayName).orElse(user.identity());
    }

    /** A tracked user key: the current display name, or the key itself when the user no longer exists. */
    public String personByKey(String userKey) {
        if (userKey == null) return null;
        return userByKey(userKey).map(ConfluenceUsers.Person::displayName).orElse(userKey);
    }

    /** A tracked user key as a user record, looked up once. */
    public Optional<ConfluenceUsers.Person> userByKey(String userKey) {
        return userKey == null ? Optional.empty() : byKey.computeIfAbsent(userKey, users::byKey);
    }

    /**
     * Who follows up an item of an owner without an account, when the page names someone (display name, or the name
     * as written when unknown); null for an item with an assignee, which is theirs to follow up.
     */
    public String followUp(ActionItem item) {
        return item.assigneeKey() == null ? personByKey(item.followUpKey()) : null;
    }

    /** {@link #followUp(ActionItem)} for an action as written on its page. */
    public String followUp(io.meetingmemo.memo.domain.MemoAction action) {
        return action.assignee() == null && action.followUp() != null ? person(action.followUp()) : null;
    }

    /** Who an item is for: the assignee's display name, else the free-text owner. */
    public String owner(ActionItem item) {
        return item.assigneeKey() != null ? personByKey(item.assigneeKey()) : storedName(item.ownerName());
    }

    /**
     * A person's name as a row stores it (an item's free-text owner, a guest the minutes went to): as written, or
     * "Erased person" in the reader's language for an erased one.
     */
    public String storedName(String stored) {
        return ErasedPerson.is(stored) ? erasedPerson : stored;
    }

    /**
     * An item's text with every mention shown as {@code @} and the person's display name ("Ask @Petri
     * Laitinen to review"); a mention of someone unknown stays as written.
     */
    public String text(String stored) {
        if (stored == null || stored.indexOf('@') < 0) return stored;
        Matcher m = MENTION.matcher(stored);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String identity = m.group(1);
            Optional<ConfluenceUsers.Person> person = byNameOrKey.computeIfAbsent(identity, users::byUsernameOrKey);
            m.appendReplacement(out, Matcher.quoteReplacement(person.map(p -> "@" + p.displayName()).orElse(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** An open item is overdue from the day after its due date. */
    public boolean overdue(ActionStatus status, LocalDate due) {
        return status == ActionStatus.OPEN && due != null && due.isBefore(today);
    }


    public boolean overdue(ActionItem item) { return item.isOverdue(today); }

    /** A tracked item as an export shows it: its text with mentions as display names. */
    public ActionItem shown(ActionItem item) {
        String text = text(item.text());
        return text.equals(item.text()) ? item : item.withText(text);
    }

    /** A date in the reader's language: {@link FormatStyle#LONG} in a memo's header and table, MEDIUM in a register. */
    public String date(LocalDate date, FormatStyle style) {
        return date == null ? null : DateTimeFormatter.ofLocalizedDate(style).withLocale(locale).format(date);
    }
}
