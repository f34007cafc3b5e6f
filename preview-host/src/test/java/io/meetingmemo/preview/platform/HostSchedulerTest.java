package io.meetingmemo.preview.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerResponse;
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
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The host's scheduler as the app relies on it: a cluster-wide job runs on exactly one of two nodes for each fire,
 * when the host's clock says it is due; a node without the runner leaves the fire; a runner that throws is a failed
 * run, not a dead scheduler; a non-clustered host runs cluster-wide jobs locally, as Confluence does.
 */
class HostSchedulerTest {
    private static final JobRunnerKey RUNNER = JobRunnerKey.of("io.meetingmemo.confluence:test-runner");
    private static final JobId JOB = JobId.of("io.meetingmemo.confluence:test-job");
    private static final Instant NINE = Instant.parse("2026-12-01T07:00:00Z");

    private final List<HostScheduler> schedulers = new ArrayList<>();

    @AfterEach
    void stop() {
        schedulers.forEach(HostScheduler::close);
    }

    private HostScheduler node(DatabaseConfig db, HostClock clock, String name, boolean clustered) {
        HostPageStore.ConnectionSource connections = () -> DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
        HostScheduler scheduler = new HostScheduler(connections, clustered, clock, new HostClusterLocks(connections, db.kind()), name);
        schedulers.add(scheduler);
        return scheduler;
    }

    private static DatabaseConfig h2() { return DatabaseConfig.h2Memory("sched" + UUID.randomUUID().toString().replace("-", "")); }

    private static DatabaseConfig postgres() {
        Optional<DatabaseConfig> pg = DatabaseConfig.freshPostgresFromEnvironment();
        Assumptions.assumeTrue(pg.isPresent(), "MEETING_MEMO_PG_URL is not set; PostgreSQL tests are skipped");
        return pg.get();
    }

    private static HostClock clockAt(Instant now) {
        HostClock clock = new HostClock();
        clock.setNow(now);
        return clock;
    }

    @Test
    void eachFireOfAClusterWideJobRunsOnExactlyOneOfTwoNodesOnH2() throws Exception {
        exactlyOncePerFire(h2());
    }

    @Test
    void eachFireOfAClusterWideJobRunsOnExactlyOneOfTwoNodesOnPostgres() throws Exception {
        exactlyOncePerFire(postgres());
    }

