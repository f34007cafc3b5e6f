package com.atlassian.scheduler.config;

import java.util.TimeZone;

/**
 * Stand-in for a cron schedule: the expression and the time zone it is read in (null: the server's default).
 * <p>Signature source: atlassian-scheduler-api 4.1.0 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); unchanged in the scheduler API of the 10.x platform generation (Bamboo 10.0.2/10.2.0 javadoc); platform-next-features.md §1.1.
 */
public final class CronScheduleInfo {
    private final String cronExpression;
    private final TimeZone timeZone;

    CronScheduleInfo(String cronExpression, TimeZone timeZone) {
        if (cronExpression == null || cronExpression.isBlank()) {
            throw new IllegalArgumentException("cronExpression must not be blank");
        }
        this.cronExpression = cronExpression;
        this.timeZone = timeZone;
    }

    public String getCronExpression() {
        return cronExpression;
    }

    public TimeZone getTimeZone() {
        return timeZone;
    }
}
