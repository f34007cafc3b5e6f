package io.meetingmemo.decision.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Which decisions a decision log lists: in these spaces (empty = any), of this series, of memos from {@code from}
 * to {@code to} (inclusive; a null bound is open, and a decision of an undated memo is left out once either is set),
 * with this tag (normalised), containing this text (case-insensitive). Removed decisions and those on pages in the
 * trash are never listed.
 */
public record DecisionQuery(List<String> spaceKeys, String series, LocalDate from, LocalDate to, String tag, String text) {
    public static final DecisionQuery EVERYTHING = new DecisionQuery(List.of(), null, null, null, null, null);

    public DecisionQuery {
        spaceKeys = List.copyOf(spaceKeys);
    }
}
