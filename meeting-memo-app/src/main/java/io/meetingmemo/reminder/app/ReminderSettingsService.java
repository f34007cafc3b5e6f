package io.meetingmemo.reminder.app;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.mail.domain.MailSender;
import io.meetingmemo.permission.ContentPermissions;
import io.meetingmemo.reminder.domain.PersonSettings;
import io.meetingmemo.reminder.domain.ReminderSettings;
import io.meetingmemo.reminder.domain.ReminderStore;
import io.meetingmemo.series.app.SeriesRegister;
import java.util.Optional;

/**
 * The settings of reminders for the caller: administrators read and change the site's settings and run today's
 * reminders at once; every signed-in person reads and changes their own choices. Each rule is checked here, through
 * the one permission policy, whoever calls.
 */
public final class ReminderSettingsService {
    private final ReminderStore store;
    private final ReminderRun run;
    private final MailSender mail;
    private final ContentPermissions permissions;
    private final SeriesRegister series;

    public ReminderSettingsService(ReminderStore store, ReminderRun run, MailSender mail, ContentPermissions permissions,
                                   SeriesRegister series) {
        this.store = store;
        this.run = run;
        this.mail = mail;
        this.permissions = permissions;
        this.series = series;
    }

    /**
     * Whether the series' items cause reminders; for its owners, who are the people who may change the series (edit
     * its latest memo or its index page, or administer Confluence). Empty when the caller may not change it or there
     * is no such series.
     */
    public Optional<Boolean> seriesMuted(String key) {
        requireSignedIn();
        return series.changeable(key).map(seen -> store.mutedSeries().contains(ActionItem.stored(key)));
    }

    /** Mutes or unmutes the series' reminders if the caller owns it; empty when they may not or it does not exist. */
    public Optional<Boolean> muteSeries(String key, boolean muted) {
        String who = requireSignedIn();
        return series.changeable(key).map(seen -> {
            store.setSeriesMuted(ActionItem.stored(key), muted, who);
            return muted;
        });
    }

    /** The site's settings as the administration page shows them. */
    public record AdminView(ReminderSettings settings, boolean mailServerConfigured, Optional<ReminderStore.RunRecord> lastRun) {
    }

    public AdminView adminView() {
        requireAdministrator();
        return new AdminView(store.settings(), mail.isAvailable(), store.latestRun());
    }

    /** Saves the settings if nobody saved since {@code proposed.version()}; empty when someone did. */
    public Optional<ReminderSettings> changeSettings(ReminderSettings proposed) {
        requireAdministrator();
        return store.saveSettings(proposed);
    }

    public ReminderRun.Result runNow() {
        requireAdministrator();
        return run.runNow();
    }

    public PersonSettings mine() {
        return store.personSettings(requireSignedIn());
    }

    /** Saves the caller's choices if nobody saved since the version they name; empty when someone did. */
    public Optional<PersonSettings> changeMine(boolean reminders, boolean digest, io.meetingmemo.mail.domain.OutgoingMail.MailFormat format,
                                               int version) {
        return store.savePersonSettings(new PersonSettings(requireSignedIn(), reminders, digest, format, version));
    }

    private void requireAdministrator() {
        if (permissions.isAnonymous()) throw new Refused(Refused.Reason.ANONYMOUS);
        if (!permissions.isAdministrator()) throw new Refused(Refused.Reason.NOT_ADMINISTRATOR);
    }

    private String requireSignedIn() {
        String key = permissions.currentUserKey();
        if (key == null) throw new Refused(Refused.Reason.ANONYMOUS);
        return key;
    }

    /** The caller may not do this. */
    public static final class Refused extends RuntimeException {
        public enum Reason { ANONYMOUS, NOT_ADMINISTRATOR }

        private final Reason reason;

        Refused(Reason reason) {
            super(reason == Reason.ANONYMOUS ? "log in to change mail settings" : "only Confluence administrators may do this");
            this.reason = reason;
        }

        public Reason reason() { return reason; }
    }
}
