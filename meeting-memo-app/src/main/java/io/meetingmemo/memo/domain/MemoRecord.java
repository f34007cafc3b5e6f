package io.meetingmemo.memo.domain;

import java.time.LocalDate;

/**
 * A memo as the tracker records it whenever its page is synced: where it is, its header, who took the minutes, how
 * much it holds and whether its open items are carried over. Everything here comes from the page version the sync
 * applied, so a record changes only when its page does; how many of its actions are open or done changes with
 * every status change and is counted from the tracked items when memos are listed, never stored here.
 *
 * @param memoKey      the memo's key on its page, cut to what the tracker stores (as an item's memo key is)
 * @param date         the meeting day; null when the memo has none or not a real one
 * @param time         {@code HH:mm} or {@code HH:mm-HH:mm}; null when absent or malformed
 * @param place        the memo's {@code location}
 * @param series       the series as the tracker stores it (as an item's series is), null when none
 * @param minutesByKey the minute-taker's user key, or the identity the page names when no user has it; null when
 *                     the memo names nobody
 * @param carryOver    whether the memo takes part in carrying open items over ({@link Memo#carryOver()})
 * @param present      how many attendees the memo lists; {@code absent}, {@code guests}, {@code contacts},
 *                     {@code decisions} and {@code actions} count the memo's other lists as parsed
 */
public record MemoRecord(long pageId, String spaceKey, String pageTitle, String memoKey, String title, LocalDate date,
                         String time, String place, String series, String minutesByKey, int present, int absent,
                         int guests, int contacts, int decisions, int actions, boolean carryOver) {}
