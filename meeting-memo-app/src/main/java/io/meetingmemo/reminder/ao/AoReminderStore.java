package io.meetingmemo.reminder.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.meetingmemo.mail.domain.OutgoingMail.MailFormat;
import io.meetingmemo.reminder.domain.PersonSettings;
import io.meetingmemo.reminder.domain.ReminderKind;
import io.meetingmemo.reminder.domain.ReminderSettings;
import io.meetingmemo.reminder.domain.ReminderStore;
import io.meetingmemo.reminder.domain.SkipReason;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;

/**
 * Reminders' tables in Active Objects. Versioned rows (settings, a person's choices) are changed as the item
 * repository changes items: a delete that names the version read, then an insert of the next version, in one
 * transaction, so a stale write deletes nothing and is refused. A log row is claimed by inserting it; the unique
 * {@code LOG_KEY} refuses a second claim (SQL state 23505), which is how a run knows another one did that person.
 */
public final class AoReminderStore implements ReminderStore {
    static final String GLOBAL = "global";
    private static final int CHUNK = 500;

    private final ActiveObjects ao;

    public AoReminderStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public ReminderSettings settings() {
        return ao.executeInTransaction(() -> {
            ReminderSettingsEntity[] rows = ao.find(ReminderSettingsEntity.class, Query.select().where("SETTING_KEY = ?", GLOBAL));
            if (rows.length == 0) return ReminderSettings.DEFAULTS;
            ReminderSettingsEntity e = rows[0];
            DayOfWeek day;
            try {
                day = DayOfWeek.valueOf(e.getDigestDay());
            } catch (RuntimeException bad) {
                day = ReminderSettings.DEFAULTS.digestDay();
            }
            return new ReminderSettings(e.isEnabled(), e.getRunHour(), e.getDaysBefore(), day, lines(e.getExcludedSpaces()), e.getVersion());
        });
    }

    @Override
    public Optional<ReminderSettings> saveSettings(ReminderSettings s) {
        ReminderSettings next = s.withVersion(s.version() + 1);
        Map<String, Object> row = new HashMap<>();
        row.put("SETTING_KEY", GLOBAL);
        row.put("ENABLED", next.enabled());
        row.put("RUN_HOUR", next.hour());
        row.put("DAYS_BEFORE", next.daysBefore());
        row.put("DIGEST_DAY", next.digestDay().name());
        row.put("EXCLUDED_SPACES", String.join("\n", next.excludedSpaceKeys()));
        row.put("VERSION", next.version());
        return replaceVersioned(ReminderSettingsEntity.class, "SETTING_KEY", GLOBAL, s.version(), row) ? Optional.of(next) : Optional.empty();
    }

    @Override
    public PersonSettings personSettings(String userKey) {
        return personSettings(List.of(userKey)).getOrDefault(userKey, PersonSettings.defaultsFor(userKey));
    }

