package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;

/**
 * Stand-in for the outcome a job run reports to the scheduler (shown to administrators in Scheduled Jobs).
 * <p>Signature source: atlassian-scheduler-api 4.1.0 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); the same members in the scheduler API of Bamboo 10.0.2/10.2.0 (the 10.x platform generation), none of them typed with javax/jakarta; platform-next-features.md §1.1: a final class with a private constructor and static factories; {@code aborted}
 * and {@code failed} need a message that is not blank; {@code failed(Throwable)} keeps at most 255 characters.
 */
public final class JobRunnerResponse {
    private final RunOutcome runOutcome;
    private final String message;

    private JobRunnerResponse(RunOutcome runOutcome, String message) {
        this.runOutcome = runOutcome;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return new JobRunnerResponse(RunOutcome.SUCCESS, null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(RunOutcome.ABORTED, notBlank(message));
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(RunOutcome.FAILED, notBlank(message));
    }

    public static JobRunnerResponse failed(Throwable cause) {
        String text = String.valueOf(cause);
        return new JobRunnerResponse(RunOutcome.FAILED, text.length() > 255 ? text.substring(0, 255) : text);
    }

    public RunOutcome getRunOutcome() {
        return runOutcome;
    }

    public String getMessage() {
        return message;
    }

    private static String notBlank(String message) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
        return message;
    }

    @Override
    public String toString() {
        return runOutcome + (message == null ? "" : ": " + message);
    }
}
