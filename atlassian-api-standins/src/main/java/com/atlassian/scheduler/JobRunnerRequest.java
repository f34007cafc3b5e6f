package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import java.util.Date;

/**
 * Stand-in for what one run of a scheduled job is told: when it started, which job, and whether to stop early.
 * <p>Signature source: atlassian-scheduler-api 4.1.0 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); the same members in the scheduler API of Bamboo 10.0.2/10.2.0 (the 10.x platform generation), none of them typed with javax/jakarta; platform-next-features.md §1.1.
 */
public interface JobRunnerRequest {
    Date getStartTime();

    JobId getJobId();

    JobConfig getJobConfig();

    boolean isCancellationRequested();
}
