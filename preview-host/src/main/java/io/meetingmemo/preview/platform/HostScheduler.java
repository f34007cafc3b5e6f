package io.meetingmemo.preview.platform;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import com.atlassian.scheduler.status.RunOutcome;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.preview.store.HostPageStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confluence's scheduler (atlassian-scheduler with Confluence's additions) in the preview host.
 *
 * <ul>
 *   <li>A clustered host (PostgreSQL, which several host processes may share) keeps {@code RUN_ONCE_PER_CLUSTER}
 *       jobs in the table {@code HOST_SCHEDULED_JOB} with their next run time. Every node polls; a node claims a due
 *       fire with a conditional UPDATE on the next run time (compare-and-set), so each fire runs on exactly one node.
 *       The run holds the cluster lock {@code "scheduler_" + runner key}, waiting at most 30 s and running anyway
 *       after that, as Confluence's {@code JobRunnerWrapper} does.</li>
 *   <li>A non-clustered host (H2, HSQLDB) rewrites {@code RUN_ONCE_PER_CLUSTER} to {@code RUN_LOCALLY}, as
 *       Confluence's scheduler does on a non-clustered node: such jobs live in memory only and are gone after a
 *       restart, so the app must schedule them again in {@code onStart}.</li>
 *   <li>A fire whose runner is not registered on a node is left for a node that has it; the job's last outcome
 *       says {@code UNAVAILABLE}. A runner that throws gives a {@code FAILED} outcome; the poller goes on.</li>
 *   <li>Interval, run-once and cron schedules run; cron expressions are Quartz's, without {@code L}, {@code W} and
 *       {@code #} ({@link HostCron}), in the schedule's time zone or else the host's. A fire that was missed (the
 *       clock moved on, the nodes were down) runs once, then the schedule goes on from "now".</li>
 *   <li>"Now" is the host's clock, so moving the clock makes a job due.</li>
 * </ul>
 */
