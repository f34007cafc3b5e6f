package io.meetingmemo.series.domain;

import java.util.List;

/**
 * A meeting series: the memos whose {@code series} parameter is {@link #key}. A series is known from its memos;
 * it has a stored record once someone gives it a name, a cadence or defaults ({@code PATCH /series/{key}}) or a
 * {@code meeting-series} macro names its index page. Until then it is {@linkplain #implicit implicit}.
 *
 * @param name               what people call it; the key when nobody named it
 * @param spaceKey           the space of its index page, or of its latest memo
 * @param indexPageId        the page with the series' {@code meeting-series} macro, where next memos are created as
 *                           children; null when there is none
 * @param defaultPlace       the place a next memo gets when the last memo names none; null for none
 * @param defaultAttendeeKeys user keys a next memo lists as attendees when the last memo lists none
 * @param defaultGuests      names (and organisations) a next memo lists as guests when the last memo lists none
 * @param version            0 for an implicit series; the stored record's version otherwise (a stale PATCH gets 409)
 */
public record Series(String key, String name, String spaceKey, Long indexPageId, String defaultPlace,
                     List<String> defaultAttendeeKeys, List<String> defaultGuests, Cadence cadence, int version) {
    public Series {
        defaultAttendeeKeys = defaultAttendeeKeys == null ? List.of() : List.copyOf(defaultAttendeeKeys);
        defaultGuests = defaultGuests == null ? List.of() : List.copyOf(defaultGuests);
        if (cadence == null) cadence = Cadence.NONE;
        if (name == null || name.isBlank()) name = key;
    }

    /** A series only its memos name: its key as its name, no cadence, no defaults. */
    public static Series implicit(String key, String spaceKey) {
        return new Series(key, key, spaceKey, null, null, List.of(), List.of(), Cadence.NONE, 0);
    }

    public boolean stored() { return version > 0; }
}
