package com.atlassian.scheduler.status;

import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.io.Serializable;
import java.util.Date;
import java.util.Map;

/**
 * Stand-in for what the scheduler knows of a scheduled job: its identity, schedule, next run and whether a runner
 * for it is registered on this node.
 * <p>Signature source: atlassian-scheduler-api 4.1.0 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); unchanged in the scheduler API of the 10.x platform generation (Bamboo 10.0.2/10.2.0 javadoc); platform-next-features.md §1.1.
 */
public interface JobDetails {
    JobId getJobId();

    JobRunnerKey getJobRunnerKey();

    RunMode getRunMode();

    Schedule getSchedule();

    Date getNextRunTime();

    Map<String, Serializable> getParameters();

    boolean isRunnable();
}