public final class HostScheduler implements SchedulerService, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HostScheduler.class);
    /** Confluence's {@code AbstractManagedScheduledJob.DEFAULT_LOCK_WAIT_TIME_MS}. */
    static final long LOCK_WAIT_MILLIS = 30_000;
    /** Value types Confluence lets clustered job parameters hold (its allowlist is wider; apps should keep to these). */
    private static final Set<Class<?>> PARAMETER_TYPES = Set.of(String.class, Long.class, Integer.class, Boolean.class);

    private final HostPageStore.ConnectionSource connections;
    private final boolean clustered;
    private final HostClock clock;
    private final ClusterLockService locks;
    private final String node;
    private final ConcurrentMap<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final ConcurrentMap<JobId, LocalJob> localJobs = new ConcurrentHashMap<>();
    private final ConcurrentMap<JobId, LastRun> localRuns = new ConcurrentHashMap<>();
    private ScheduledExecutorService poller;

    /** A job's last run as this host knows it: what the runner answered and when (host clock). */
    public record LastRun(RunOutcome outcome, String message, Instant at, String node) {}

    /**
     * @param clustered true where host processes may share the database (PostgreSQL): cluster-wide jobs are kept in it
     * @param node      this host's name in run records, e.g. for tests with two schedulers on one database
     */
    public HostScheduler(HostPageStore.ConnectionSource connections, boolean clustered, HostClock clock, ClusterLockService locks, String node) {
        this.connections = connections;
        this.clustered = clustered;
        this.clock = clock;
        this.locks = locks;
        this.node = node;
        if (clustered) createTables();
    }

    /** The host's scheduler: clustered on PostgreSQL, local on the embedded databases. */
    public static HostScheduler forDatabase(HostPageStore.ConnectionSource connections, DatabaseConfig.Kind kind, HostClock clock,
                                            ClusterLockService locks) {
        return new HostScheduler(connections, kind == DatabaseConfig.Kind.POSTGRESQL, clock, locks,
                "node-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private void createTables() {
        try (Connection c = connections.open()) {
            try (PreparedStatement ps = c.prepareStatement("CREATE TABLE IF NOT EXISTS HOST_SCHEDULED_JOB (JOB_ID VARCHAR(255) PRIMARY KEY, "
                    + "RUNNER_KEY VARCHAR(255) NOT NULL, INTERVAL_MILLIS BIGINT NOT NULL, FIRST_RUN BIGINT, NEXT_RUN BIGINT, "
                    + "PARAMETERS VARCHAR(8000), CRON VARCHAR(255), TIME_ZONE VARCHAR(64))")) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("CREATE TABLE IF NOT EXISTS HOST_SCHEDULER_RUN (JOB_ID VARCHAR(255) PRIMARY KEY, "
                    + "OUTCOME VARCHAR(16) NOT NULL, MESSAGE VARCHAR(255), RUN_AT BIGINT NOT NULL, NODE VARCHAR(64) NOT NULL)")) {
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            // Another host process created them at the same moment (PostgreSQL reports a duplicate type then).
            if (!tablesExist()) throw new IllegalStateException("cannot create the scheduler's tables: " + e.getMessage(), e);
        }
    }

    private boolean tablesExist() {
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM HOST_SCHEDULED_JOB")) {
            ps.executeQuery().close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Starts polling for due jobs every {@code periodMillis} on a daemon thread. */
    public synchronized void start(long periodMillis) {
        if (poller != null) return;
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "preview-scheduler-" + node);
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(() -> {
            try {
                runDueJobs();
            } catch (RuntimeException e) {
                LOG.warn("the scheduler could not poll for due jobs: {}", e.getMessage());
            }
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Stops polling; a run in progress finishes first (at most 60 s). */
    @Override
    public synchronized void close() {
        if (poller == null) return;
        poller.shutdown();
        try {
            if (!poller.awaitTermination(60, TimeUnit.SECONDS)) poller.shutdownNow();
        } catch (InterruptedException e) {
            poller.shutdownNow();
            Thread.currentThread().interrupt();
        }
        poller = null;
    }

    public boolean clustered() { return clustered; }

    public String node() { return node; }

    // ---------------------------------------------------------------- SchedulerService

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        if (jobRunnerKey == null || jobRunner == null) throw new IllegalArgumentException("registerJobRunner needs a key and a runner");
        runners.put(jobRunnerKey, jobRunner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) { runners.remove(jobRunnerKey); }

    @Override
    public Set<JobRunnerKey> getRegisteredJobRunnerKeys() { return Set.copyOf(runners.keySet()); }

    @Override
    public Set<JobRunnerKey> getJobRunnerKeysForAllScheduledJobs() {
        Set<JobRunnerKey> keys = new TreeSet<>();
        localJobs.values().forEach(j -> keys.add(j.config.getJobRunnerKey()));
        if (clustered) query("SELECT DISTINCT RUNNER_KEY FROM HOST_SCHEDULED_JOB", ps -> {}, rs -> keys.add(JobRunnerKey.of(rs.getString(1))));
        return keys;
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException {
        if (jobId == null || jobConfig == null) throw new SchedulerServiceException("scheduleJob needs a job id and a job config");
        Date first = calculateNextRunTime(jobConfig.getSchedule());
        checkParameters(jobConfig.getParameters());
        Schedule schedule = jobConfig.getSchedule();
        boolean cron = schedule.getType() == Schedule.Type.CRON_EXPRESSION;
        long interval = cron ? 0 : schedule.getIntervalScheduleInfo().getIntervalInMillis();
        // Scheduling replaces a job with the same id, wherever it was kept.
        unscheduleJob(jobId);
        if (!clustered || jobConfig.getRunMode() == RunMode.RUN_LOCALLY) {
            localJobs.put(jobId, new LocalJob(jobConfig.withRunMode(RunMode.RUN_LOCALLY), first == null ? null : first.getTime()));
            return;
        }
        String parameters = encode(jobConfig.getParameters());
        for (int attempt = 0; ; attempt++) {
            try (Connection c = connections.open();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO HOST_SCHEDULED_JOB (JOB_ID, RUNNER_KEY, INTERVAL_MILLIS, FIRST_RUN, NEXT_RUN, PARAMETERS, "
                         + "CRON, TIME_ZONE) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, jobId.toString());
                ps.setString(2, jobConfig.getJobRunnerKey().toString());
                ps.setLong(3, interval);
                if (first == null) ps.setNull(4, Types.BIGINT); else ps.setLong(4, first.getTime());
                if (first == null) ps.setNull(5, Types.BIGINT); else ps.setLong(5, first.getTime());
                if (parameters == null) ps.setNull(6, Types.VARCHAR); else ps.setString(6, parameters);
                if (cron) ps.setString(7, schedule.getCronScheduleInfo().getCronExpression()); else ps.setNull(7, Types.VARCHAR);
                TimeZone zone = cron ? schedule.getCronScheduleInfo().getTimeZone() : null;
                if (zone == null) ps.setNull(8, Types.VARCHAR); else ps.setString(8, zone.getID());
                ps.executeUpdate();
                return;
            } catch (SQLException e) {
                // Another node scheduled the same job at the same moment: replace its row.
                if (attempt >= 2) throw new SchedulerServiceException("cannot schedule job " + jobId + ": " + e.getMessage(), e);
                update("DELETE FROM HOST_SCHEDULED_JOB WHERE JOB_ID = ?", jobId.toString());
            }
        }
    }

    @Override
    public JobId scheduleJobWithGeneratedId(JobConfig jobConfig) throws SchedulerServiceException {
        JobId id = JobId.of(UUID.randomUUID().toString());
        scheduleJob(id, jobConfig);
        return id;
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        if (jobId == null) return;
        localJobs.remove(jobId);
        if (clustered) update("DELETE FROM HOST_SCHEDULED_JOB WHERE JOB_ID = ?", jobId.toString());
    }

    @Override
    public Date calculateNextRunTime(Schedule schedule) throws SchedulerServiceException {
        if (schedule == null) throw new SchedulerServiceException("a job needs a schedule");
        if (schedule.getType() == Schedule.Type.CRON_EXPRESSION) {
            Instant next = cron(schedule).nextAfter(Instant.ofEpochMilli(clock.millis()), zone(schedule));
            return next == null ? null : Date.from(next);
        }
        Date first = schedule.getIntervalScheduleInfo().getFirstRunTime();
        return first != null ? first : new Date(clock.millis());
    }

    private static HostCron cron(Schedule schedule) throws SchedulerServiceException {
        try {
            return HostCron.parse(schedule.getCronScheduleInfo().getCronExpression());
        } catch (IllegalArgumentException e) {
            throw new SchedulerServiceException(e.getMessage(), e);
        }
    }

    /** The cron schedule's zone, else the host's (Confluence: the server's default time zone). */
    private ZoneId zone(Schedule schedule) {
        TimeZone zone = schedule.getCronScheduleInfo().getTimeZone();
        return zone == null ? clock.getZone() : zone.toZoneId();
    }

    /** The next run after a fire due at {@code due}, when it runs at {@code now}; null when the schedule has no more. */
    Long following(Schedule schedule, long due, long now) {
        if (schedule.getType() == Schedule.Type.INTERVAL) return nextRun(due, schedule.getIntervalScheduleInfo().getIntervalInMillis(), now);
        try {
            Instant next = cron(schedule).nextAfter(Instant.ofEpochMilli(Math.max(due, now)), zone(schedule));
            return next == null ? null : next.toEpochMilli();
        } catch (SchedulerServiceException e) {
            return null;
        }
    }

    @Override
    public JobDetails getJobDetails(JobId jobId) {
        if (jobId == null) return null;
        LocalJob local = localJobs.get(jobId);
        if (local != null) return details(jobId, local.config, local.nextRun == null ? null : new Date(local.nextRun));
        if (!clustered) return null;
        List<JobDetails> found = new ArrayList<>();
        query("SELECT JOB_ID, RUNNER_KEY, INTERVAL_MILLIS, FIRST_RUN, NEXT_RUN, PARAMETERS, CRON, TIME_ZONE FROM HOST_SCHEDULED_JOB WHERE JOB_ID = ?",
                ps -> ps.setString(1, jobId.toString()), rs -> found.add(storedDetails(rs)));
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<JobDetails> getJobsByJobRunnerKey(JobRunnerKey jobRunnerKey) { return getJobsByJobRunnerKeys(List.of(jobRunnerKey)); }

    @Override
    public List<JobDetails> getJobsByJobRunnerKeys(List<JobRunnerKey> jobRunnerKeys) {
        Map<JobId, JobDetails> found = new LinkedHashMap<>();
        for (JobRunnerKey key : jobRunnerKeys) {
            localJobs.forEach((id, job) -> {
                if (job.config.getJobRunnerKey().equals(key)) found.put(id, details(id, job.config, job.nextRun == null ? null : new Date(job.nextRun)));
            });
            if (clustered) {
                query("SELECT JOB_ID, RUNNER_KEY, INTERVAL_MILLIS, FIRST_RUN, NEXT_RUN, PARAMETERS, CRON, TIME_ZONE FROM HOST_SCHEDULED_JOB WHERE RUNNER_KEY = ? ORDER BY JOB_ID",
                        ps -> ps.setString(1, key.toString()), rs -> {
                            JobDetails d = storedDetails(rs);
                            found.put(d.getJobId(), d);
                        });
            }
        }
        return List.copyOf(found.values());
    }

    // ---------------------------------------------------------------- running

    /**
     * Runs every job that is due by the host's clock and that this node may run, one after another on the calling
     * thread: what the poller does each second, and what a test or a host administrator can ask for at once.
     *
     * @return how many fires this node ran (claims lost to another node and fires without a runner do not count)
     */
    public int runDueJobs() {
        long now = clock.millis();
        int ran = 0;
        for (Map.Entry<JobId, LocalJob> entry : localJobs.entrySet()) {
            LocalJob job = entry.getValue();
            JobRunner runner = runners.get(job.config.getJobRunnerKey());
            Long due = job.nextRun;
            if (due == null || due > now) continue;
            if (runner == null) {
                recordUnavailable(entry.getKey(), job.config.getJobRunnerKey(), now);
                continue;
            }
            if (!job.claim(due, following(job.config.getSchedule(), due, now))) continue;
            if (job.nextRun == null) localJobs.remove(entry.getKey(), job);
            run(entry.getKey(), job.config, runner);
            ran++;
        }
        if (!clustered) return ran;
        List<StoredJob> due = new ArrayList<>();
        query("SELECT JOB_ID, RUNNER_KEY, INTERVAL_MILLIS, FIRST_RUN, NEXT_RUN, PARAMETERS, CRON, TIME_ZONE FROM HOST_SCHEDULED_JOB WHERE NEXT_RUN <= ? ORDER BY NEXT_RUN, JOB_ID",
                ps -> ps.setLong(1, now), rs -> due.add(new StoredJob(JobId.of(rs.getString(1)), JobRunnerKey.of(rs.getString(2)),
                        storedSchedule(rs), rs.getLong(5), rs.getString(6))));
        for (StoredJob job : due) {
            JobRunner runner = runners.get(job.runnerKey);
            if (runner == null) {
                recordUnavailable(job.id, job.runnerKey, now);
                continue;
            }
            if (!claim(job, now)) continue;
            JobConfig config = JobConfig.forJobRunnerKey(job.runnerKey).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(job.schedule).withParameters(decode(job.parameters));
            ClusterLock lock = locks.getLockForName("scheduler_" + job.runnerKey);
            boolean locked = false;
            try {
                locked = lock.tryLock(LOCK_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!locked) LOG.warn("job {} runs without its cluster lock scheduler_{}: not free after {} ms (Confluence runs it anyway too)",
                    job.id, job.runnerKey, LOCK_WAIT_MILLIS);
            try {
                run(job.id, config, runner);
            } finally {
                if (locked) lock.unlock();
            }
            ran++;
        }
        return ran;
    }

    /** The compare-and-set: only the node whose UPDATE (or, for a run-once job, DELETE) finds the same next run time runs the fire. */
    private boolean claim(StoredJob job, long now) {
        Long next = following(job.schedule, job.nextRun, now);
        if (next == null) {
            return update("DELETE FROM HOST_SCHEDULED_JOB WHERE JOB_ID = ? AND NEXT_RUN = ?", job.id.toString(), job.nextRun) == 1;
        }
        return update("UPDATE HOST_SCHEDULED_JOB SET NEXT_RUN = ? WHERE JOB_ID = ? AND NEXT_RUN = ?", next, job.id.toString(), job.nextRun) == 1;
    }

    /** The first time after {@code now} on the interval's grid from {@code due}; null for a run-once job. */
    static Long nextRun(long due, long interval, long now) {
        if (interval <= 0) return null;
        long missed = Math.max(0, (now - due) / interval);
        return due + (missed + 1) * interval;
    }

    private void run(JobId id, JobConfig config, JobRunner runner) {
        Date start = new Date(clock.millis());
        JobRunnerResponse response;
        // A job runs as nobody, as on Confluence's scheduler threads, even when a host administrator's request ran it.
        ConfluenceUser caller = AuthenticatedUserThreadLocal.get();
        AuthenticatedUserThreadLocal.reset();
        try {
            response = runner.runJob(new Request(start, id, config));
            if (response == null) response = JobRunnerResponse.success();
        } catch (Throwable e) {
            LOG.error("job {} (runner {}) failed", id, config.getJobRunnerKey(), e);
            response = JobRunnerResponse.failed(e);
        } finally {
            AuthenticatedUserThreadLocal.set(caller);
        }
        record(id, new LastRun(response.getRunOutcome(), response.getMessage(), start.toInstant(), node), config.getRunMode() == RunMode.RUN_LOCALLY);
    }

    private void recordUnavailable(JobId id, JobRunnerKey key, long now) {
        LastRun last = lastRun(id).orElse(null);
        if (last != null && last.outcome() == RunOutcome.UNAVAILABLE) return;
        LOG.debug("job {} is due but runner {} is not registered on {}", id, key, node);
        record(id, new LastRun(RunOutcome.UNAVAILABLE, "no job runner " + key + " is registered on " + node, Instant.ofEpochMilli(now), node),
                localJobs.containsKey(id));
    }

    private void record(JobId id, LastRun run, boolean local) {
        if (local || !clustered) {
            localRuns.put(id, run);
            return;
        }
        String message = run.message() == null ? null : run.message().length() > 255 ? run.message().substring(0, 255) : run.message();
        if (update("UPDATE HOST_SCHEDULER_RUN SET OUTCOME = ?, MESSAGE = ?, RUN_AT = ?, NODE = ? WHERE JOB_ID = ?",
                run.outcome().name(), message, run.at().toEpochMilli(), run.node(), id.toString()) == 0) {
            try {
                update("INSERT INTO HOST_SCHEDULER_RUN (OUTCOME, MESSAGE, RUN_AT, NODE, JOB_ID) VALUES (?, ?, ?, ?, ?)",
                        run.outcome().name(), message, run.at().toEpochMilli(), run.node(), id.toString());
            } catch (IllegalStateException raced) {
                update("UPDATE HOST_SCHEDULER_RUN SET OUTCOME = ?, MESSAGE = ?, RUN_AT = ?, NODE = ? WHERE JOB_ID = ?",
                        run.outcome().name(), message, run.at().toEpochMilli(), run.node(), id.toString());
            }
        }
    }

    /** The last run of a job (or the last time it was due with no runner), on any node of a clustered host. */
    public Optional<LastRun> lastRun(JobId id) {
        LastRun local = localRuns.get(id);
        if (local != null || !clustered) return Optional.ofNullable(local);
        List<LastRun> found = new ArrayList<>();
        query("SELECT OUTCOME, MESSAGE, RUN_AT, NODE FROM HOST_SCHEDULER_RUN WHERE JOB_ID = ?", ps -> ps.setString(1, id.toString()),
                rs -> found.add(new LastRun(RunOutcome.valueOf(rs.getString(1)), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4))));
        return found.stream().findFirst();
    }

    // ---------------------------------------------------------------- parts

    private JobDetails details(JobId id, JobConfig config, Date nextRun) {
        return new Details(id, config.getJobRunnerKey(), config.getRunMode(), config.getSchedule(), nextRun, config.getParameters(),
                runners.containsKey(config.getJobRunnerKey()));
    }

    private JobDetails storedDetails(ResultSet rs) throws SQLException {
        JobRunnerKey key = JobRunnerKey.of(rs.getString(2));
        long next = rs.getLong(5);
        Date nextRun = rs.wasNull() ? null : new Date(next);
        return new Details(JobId.of(rs.getString(1)), key, RunMode.RUN_ONCE_PER_CLUSTER, storedSchedule(rs), nextRun, decode(rs.getString(6)),
                runners.containsKey(key));
    }

    /** The schedule of a row read with the columns JOB_ID … TIME_ZONE in table order. */
    private static Schedule storedSchedule(ResultSet rs) throws SQLException {
        String cron = rs.getString(7);
        if (cron != null) {
            String zone = rs.getString(8);
            return Schedule.forCronExpression(cron, zone == null ? null : TimeZone.getTimeZone(zone));
        }
        long first = rs.getLong(4);
        return Schedule.forInterval(rs.getLong(3), rs.wasNull() ? null : new Date(first));
    }

    private static void checkParameters(Map<String, Serializable> parameters) throws SchedulerServiceException {
        if (parameters == null) return;
        for (Serializable value : parameters.values()) {
            if (value != null && !PARAMETER_TYPES.contains(value.getClass())) {
                throw new SchedulerServiceException("For security reason, only these class types are allowed in clustered job parameters: "
                        + "java.lang.String, java.lang.Long, java.lang.Integer, java.lang.Boolean (the preview host's subset); got " + value.getClass().getName());
            }
        }
    }

    private static String encode(Map<String, Serializable> parameters) throws SchedulerServiceException {
        if (parameters == null || parameters.isEmpty()) return null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new HashMap<>(parameters));
        } catch (IOException e) {
            throw new SchedulerServiceException("cannot store the job's parameters: " + e.getMessage(), e);
        }
        String text = Base64.getEncoder().encodeToString(bytes.toByteArray());
        if (text.length() > 8000) throw new SchedulerServiceException("the job's parameters are too large to store; keep state in the app's tables");
        return text;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Serializable> decode(String text) {
        if (text == null) return Map.of();
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text)))) {
            // Only the allowed value types were written; the filter keeps it so.
            // (HashMap checks the size of its table as a Map.Entry[] while it reads.)
            in.setObjectInputFilter(info -> info.serialClass() == null || info.serialClass() == HashMap.class
                    || info.serialClass() == Map.Entry[].class
                    || PARAMETER_TYPES.contains(info.serialClass()) || info.serialClass() == Number.class
                    ? java.io.ObjectInputFilter.Status.ALLOWED : java.io.ObjectInputFilter.Status.REJECTED);
            return (Map<String, Serializable>) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("a stored job's parameters cannot be read: " + e.getMessage(), e);
        }
    }

    private interface Binder { void bind(PreparedStatement ps) throws SQLException; }

    private interface RowReader { void read(ResultSet rs) throws SQLException; }

    private void query(String sql, Binder binder, RowReader reader) {
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("scheduler query failed: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... values) {
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) ps.setNull(i + 1, Types.VARCHAR);
                else ps.setObject(i + 1, values[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("scheduler update failed: " + e.getMessage(), e);
        }
    }

    private record StoredJob(JobId id, JobRunnerKey runnerKey, Schedule schedule, long nextRun, String parameters) {}

    /** A job of this node only; its next run is claimed under the job's monitor. */
    private static final class LocalJob {
        final JobConfig config;
        volatile Long nextRun;

        LocalJob(JobConfig config, Long nextRun) {
            this.config = config;
            this.nextRun = nextRun;
        }

        synchronized boolean claim(long due, Long next) {
            if (nextRun == null || nextRun != due) return false;
            nextRun = next;
            return true;
        }
    }

    private record Request(Date start, JobId id, JobConfig config) implements JobRunnerRequest {
        @Override public Date getStartTime() { return new Date(start.getTime()); }
        @Override public JobId getJobId() { return id; }
        @Override public JobConfig getJobConfig() { return config; }
        @Override public boolean isCancellationRequested() { return false; }
    }

    private record Details(JobId id, JobRunnerKey key, RunMode mode, Schedule schedule, Date nextRun, Map<String, Serializable> parameters,
                           boolean runnable) implements JobDetails {
        @Override public JobId getJobId() { return id; }
        @Override public JobRunnerKey getJobRunnerKey() { return key; }
        @Override public RunMode getRunMode() { return mode; }
        @Override public Schedule getSchedule() { return schedule; }
        @Override public Date getNextRunTime() { return nextRun == null ? null : new Date(nextRun.getTime()); }
        @Override public Map<String, Serializable> getParameters() { return parameters; }
        @Override public boolean isRunnable() { return runnable; }
    }
}
