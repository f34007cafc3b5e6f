package com.atlassian.scheduler;

/**
 * Stand-in for the checked exception the scheduler throws when a job cannot be scheduled.
 * <p>Signature source: atlassian-scheduler-api 4.1.0 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); the same members in the scheduler API of Bamboo 10.0.2/10.2.0 (the 10.x platform generation), none of them typed with javax/jakarta; platform-next-features.md §1.1.
 */
public class SchedulerServiceException extends Exception {
    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
