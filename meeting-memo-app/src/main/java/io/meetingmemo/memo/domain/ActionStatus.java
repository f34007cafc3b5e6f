package io.meetingmemo.memo.domain;

import java.util.Locale;
import java.util.Optional;

/** Whether an action item still needs doing. */
public enum ActionStatus {
    OPEN, DONE;

    public String wireName() { return name().toLowerCase(Locale.ROOT); }

    /** Reads {@code open}/{@code done} (any case); empty for anything else. */
    public static Optional<ActionStatus> fromWireName(String s) {
        if (s == null) return Optional.empty();
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "open", "incomplete" -> Optional.of(OPEN);
            case "done", "complete" -> Optional.of(DONE);
            default -> Optional.empty();
        };
    }
}
