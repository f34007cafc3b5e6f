package io.meetingmemo.series.domain;

import io.meetingmemo.actionitem.domain.ActionItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a series page reads of a series' memo records and tracked action items: only the values it shows or counts, so
 * that a series of hundreds of memos and thousands of items reads as little as it can. Each method is one query,
 * whatever the number of rows; none returns memos or items of pages in the trash or items removed from their page.
 */
public interface SeriesRows {
    /** The series' memos (as the tracker stores the series), newest meeting first, memos without a date last; at most {@code max}. */
    List<Memo> memos(String storedSeries, int max);

    /** The series' open items, in any order; at most {@code max}. */
    List<Open> openItems(String storedSeries, int max);

    /** The series' done items, in any order; at most {@code max}. */
    List<Done> doneItems(String storedSeries, int max);

    /** Items in full by id (those the page lists, at most {@value #MAX_FULL_ITEMS}), in any order; one query. */
    List<ActionItem> fullItems(List<Long> ids);

    /** The most items {@link #fullItems} reads at once. */
    int MAX_FULL_ITEMS = 200;

    /**
     * A memo of the series.
     *
     * @param memoKey the memo's key on its page, as its items name it
     * @param date    the meeting day; null when the memo has none
     */
    record Memo(long pageId, String spaceKey, String pageTitle, String memoKey, String title, LocalDate date, int present,
                int absent, int decisions) {}

    /** An open item: where it lives, the day of the memo that agreed it (null: none) and its due date (null: none). */
    record Open(long id, long pageId, String memoKey, LocalDate memoDate, LocalDate dueDate) {}

    /**
     * A done item.
     *
     * @param firstTracked when the tracker first recorded the item
     * @param completedAt  when it was marked done; null when the tracker does not know
     */
    record Done(long pageId, String memoKey, Instant firstTracked, Instant completedAt) {}
}
