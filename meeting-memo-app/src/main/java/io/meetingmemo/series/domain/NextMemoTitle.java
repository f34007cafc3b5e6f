package io.meetingmemo.series.domain;

import java.time.LocalDate;

/**
 * The page title of a series' next memo: the latest memo's page title with its date ({@code yyyy-MM-dd}) replaced by
 * the new one, so a series titled "Board 2026-12-01" goes on as "Board 2026-12-08"; when that title holds no date (or
 * there is no latest memo), the memo's title followed by the new date, as the "Meeting memo" blueprint titles pages.
 */
public final class NextMemoTitle {
    private NextMemoTitle() {}

    public static String of(String lastPageTitle, LocalDate lastDate, String memoTitle, LocalDate date) {
        if (lastPageTitle != null && lastDate != null && lastPageTitle.contains(lastDate.toString())) {
            return lastPageTitle.replace(lastDate.toString(), date.toString());
        }
        String title = memoTitle == null || memoTitle.isBlank() ? "" : memoTitle.trim() + " ";
        return title + date;
    }
}
