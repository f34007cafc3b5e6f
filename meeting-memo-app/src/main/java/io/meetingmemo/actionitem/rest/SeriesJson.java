package io.meetingmemo.actionitem.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** JSON shapes of the series endpoints, {@code /series} and {@code /series/{key}}. */
public final class SeriesJson {
    private SeriesJson() {}

    /**
     * A meeting series as the caller sees it.
     *
     * @param stored          false while nobody has set anything for the series (its memos alone name it); its
     *                        {@code version} is then 0
     * @param nextMeetingDate the day a next memo gets: one cadence step after the latest memo's day, not in the past
     */
    public record Series(
            @JsonProperty("key") String key,
            @JsonProperty("name") String name,
            @JsonProperty("spaceKey") String spaceKey,
            @JsonProperty("cadence") String cadence,
            @JsonProperty("indexPageId") Long indexPageId,
            @JsonProperty("defaultPlace") String defaultPlace,
            @JsonProperty("defaultAttendees") List<ActionItemJson.Person> defaultAttendees,
            @JsonProperty("defaultGuests") List<String> defaultGuests,
            @JsonProperty("latestMemo") LatestMemo latestMemo,
            @JsonProperty("nextMeetingDate") String nextMeetingDate,
            @JsonProperty("stored") boolean stored,
            @JsonProperty("version") int version,
            @JsonProperty("url") String url) {}

    /** The latest memo of the series the caller may view; null when the caller sees only the series' index page. */
    public record LatestMemo(
            @JsonProperty("pageId") long pageId,
            @JsonProperty("pageTitle") String pageTitle,
            @JsonProperty("title") String title,
            @JsonProperty("date") String date,
            @JsonProperty("url") String url) {}

    /** A page of {@code GET /series}; {@code next} is passed back to read the following page, null on the last. */
    public record SeriesPage(@JsonProperty("series") List<Series> series, @JsonProperty("next") String next) {}

    /** An error; on a version conflict {@code current} is the series as stored now. */
    public record Error(
            @JsonProperty("status") int status,
            @JsonProperty("message") String message,
            @JsonProperty("current") Series current) {}
}
