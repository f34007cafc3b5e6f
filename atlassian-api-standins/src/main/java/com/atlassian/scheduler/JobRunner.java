package com.atlassian.scheduler;

/**
 * Stand-in for the scheduler's job code: called with a request each time a scheduled job of its runner key fires.
 * <p>Signature source: atlassian-scheduler-api 4.1.0 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); the same members in the scheduler API of Bamboo 10.0.2/10.2.0 (the 10.x platform generation), none of them typed with javax/jakarta; platform-next-features.md §1.1.
 */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
