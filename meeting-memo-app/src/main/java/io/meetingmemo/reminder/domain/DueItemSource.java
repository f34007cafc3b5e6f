package io.meetingmemo.reminder.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The open items a reminder run reads, in pages of recipients: the run asks for the next recipients after the last
 * one it did (user-key order), then streams their candidate items; it never holds more than one page of recipients
 * and the items it lists. Candidates are open, on the page, due on or before {@code horizon} and outside excluded
 * spaces; {@link DueReason} decides which are mentioned today.
 */
public interface DueItemSource {
    /**
     * One run's reading of the candidates (it may keep what it needs to find recipients, never the items); items of
     * owners without an account go to their follow-up owner when {@code followUps} allows it ({@link Recipients}).
     */
    Scan scan(Criteria criteria, Recipients.FollowUpCheck followUps);

    interface Scan {
        /** The next up to {@code max} recipients after {@code after} (null: from the first), in user-key order. */
        List<String> recipientsAfter(String after, int max);

        /** Every candidate item of these recipients, with the recipient it goes to. */
        void itemsOf(List<String> recipients, Consumer<Addressed> sink);
    }

    record Criteria(LocalDate horizon, Set<String> excludedSpaceKeys) {
    }

    record Addressed(String recipientKey, DueItem item) {
    }
}
