package io.meetingmemo.platform;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The person a macro, a list or an export is made for: today on their calendar, and the one presenter that
 * decides how people, dates and overdue items are shown to them. Macros, REST resources, the register and the
 * blueprint share it, so "overdue" and a person's name read the same everywhere.
 */
public final class Readers {
    private final ConfluenceUsers users;
    private final TimeZoneManager timeZones;
    private final Clock clock;
    private final I18nResolver i18n;

    public Readers(ConfluenceUsers users, TimeZoneManager timeZoneManager, Clock clock, I18nResolver i18n) {
        this.users = users;
        this.timeZones = timeZoneManager;
        this.clock = clock;
        this.i18n = i18n;
    }

    /**
     * Today on the calendar of the person asking: in the time zone of their profile (SAL's user time zone, the
     * site's default when they chose none or are anonymous). Decides "overdue" everywhere, for the reader.
     */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(timeZones.getUserTimeZone().toZoneId()));
    }

    /** The day a moment falls on, on the calendar of the person asking (a memo's "sent on" day). */
    public LocalDate dayOf(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, timeZones.getUserTimeZone().toZoneId());
    }

    /** How items are shown to the person asking, on the given day, in their language (null: no words, e.g. JSON). */
    public ItemPresenter presenter(LocalDate today, Locale locale) {
        // JSON has no language of its own: an erased person reads in the caller's (SAL's locale of the request).
        String erased = locale == null ? i18n.getText(ItemPresenter.ERASED_PERSON_KEY) : i18n.getText(locale, ItemPresenter.ERASED_PERSON_KEY);
        return new ItemPresenter(users, today, locale, erased);
    }

    /** People as readers and REST callers name them: by username or key. */
    public ConfluenceUsers users() { return users; }
}
