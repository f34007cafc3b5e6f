package io.meetingmemo.reminder.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What reminders keep in the database: the administrator's settings, people's choices, muted series, the log of
 * every person's mail of a day (one row per person, day and kind, written before the mail is handed over, so a second
 * run or a second node finds it and sends nothing) and the record of each day's run with its position.
 */
public interface ReminderStore {
    ReminderSettings settings();

    /**
     * Saves the settings if the stored version is still {@code settings.version()}; the saved settings carry the next
     * version. Empty when someone saved in between.
     */
    Optional<ReminderSettings> saveSettings(ReminderSettings settings);

    PersonSettings personSettings(String userKey);

    /** The settings of these people; people who never saved are absent. */
    Map<String, PersonSettings> personSettings(Collection<String> userKeys);

    /** Saves if the stored version is still {@code settings.version()}; empty when someone saved in between. */
    Optional<PersonSettings> savePersonSettings(PersonSettings settings);

    /** Series keys (as stored on items) whose items cause no reminder. */
    Set<String> mutedSeries();

    void setSeriesMuted(String storedSeriesKey, boolean muted, String byUserKey);

    /**
     * Records the person's mail of the day before it is handed over. False when the row exists: another run (on
     * this node or another) already did this person, and nothing more is done for them.
     */
    boolean claimMail(String userKey, LocalDate day, ReminderKind kind, int items, Instant at);

    /**
     * What came of the claimed mail: handed over (reason null) or skipped for the reason. A claim the mail queue has
     * already reported on (sent, or failed) keeps that report.
     */
    void recordOutcome(String userKey, LocalDate day, ReminderKind kind, SkipReason reason, String detail);

    /**
     * What the mail queue reports on a claimed or handed-over mail: the mail server took it ({@code failure} null), or
     * refused it for that reason (then the claim is skipped with {@link SkipReason#MAIL_FAILED}).
     */
    void recordDelivery(String userKey, LocalDate day, ReminderKind kind, String failure);

    /**
     * People of that day and kind whose claim was abandoned: claimed or handed over, never reported sent, and older at
     * {@code at} than a run at work could be (a node died, and its mail queue, held in memory, with it). In user-key
     * order after {@code afterUserKey} (null: from the first), at most {@code limit}. Claiming such a person again
     * takes the claim over.
     */
    java.util.List<String> abandonedClaims(LocalDate day, ReminderKind kind, Instant at, String afterUserKey, int limit);

    Optional<LogEntry> logEntry(String userKey, LocalDate day, ReminderKind kind);

    /** The day's run record, created unfinished if there is none. */
    RunRecord startRun(LocalDate day, Instant at);

    Optional<RunRecord> run(LocalDate day);

    /** The latest run of any day. */
    Optional<RunRecord> latestRun();

    /** The run has done every recipient up to and including {@code cursor} (recipients go in user-key order). */
    void advanceRun(LocalDate day, String cursor, RunCounts counts);

    void finishRun(LocalDate day, Instant at, RunOutcome outcome, String message, RunCounts counts);

    record LogEntry(String userKey, LocalDate day, ReminderKind kind, String status, SkipReason reason, String detail, int items) {
        /** Handed over to the mail queue; the queue has not yet reported it sent (it may yet die with its node). */
        public static final String HANDED_OVER = "handed-over";
        /**
         * Handed over by a version of the app that did not wait for the queue's report (model version 9 and before):
         * taken as sent, so an upgrade during the day sends nobody a second reminder.
         */
        public static final String QUEUED = "queued";
        /** The mail server took the mail. */
        public static final String SENT = "sent";
        public static final String SKIPPED = "skipped";
        public static final String CLAIMED = "claimed";
    }

    /** How far a run got: recipients mailed and skipped, and skipped for other runs. */
    record RunCounts(int queued, int skipped, int alreadyDone) {
        public static final RunCounts NONE = new RunCounts(0, 0, 0);

        public RunCounts plus(RunCounts other) {
            return new RunCounts(queued + other.queued, skipped + other.skipped, alreadyDone + other.alreadyDone);
        }
    }

    enum RunOutcome {
        RUNNING,
        DONE,
        /** Nothing was sent: reminders are off, or there is no mail server; the message says which. */
        NOTHING_SENT
    }

    record RunRecord(LocalDate day, Instant started, Instant finished, RunOutcome outcome, String message, String cursor,
                     RunCounts counts) {
        public boolean isFinished() { return finished != null; }
    }
}
