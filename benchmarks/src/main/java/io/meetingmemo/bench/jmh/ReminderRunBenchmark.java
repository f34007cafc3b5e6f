package io.meetingmemo.bench.jmh;

import com.atlassian.beehive.ClusterLockService;
import io.meetingmemo.bench.data.AppDatabase;
import io.meetingmemo.bench.data.People;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.embeddedao.StatementCounter;
import io.meetingmemo.mail.domain.MailSender;
import io.meetingmemo.mail.domain.OutgoingMail;
import io.meetingmemo.reminder.ao.AoDigestSource;
import io.meetingmemo.reminder.ao.AoDueItems;
import io.meetingmemo.reminder.ao.AoReminderStore;
import io.meetingmemo.reminder.app.ReminderMails;
import io.meetingmemo.reminder.app.ReminderRun;
import io.meetingmemo.reminder.domain.RecipientDirectory;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The day's reminder run over the whole data set (the app's {@link ReminderRun} with its Active Objects sources, its
 * people directory and mail rendering, page size 200 as the app wires it), against one plain-JDBC scan of the same
 * rows: every open, unremoved item due by the run's horizon, in recipient order. The mail port records what is
 * handed over and reports it sent at once, so no mail is sent. Before each run the day's reminder log and run record
 * are emptied, so each run mails everyone again. Each invocation is one whole run ({@link Mode#SingleShotTime}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReminderRunBenchmark extends DatabaseParams {
    /** A Tuesday (no weekly digests): items due on the 26th are reminded two days ahead, and overdue ones weekly. */
    public static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    /** As meeting-memo-context.xml wires the run. */
    public static final int PAGE_SIZE = 200;

    private AppDatabase db;
    private ReminderRun run;
    private CountingMail mail;
    private String scanSql;

    @Setup
    public void open() {
        db = AppDatabase.open(database(), people());
        mail = new CountingMail();
        run = reminderRun(db, mail);
        scanSql = scanSql(db);
    }

    @Setup(Level.Invocation)
    public void forgetTheDay() { clearReminderLog(db); }

    @TearDown
    public void close() { db.close(); }

    @Benchmark
    public ReminderRun.Result reminderRun() {
        return run.runNow();
    }

    /** The run's candidate rows read once with plain JDBC, in the order the run goes through them. */
    @Benchmark
    public Scanned rawJdbcScan() throws SQLException {
        return scan(db, scanSql);
    }

    /** What the plain scan read: rows, and distinct assignees (the run's recipients, but for minute-takers). */
    public record Scanned(long rows, long assignees, long checksum) {}

    /** The app's reminder run on the benchmark database, with the given mail port, on {@link #DAY} at 10:00 UTC. */
    static ReminderRun reminderRun(AppDatabase db, MailSender mail) { return reminderRun(db, mail, PAGE_SIZE); }

    static ReminderRun reminderRun(AppDatabase db, MailSender mail, int pageSize) {
        db.clock().set(DAY.atTime(10, 0).toInstant(ZoneOffset.UTC));
        var ao = db.activeObjects();
        return new ReminderRun(new AoReminderStore(ao), new AoDueItems(ao), new AoDigestSource(ao),
                db.app().get("reminderRecipients", RecipientDirectory.class), db.app().get("reminderMails", ReminderMails.class), mail,
                (ClusterLockService) db.platform().services().get(ClusterLockService.class), db.clock(), pageSize);
    }

    static String scanSql(AppDatabase db) {
        return "SELECT \"ID\", \"PAGE_ID\", \"SPACE_KEY\", \"PAGE_TITLE\", \"MEMO_KEY\", \"MEMO_TITLE\", \"MEMO_SERIES\", \"TEXT\", "
                + "\"ASSIGNEE_KEY\", \"OWNER_NAME\", \"DUE_DATE\" FROM \"" + db.table("ACTION_ITEM") + "\" WHERE \"STATUS\" = ? AND "
                + "\"REMOVED\" = ? AND \"HIDDEN\" = ? AND \"DUE_SORT\" <= ? ORDER BY \"ASSIGNEE_KEY\", \"DUE_SORT\"";
    }

    /** Reads every candidate row, touching each column as the run's mapping does. */
    static Scanned scan(AppDatabase db, String sql) throws SQLException {
        try (Connection c = db.activeObjects().openConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(1000);
            ps.setString(1, io.meetingmemo.memo.domain.ActionStatus.OPEN.wireName());
            ps.setBoolean(2, false);
            ps.setBoolean(3, false);
            ps.setString(4, DAY.plusDays(2).toString());
            long rows = 0, sum = 0, assignees = 0;
            String previous = null;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    String assignee = rs.getString(9);
                    if (assignee != null && !assignee.equals(previous)) assignees++;
                    previous = assignee;
                    sum += rs.getLong(1) + rs.getLong(2);
                    for (int i = 3; i <= 11; i++) {
                        String s = rs.getString(i);
                        if (s != null) sum += s.length();
                    }
                }
            }
            return new Scanned(rows, assignees, sum);
        }
    }

    static void clearReminderLog(AppDatabase db) {
        try (Connection c = db.activeObjects().openConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM \"" + db.table("REMINDER_LOG") + "\"");
            s.executeUpdate("DELETE FROM \"" + db.table("REMINDER_RUN") + "\"");
            if (!c.getAutoCommit()) c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the reminder log: " + e.getMessage(), e);
        }
    }

    /** The mail port: counts what it is handed and reports it sent at once. */
    static final class CountingMail implements MailSender {
        final AtomicLong mails = new AtomicLong();
        final AtomicLong items = new AtomicLong();

        @Override public boolean isAvailable() { return true; }

        @Override public void send(OutgoingMail mail) {
            mails.incrementAndGet();
            items.addAndGet(mail.text().length());
        }
    }

    /** One measured run: what it did, its statements, its extra live heap, and the plain scan's rows. */
    public record Measured(long mails, long candidateRows, long assignees, long statements, long recipientPages, double extraHeapMb,
                           long runMillis, String message) {}

    /**
     * One run outside JMH, for what JMH does not measure: the statements the run sends (counted on its thread) and the
     * extra heap it keeps. The heap is sampled as live data: a full collection every 100 ms during the run, then the
     * heap in use right after it; the largest such value less the heap in use after a full collection before the run.
     */
    public static Measured measure(DatabaseConfig database, People people) { return measure(database, people, PAGE_SIZE); }

    /** {@link #measure(DatabaseConfig, People)} with another page size, to see what a page of recipients costs. */
    public static Measured measure(DatabaseConfig database, People people, int pageSize) {
        try (AppDatabase db = AppDatabase.open(database, people)) {
            clearReminderLog(db);
            Scanned scanned = scan(db, scanSql(db));
            CountingMail mail = new CountingMail();
            ReminderRun run = reminderRun(db, mail, pageSize);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(before);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    System.gc();
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "reminder-heap-sampler");
            long start = System.nanoTime();
            sampler.start();
            StatementCounter.Measured<ReminderRun.Result> result = StatementCounter.measure(run::runNow);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            sampler.interrupt();
            sampler.join();
            return new Measured(mail.mails.get(), scanned.rows(), scanned.assignees(), result.statements(),
                    (scanned.assignees() + pageSize - 1) / pageSize,
                    (peak.get() - before) / (1024.0 * 1024.0), millis, result.result().message());
        } catch (SQLException e) {
            throw new IllegalStateException("the plain scan failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** {@code ReminderRunBenchmark DATA_DIR ITEMS SEED [PAGE_SIZE]}: {@link #measure} alone on a loaded H2 data set, printed. */
    public static void main(String[] args) {
        long items = Long.parseLong(args[1]), seed = Long.parseLong(args[2]);
        System.out.println(measure(io.meetingmemo.bench.data.DatabaseTarget.of(args[0], "", "", "", "").at(items),
                io.meetingmemo.bench.data.DataSets.people(items, seed), args.length > 3 ? Integer.parseInt(args[3]) : PAGE_SIZE));
    }
}