    @Override
    public Map<String, PersonSettings> personSettings(Collection<String> userKeys) {
        Map<String, PersonSettings> found = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(userKeys));
        ao.executeInTransaction(() -> {
            for (int from = 0; from < keys.size(); from += CHUNK) {
                List<String> chunk = keys.subList(from, Math.min(from + CHUNK, keys.size()));
                ao.stream(PersonSettingsEntity.class, Query.select("ID, USER_KEY, REMINDERS, DIGEST, MAIL_FORMAT, VERSION")
                                .where("USER_KEY IN (" + "?,".repeat(chunk.size() - 1) + "?)", chunk.toArray()),
                        e -> found.put(e.getUserKey(), new PersonSettings(e.getUserKey(), e.isReminders(), e.isDigest(),
                                "TEXT".equals(e.getMailFormat()) ? MailFormat.TEXT : MailFormat.HTML, e.getVersion())));
            }
            return null;
        });
        return found;
    }

    @Override
    public Optional<PersonSettings> savePersonSettings(PersonSettings s) {
        PersonSettings next = new PersonSettings(s.userKey(), s.reminders(), s.digest(), s.format(), s.version() + 1);
        Map<String, Object> row = new HashMap<>();
        row.put("USER_KEY", s.userKey());
        row.put("REMINDERS", next.reminders());
        row.put("DIGEST", next.digest());
        row.put("MAIL_FORMAT", next.format().name());
        row.put("VERSION", next.version());
        return replaceVersioned(PersonSettingsEntity.class, "USER_KEY", s.userKey(), s.version(), row) ? Optional.of(next) : Optional.empty();
    }

    /** Replaces the row of {@code key} if it is at {@code expectedVersion} (0: there is none yet). */
    private boolean replaceVersioned(Class<? extends net.java.ao.RawEntity<Integer>> type, String keyColumn, String key,
                                     int expectedVersion, Map<String, Object> row) {
        try {
            return ao.executeInTransaction(() -> {
                if (expectedVersion > 0) {
                    int deleted = ao.deleteWithSQL(type, keyColumn + " = ? AND VERSION = ?", key, expectedVersion);
                    if (deleted != 1) throw new Stale();
                } else if (ao.count(type, Query.select().where(keyColumn + " = ?", key)) > 0) {
                    throw new Stale();
                }
                createRow(type, row);
                return true;
            });
        } catch (Stale e) {
            return false;
        } catch (RuntimeException e) {
            if (isDuplicate(e)) return false;
            throw e;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void createRow(Class type, Map<String, Object> row) {
        ao.create(type, List.of(row));
    }

    @Override
    public Set<String> mutedSeries() {
        return ao.executeInTransaction(() -> {
            Set<String> keys = new LinkedHashSet<>();
            ao.stream(SeriesMuteEntity.class, Query.select("ID, SERIES_KEY"), e -> keys.add(e.getSeriesKey()));
            return keys;
        });
    }

    @Override
    public void setSeriesMuted(String storedSeriesKey, boolean muted, String byUserKey) {
        try {
            ao.executeInTransaction(() -> {
                ao.deleteWithSQL(SeriesMuteEntity.class, "SERIES_KEY = ?", storedSeriesKey);
                if (muted) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("SERIES_KEY", storedSeriesKey);
                    row.put("MUTED_BY", byUserKey);
                    row.put("MUTED_AT", new Date());
                    ao.create(SeriesMuteEntity.class, List.of(row));
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (!isDuplicate(e)) throw e; // muted by someone else at the same moment: it is muted
        }
    }

    static String logKey(String userKey, LocalDate day, ReminderKind kind) {
        return kind.name() + "|" + day + "|" + userKey;
    }

    @Override
    public boolean claimMail(String userKey, LocalDate day, ReminderKind kind, int items, Instant at) {
        Map<String, Object> row = new HashMap<>();
        row.put("LOG_KEY", logKey(userKey, day, kind));
        row.put("USER_KEY", userKey);
        row.put("LOG_DAY", day.toString());
        row.put("KIND", kind.name());
        row.put("STATUS", LogEntry.CLAIMED);
        row.put("ITEMS", items);
        row.put("CREATED_AT", Date.from(at));
        try {
            ao.executeInTransaction(() -> {
                ao.create(ReminderLogEntity.class, List.of(row));
                return null;
            });
            return true;
        } catch (RuntimeException e) {
            // Refused: the other run's row is there (unique key), or the database gave up waiting for it; either way
            // the row decides, and without one the error is real.
            if (isDuplicate(e) && logEntry(userKey, day, kind).isPresent()) return takeOverAbandoned(row, at);
            throw e;
        }
    }

    /**
     * A claim the mail queue never reported sent, long after it was made, belongs to a run that died before its mail
     * left: between claiming and handing over, or with the mail still in its node's queue (held in memory, it died
     * with the node). The first run to delete that claim (the delete names its status and age, so only one can) claims
     * the person anew; a sent or skipped claim, or a recent one, is left alone.
     */
    private boolean takeOverAbandoned(Map<String, Object> row, Instant at) {
        Date abandonedBefore = Date.from(at.minus(ABANDONED_AFTER));
        try {
            return ao.executeInTransaction(() -> {
                int deleted = ao.deleteWithSQL(ReminderLogEntity.class, "LOG_KEY = ? AND STATUS IN (?, ?) AND CREATED_AT < ?",
                        row.get("LOG_KEY"), LogEntry.CLAIMED, LogEntry.HANDED_OVER, abandonedBefore);
                if (deleted != 1) return false;
                ao.create(ReminderLogEntity.class, List.of(row));
                return true;
            });
        } catch (RuntimeException e) {
            if (isDuplicate(e)) return false;
            throw e;
        }
    }

    /** How long a claim without an outcome is taken for a run still at work (claim to hand-over takes milliseconds). */
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofMinutes(10);

    @Override
    public void recordOutcome(String userKey, LocalDate day, ReminderKind kind, SkipReason reason, String detail) {
        // The queue may have sent the mail (and said so) before the run gets here: only a bare claim changes.
        changeLog(userKey, day, kind, Set.of(LogEntry.CLAIMED), reason == null ? LogEntry.HANDED_OVER : LogEntry.SKIPPED, reason, detail);
    }

    @Override
    public void recordDelivery(String userKey, LocalDate day, ReminderKind kind, String failure) {
        changeLog(userKey, day, kind, Set.of(LogEntry.CLAIMED, LogEntry.HANDED_OVER),
                failure == null ? LogEntry.SENT : LogEntry.SKIPPED, failure == null ? null : SkipReason.MAIL_FAILED, failure);
    }

    private void changeLog(String userKey, LocalDate day, ReminderKind kind, Set<String> from, String status, SkipReason reason, String detail) {
        ao.executeInTransaction(() -> {
            for (ReminderLogEntity e : ao.find(ReminderLogEntity.class, Query.select().where("LOG_KEY = ?", logKey(userKey, day, kind)))) {
                if (!from.contains(e.getStatus())) continue;
                e.setStatus(status);
                e.setReason(reason == null ? null : reason.name());
                e.setDetail(detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail);
                e.save();
            }
            return null;
        });
    }

    @Override
    public List<String> abandonedClaims(LocalDate day, ReminderKind kind, Instant at, String afterUserKey, int limit) {
        Date abandonedBefore = Date.from(at.minus(ABANDONED_AFTER));
        return ao.executeInTransaction(() -> {
            List<String> keys = new ArrayList<>();
            Query query = afterUserKey == null
                    ? Query.select().where("LOG_DAY = ? AND KIND = ? AND STATUS IN (?, ?) AND CREATED_AT < ?",
                            day.toString(), kind.name(), LogEntry.CLAIMED, LogEntry.HANDED_OVER, abandonedBefore)
                    : Query.select().where("LOG_DAY = ? AND KIND = ? AND STATUS IN (?, ?) AND CREATED_AT < ? AND USER_KEY > ?",
                            day.toString(), kind.name(), LogEntry.CLAIMED, LogEntry.HANDED_OVER, abandonedBefore, afterUserKey);
            for (ReminderLogEntity e : ao.find(ReminderLogEntity.class, query.order("USER_KEY").limit(limit))) keys.add(e.getUserKey());
            return keys;
        });
    }

    @Override
    public Optional<LogEntry> logEntry(String userKey, LocalDate day, ReminderKind kind) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(ReminderLogEntity.class,
                        Query.select().where("LOG_KEY = ?", logKey(userKey, day, kind))))
                .findFirst()
                .map(e -> new LogEntry(e.getUserKey(), LocalDate.parse(e.getLogDay()), ReminderKind.valueOf(e.getKind()), e.getStatus(),
                        e.getReason() == null ? null : SkipReason.valueOf(e.getReason()), e.getDetail(), e.getItems())));
    }

    @Override
    public RunRecord startRun(LocalDate day, Instant at) {
        Optional<RunRecord> existing = run(day);
        if (existing.isPresent()) return existing.get();
        Map<String, Object> row = new HashMap<>();
        row.put("RUN_DAY", day.toString());
        row.put("STARTED_AT", Date.from(at));
        row.put("OUTCOME", RunOutcome.RUNNING.name());
        row.put("QUEUED", 0);
        row.put("SKIPPED", 0);
        row.put("ALREADY_DONE", 0);
        try {
            ao.executeInTransaction(() -> {
                ao.create(ReminderRunEntity.class, List.of(row));
                return null;
            });
        } catch (RuntimeException e) {
            if (!isDuplicate(e)) throw e; // another node started the day's run at the same moment
        }
        return run(day).orElseThrow();
    }

    @Override
    public Optional<RunRecord> run(LocalDate day) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(ReminderRunEntity.class,
                Query.select().where("RUN_DAY = ?", day.toString()))).findFirst().map(AoReminderStore::toRun));
    }

    @Override
    public Optional<RunRecord> latestRun() {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(ReminderRunEntity.class,
                Query.select().order("RUN_DAY DESC").limit(1))).findFirst().map(AoReminderStore::toRun));
    }

    @Override
    public void advanceRun(LocalDate day, String cursor, RunCounts counts) {
        updateRun(day, e -> {
            // Two overlapping runs both advance; the position only ever moves forward.
            if (e.getLastRecipient() == null || cursor.compareTo(e.getLastRecipient()) > 0) e.setLastRecipient(cursor);
            e.setQueued(e.getQueued() + counts.queued());
            e.setSkipped(e.getSkipped() + counts.skipped());
            e.setAlreadyDone(e.getAlreadyDone() + counts.alreadyDone());
        });
    }

    @Override
    public void finishRun(LocalDate day, Instant at, RunOutcome outcome, String message, RunCounts counts) {
        updateRun(day, e -> {
            e.setFinishedAt(Date.from(at));
            e.setOutcome(outcome.name());
            e.setMessage(message);
            e.setQueued(e.getQueued() + counts.queued());
            e.setSkipped(e.getSkipped() + counts.skipped());
            e.setAlreadyDone(e.getAlreadyDone() + counts.alreadyDone());
        });
    }

    private void updateRun(LocalDate day, java.util.function.Consumer<ReminderRunEntity> change) {
        ao.executeInTransaction(() -> {
            for (ReminderRunEntity e : ao.find(ReminderRunEntity.class, Query.select().where("RUN_DAY = ?", day.toString()))) {
                change.accept(e);
                e.save();
            }
            return null;
        });
    }

    private static RunRecord toRun(ReminderRunEntity e) {
        return new RunRecord(LocalDate.parse(e.getRunDay()), instant(e.getStartedAt()), instant(e.getFinishedAt()),
                RunOutcome.valueOf(e.getOutcome()), e.getMessage(), e.getLastRecipient(),
                new RunCounts(e.getQueued(), e.getSkipped(), e.getAlreadyDone()));
    }

    private static Instant instant(Date d) { return d == null ? null : d.toInstant(); }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    /** The database refused a second row with the same unique key (or rolled this writer back for another). */
    static boolean isDuplicate(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (!(t instanceof SQLException sql)) continue;
            for (SQLException s = sql; s != null; s = s.getNextException()) {
                String state = s.getSQLState();
                if (state != null && (state.equals("23505") || state.startsWith("40") || state.equals("HYT00"))) return true;
            }
        }
        return false;
    }

    private static final class Stale extends RuntimeException {
        Stale() { super(null, null, false, false); }
    }
}
