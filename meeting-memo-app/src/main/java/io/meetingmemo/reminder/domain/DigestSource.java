package io.meetingmemo.reminder.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the weekly digest reads, in pages of people who turned it on (user-key order): their open items, what they
 * closed since a moment, and the next meeting day of series they have items in.
 */
public interface DigestSource {
    /** The next up to {@code max} people with the digest on, after {@code after} (null: from the first). */
    List<String> subscribersAfter(String after, int max);

    /**
     * Every open item of these people outside the excluded spaces: their own, and those of owners without an account
     * that they follow up, by the reminders' rule ({@link Recipients}).
     */
    void openItemsOf(List<String> people, Set<String> excludedSpaceKeys, Recipients.FollowUpCheck followUps,
                     Consumer<DueItemSource.Addressed> sink);

    /** Items of these people closed at or after {@code since}, theirs and those they follow up, as {@link #openItemsOf}. */
    void closedSince(List<String> people, Instant since, Set<String> excludedSpaceKeys, Recipients.FollowUpCheck followUps,
                     Consumer<DueItemSource.Addressed> sink);

    /** The next meeting day of each of these series (stored keys) with a cadence, after its last memo's day. */
    Map<String, LocalDate> nextMeetings(Set<String> storedSeriesKeys, LocalDate today);
}
