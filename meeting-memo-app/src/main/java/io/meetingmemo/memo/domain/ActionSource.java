package io.meetingmemo.memo.domain;

/** Where an action item was written: a {@code memo-action} macro or a native Confluence task. */
public enum ActionSource {
    MACRO, TASK;

    /** The lower-case word used in REST and storage: {@code macro} or {@code task}. */
    public String wireName() { return name().toLowerCase(java.util.Locale.ROOT); }
}