    private void exactlyOncePerFire(DatabaseConfig db) throws Exception {
        HostClock clock = clockAt(NINE);
        HostScheduler a = node(db, clock, "node-a", true);
        HostScheduler b = node(db, clock, "node-b", true);
        List<String> runs = new CopyOnWriteArrayList<>();
        a.registerJobRunner(RUNNER, request -> { runs.add("a@" + request.getStartTime().toInstant()); return JobRunnerResponse.success("sent 3"); });
        b.registerJobRunner(RUNNER, request -> { runs.add("b@" + request.getStartTime().toInstant()); return JobRunnerResponse.success("sent 3"); });
        Schedule hourly = Schedule.forInterval(TimeUnit.HOURS.toMillis(1), Date.from(NINE.plusSeconds(600)));
        a.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER).withSchedule(hourly));
        // Both nodes schedule in onStart: the second replaces the first, one job remains.
        b.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER).withSchedule(hourly));

        assertEquals(0, race(a, b), "not due yet by the host's clock");
        assertTrue(runs.isEmpty());

        clock.setNow(NINE.plusSeconds(601));
        assertEquals(1, race(a, b), "the first fire ran once");
        assertEquals(1, runs.size(), runs.toString());

        assertEquals(0, race(a, b), "the same fire is not run again");
        clock.setNow(NINE.plusSeconds(600 + 3600 + 1));
        assertEquals(1, race(a, b), "the second fire ran once");
        assertEquals(2, runs.size(), runs.toString());

        JobDetails details = a.getJobDetails(JOB);
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, details.getRunMode());
        assertEquals(Date.from(NINE.plusSeconds(600 + 7200)), details.getNextRunTime(), "the next fire is on the hour grid");
        assertTrue(details.isRunnable());
        HostScheduler.LastRun last = b.lastRun(JOB).orElseThrow();
        assertEquals(RunOutcome.SUCCESS, last.outcome(), "either node sees the last run");
        assertEquals("sent 3", last.message());
    }

    /** Both nodes poll at the same moment, many times over; the number of fires they ran together. */
    private static int race(HostScheduler a, HostScheduler b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (HostScheduler node : List.of(a, b, a, b)) {
                results.add(pool.submit(() -> {
                    go.await();
                    int ran = 0;
                    for (int i = 0; i < 5; i++) ran += node.runDueJobs();
                    return ran;
                }));
            }
            go.countDown();
            int total = 0;
            for (Future<Integer> result : results) total += result.get(30, TimeUnit.SECONDS);
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNodeWithoutTheRunnerLeavesTheFireForOneThatHasIt() throws Exception {
        DatabaseConfig db = h2();
        HostClock clock = clockAt(NINE);
        HostScheduler withRunner = node(db, clock, "with", true);
        HostScheduler without = node(db, clock, "without", true);
        AtomicInteger runs = new AtomicInteger();
        withRunner.registerJobRunner(RUNNER, request -> { runs.incrementAndGet(); return null; });
        without.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withSchedule(Schedule.runOnce(Date.from(NINE))));

        assertEquals(0, without.runDueJobs());
        assertEquals(RunOutcome.UNAVAILABLE, without.lastRun(JOB).orElseThrow().outcome());
        assertFalse(without.getJobDetails(JOB).isRunnable());
        assertEquals(1, withRunner.runDueJobs());
        assertEquals(1, runs.get());
        assertEquals(RunOutcome.SUCCESS, withRunner.lastRun(JOB).orElseThrow().outcome(), "a runner that answers null succeeded");
        assertNull(withRunner.getJobDetails(JOB), "a run-once job is gone after its run");
        assertEquals(0, withRunner.runDueJobs());
    }

    @Test
    void aRunnerThatThrowsIsAFailedRunAndThePollerGoesOn() throws Exception {
        HostClock clock = clockAt(NINE);
        HostScheduler scheduler = node(h2(), clock, "only", true);
        AtomicInteger calls = new AtomicInteger();
        JobRunner flaky = request -> {
            if (calls.incrementAndGet() == 1) throw new IllegalStateException("database away");
            return JobRunnerResponse.success();
        };
        scheduler.registerJobRunner(RUNNER, flaky);
        scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withSchedule(Schedule.forInterval(1000, Date.from(NINE))));
        scheduler.start(50);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (calls.get() < 2 && System.nanoTime() < deadline) Thread.sleep(20);
        assertTrue(calls.get() >= 2, "the poller ran the job again after the failure");
        scheduler.close();
        assertEquals(RunOutcome.SUCCESS, scheduler.lastRun(JOB).orElseThrow().outcome());

        HostScheduler other = node(h2(), clockAt(NINE), "other", true);
        other.registerJobRunner(RUNNER, request -> { throw new IllegalStateException("database away"); });
        other.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withSchedule(Schedule.runOnce(null)));
        assertEquals(1, other.runDueJobs());
        HostScheduler.LastRun failed = other.lastRun(JOB).orElseThrow();
        assertEquals(RunOutcome.FAILED, failed.outcome());
        assertTrue(failed.message().contains("database away"), failed.message());
    }

    @Test
    void aNonClusteredHostRunsClusterWideJobsLocallyAndForgetsThemOnRestart() throws Exception {
        DatabaseConfig db = h2();
        HostClock clock = clockAt(NINE);
        HostScheduler first = node(db, clock, "single", false);
        AtomicInteger runs = new AtomicInteger();
        first.registerJobRunner(RUNNER, request -> {
            runs.incrementAndGet();
            assertEquals(RunMode.RUN_LOCALLY, request.getJobConfig().getRunMode());
            return JobRunnerResponse.success();
        });
        first.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(60_000, null)));
        assertEquals(RunMode.RUN_LOCALLY, first.getJobDetails(JOB).getRunMode(), "as Confluence rewrites it on a non-clustered node");
        assertEquals(1, first.runDueJobs(), "an interval job without a first run time is due at once");
        assertEquals(0, first.runDueJobs());
        clock.setNow(NINE.plusSeconds(61));
        assertEquals(1, first.runDueJobs(), "moving the host's clock makes the next fire due");
        assertEquals(2, runs.get());

        HostScheduler restarted = node(db, clock, "single", false);
        assertNull(restarted.getJobDetails(JOB), "the app must schedule again in onStart");
    }

    @Test
    void aCronJobRunsOncePerFireAtTheHourItNamesOnTwoNodes() throws Exception {
        HostClock clock = clockAt(NINE.minusSeconds(1));
        DatabaseConfig db = h2();
        HostScheduler a = node(db, clock, "node-a", true);
        HostScheduler b = node(db, clock, "node-b", true);
        AtomicInteger runs = new AtomicInteger();
        a.registerJobRunner(RUNNER, request -> { runs.incrementAndGet(); return null; });
        b.registerJobRunner(RUNNER, request -> { runs.incrementAndGet(); return null; });
        Schedule sevenUtc = Schedule.forCronExpression("0 0 7 * * ?", java.util.TimeZone.getTimeZone("UTC"));
        assertEquals(Date.from(NINE), a.calculateNextRunTime(sevenUtc));
        a.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withSchedule(sevenUtc));

        assertEquals(0, race(a, b));
        clock.setNow(NINE.plusSeconds(1));
        assertEquals(1, race(a, b));
        assertEquals(0, race(a, b));
        JobDetails details = b.getJobDetails(JOB);
        assertEquals(Schedule.Type.CRON_EXPRESSION, details.getSchedule().getType());
        assertEquals("0 0 7 * * ?", details.getSchedule().getCronScheduleInfo().getCronExpression());
        assertEquals(Date.from(NINE.plusSeconds(86_400)), details.getNextRunTime(), "tomorrow at seven");

        // The clock jumps three days: the missed fires run once, then the schedule goes on from now.
        clock.setNow(NINE.plusSeconds(3 * 86_400 + 60));
        assertEquals(1, race(a, b));
        assertEquals(2, runs.get(), "one run for the first fire, one for the three missed ones");
        assertEquals(Date.from(NINE.plusSeconds(4 * 86_400)), a.getJobDetails(JOB).getNextRunTime());
    }

    @Test
    void unsupportedCronAndUnsafeParametersAreRefusedWithAClearReason() {
        HostScheduler scheduler = node(h2(), clockAt(NINE), "only", true);
        SchedulerServiceException cron = assertThrows(SchedulerServiceException.class, () -> scheduler.scheduleJob(JOB,
                JobConfig.forJobRunnerKey(RUNNER).withSchedule(Schedule.forCronExpression("0 0 7 L * ?"))));
        assertTrue(cron.getMessage().contains("'L'") && cron.getMessage().contains("not supported by the preview host"), cron.getMessage());
        SchedulerServiceException parameters = assertThrows(SchedulerServiceException.class, () -> scheduler.scheduleJob(JOB,
                JobConfig.forJobRunnerKey(RUNNER).withParameters(Map.of("when", new Date()))));
        assertTrue(parameters.getMessage().contains("only these class types are allowed"), parameters.getMessage());
        assertNull(scheduler.getJobDetails(JOB));
    }

    @Test
    void aJobRunsAsNobodyEvenWhenAnAdministratorsRequestRunsTheDueJobs() throws Exception {
        HostScheduler scheduler = node(h2(), clockAt(NINE), "only", true);
        io.meetingmemo.preview.store.HostUsers users = new io.meetingmemo.preview.store.HostUsers();
        List<Object> seen = new CopyOnWriteArrayList<>();
        scheduler.registerJobRunner(RUNNER, request -> {
            seen.add(String.valueOf(com.atlassian.confluence.user.AuthenticatedUserThreadLocal.get()));
            return null;
        });
        scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER));
        String admin = users.byUsername("admin").orElseThrow().key().getStringValue();
        assertEquals(1, (int) users.actingAs(admin, scheduler::runDueJobs));
        assertEquals(List.of("null"), seen);
    }

    @Test
    void parametersOfAClusterWideJobReachTheRunner() throws Exception {
        HostScheduler scheduler = node(h2(), clockAt(NINE), "only", true);
        List<Object> seen = new CopyOnWriteArrayList<>();
        scheduler.registerJobRunner(RUNNER, request -> { seen.add(request.getJobConfig().getParameters()); return null; });
        scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withParameters(Map.of("space", "TEAM", "days", 2L)));
        assertNotNull(scheduler.getJobDetails(JOB));
        assertEquals(1, scheduler.runDueJobs());
        assertEquals(List.of(Map.of("space", "TEAM", "days", 2L)), seen);
    }
}
