package io.meetingmemo.reminder.app;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
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
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the reminder runner with Confluence's scheduler when the app starts (on every node, as the runner must be
 * registered again on each start) and schedules one job, once per cluster, every 15 minutes; the run itself decides
 * whether it is time (today's run not done, the administrator's hour reached). On stop only the runner is
 * unregistered: the schedule is the cluster's, and the other nodes still run it. No job parameters: the state is in
 * the database.
 */
public final class ReminderJobs implements LifecycleAware, JobRunner {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.meetingmemo.confluence:reminder-runner");
    static final JobId JOB = JobId.of("io.meetingmemo.confluence:reminder-sweep");
    static final long INTERVAL_MS = TimeUnit.MINUTES.toMillis(15);
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJobs.class);

    private final SchedulerService scheduler;
    private final ReminderRun run;

    public ReminderJobs(SchedulerService scheduler, ReminderRun run) {
        this.scheduler = scheduler;
        this.run = run;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER, this);
        try {
            scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(INTERVAL_MS, null)));
        } catch (SchedulerServiceException e) {
            LOG.error("Meeting Memo reminders could not be scheduled; they are not sent until the app is enabled again", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    /** Never a failed job because of mail or an item: the run records what it skipped and why. */
    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            ReminderRun.Result result = run.runIfDue();
            return JobRunnerResponse.success(result.message());
        } catch (RuntimeException e) {
            // The database or the node failing mid-run: the next run goes on from the recorded position.
            LOG.warn("The reminder run stopped; the next run goes on from where it stopped", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
