package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.TimeZone;

/**
 * Stand-in for when a job fires: a cron expression, or an interval from a first run time.
 * <p>Signature source: atlassian-scheduler-api 4.1.0 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); unchanged in the scheduler API of the 10.x platform generation (Bamboo 10.0.2/10.2.0 javadoc); platform-next-features.md §1.1: a final class with static factories; {@code runOnce(t)} is
 * {@code forInterval(0, t)}; a null first run time means now.
 */
public final class Schedule {
    public enum Type {
        CRON_EXPRESSION,
        INTERVAL
    }

    private final Type type;
    private final IntervalScheduleInfo intervalScheduleInfo;
    private final CronScheduleInfo cronScheduleInfo;

    private Schedule(Type type, IntervalScheduleInfo interval, CronScheduleInfo cron) {
        this.type = type;
        this.intervalScheduleInfo = interval;
        this.cronScheduleInfo = cron;
    }

    public static Schedule forCronExpression(String cronExpression) {
        return forCronExpression(cronExpression, null);
    }

    public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
        return new Schedule(Type.CRON_EXPRESSION, null, new CronScheduleInfo(cronExpression, timeZone));
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(Type.INTERVAL, new IntervalScheduleInfo(firstRunTime, intervalInMillis), null);
    }

    public static Schedule runOnce(Date runTime) {
        return forInterval(0, runTime);
    }

    public Type getType() {
        return type;
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return intervalScheduleInfo;
    }

    public CronScheduleInfo getCronScheduleInfo() {
        return cronScheduleInfo;
    }
}
