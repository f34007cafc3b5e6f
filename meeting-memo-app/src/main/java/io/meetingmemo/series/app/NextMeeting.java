package io.meetingmemo.series.app;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.StoredMemo;
import io.meetingmemo.memo.app.MemoPages;
import io.meetingmemo.memo.domain.Guest;
import io.meetingmemo.memo.domain.Memo;
import io.meetingmemo.memo.domain.UserRef;
import io.meetingmemo.permission.ContentPermissions;
import io.meetingmemo.platform.ConfluencePages;
import io.meetingmemo.platform.Readers;
import io.meetingmemo.series.domain.NextMemoTitle;
import io.meetingmemo.series.domain.Series;
import io.meetingmemo.series.domain.SeriesKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "Next meeting": the memo of a series' next meeting, prepared from the series and its latest memo for the caller of
 * the current request. The caller names the series and the page they start from (a memo of the series or the series'
 * index page), which they must be able to view; a key that cannot be a series key, a series the caller does not see
 * and a page they may not view or that is no page of the series are refused ({@link Refused}), and nothing is made.
 *
 * <p>The next memo has the latest memo's title with the new date, the date the series' cadence gives after the latest
 * memo's day (today on the caller's calendar without a cadence), the latest memo's time and place (or the series'
 * default place), everyone the latest memo lists as attendee or absentee (or the series' default attendees), its guests
 * (or the series' default guests), the caller as minute-taker, and the open items the new memo will carry over.
 */
public final class NextMeeting {
    /** Open items the agenda point names; the memo itself shows all of them live. */
    static final int MAX_AGENDA_ITEMS = 50;
    /** Titles tried with " (2)", " (3)" … when the page title is taken in the space. */
    private static final int MAX_TITLE_ATTEMPTS = 20;

    private final SeriesRegister register;
    private final MemoPages memoPages;
    private final ConfluencePages pages;
    private final ContentPermissions permissions;
    private final Readers readers;

    public NextMeeting(SeriesRegister register, MemoPages memoPages, ConfluencePages pages, ContentPermissions permissions,
                       Readers readers) {
        this.register = register;
        this.memoPages = memoPages;
        this.pages = pages;
        this.permissions = permissions;
        this.readers = readers;
    }

    /** Why a next memo is not made. */
    public enum Reason {
        /** No series key or no page id was given. */
        MISSING,
        /** The key cannot be a series key, or the page id is no page id. */
        INVALID,
        /** Nobody signed in. */
        ANONYMOUS,
        /** The page does not exist or the caller may not view it (the two are not told apart). */
        PAGE_NOT_FOUND,
        /** No series of that key that the caller sees. */
        UNKNOWN_SERIES,
        /** The page is neither a memo of the series nor its index page. */
        NOT_IN_SERIES
    }

    /** A refusal, with the value it is about (the key or the page id as given). */
    public static final class Refused extends RuntimeException {
        private final Reason reason;
        private final String value;

        Refused(Reason reason, String value, String message) {
            super(message);
            this.reason = reason;
            this.value = value;
        }

        public Reason reason() { return reason; }

        public String value() { return value; }
    }

    /**
     * The next memo and where it goes.
     *
     * @param memoTitle     the memo's {@code title} parameter
     * @param pageTitle     a title no current page of the space has
     * @param attendees     the people the new memo lists as attendees (nobody marked absent yet)
     * @param minutesByKey  the caller's user key
     * @param carried       the texts of the open items the new memo carries over, the first {@value #MAX_AGENDA_ITEMS}
     * @param carriedCount  how many of them there are ({@code carriedMore}: and more than that)
     * @param spaceKey      the series' space
     * @param parentPageId  the series' index page, else the latest memo's parent page; null for none
     */
    public record NextMemo(String seriesKey, String memoTitle, String pageTitle, LocalDate date, String time, String place,
                           List<UserRef> attendees, List<Guest> guests, String minutesByKey, List<String> carried,
                           int carriedCount, boolean carriedMore, String spaceKey, Long parentPageId, long sourcePageId) {}

    /**
     * @param seriesKey the series as its memos name it
     * @param pageId    the page the caller starts from, as given (a number)
     * @throws Refused  when no next memo can be made for the caller
     */
    public NextMemo prepare(String seriesKey, String pageId) {
        if (seriesKey == null || seriesKey.isEmpty()) throw new Refused(Reason.MISSING, "series", "no series key given");
        if (pageId == null || pageId.isBlank()) throw new Refused(Reason.MISSING, "pageId", "no page id given");
        String keyProblem = SeriesKey.problem(seriesKey);
        if (keyProblem != null) throw new Refused(Reason.INVALID, seriesKey, keyProblem);
        long sourcePageId;
        try {
            sourcePageId = Long.parseLong(pageId.trim());
        } catch (NumberFormatException e) {
            throw new Refused(Reason.INVALID, pageId, "page id \"" + pageId + "\" is not a number");
        }
        if (sourcePageId <= 0) throw new Refused(Reason.INVALID, pageId, "page id " + pageId + " is not a page id");
        if (permissions.isAnonymous()) throw new Refused(Reason.ANONYMOUS, seriesKey, "log in to start the next meeting");

        MemoPages.Read source = memoPages.read(sourcePageId);
        if (!source.found()) throw new Refused(Reason.PAGE_NOT_FOUND, pageId, "no page " + sourcePageId);
        SeriesRegister.Seen seen = register.find(seriesKey)
                .orElseThrow(() -> new Refused(Reason.UNKNOWN_SERIES, seriesKey, "no series \"" + seriesKey + "\""));
        Series series = seen.series();
        String storedKey = ActionItem.stored(seriesKey);
        boolean memoOfSeries = source.parsed().memos().stream().anyMatch(m -> storedKey.equals(stored(m.series())));
        if (!memoOfSeries && !Objects.equals(series.indexPageId(), sourcePageId)) {
            throw new Refused(Reason.NOT_IN_SERIES, pageId, "page " + sourcePageId + " holds no memo of series \"" + seriesKey + "\"");
        }

        StoredMemo latest = seen.latestMemo();
        Memo latestMemo = latest == null ? null : latestMemo(latest);
        LocalDate lastDate = latest == null ? null : latest.memo().date();
        LocalDate date = series.cadence().nextMeeting(lastDate, readers.today());

        String memoTitle = latest != null && latest.memo().title() != null ? latest.memo().title() : series.name();
        String place = latest != null && latest.memo().place() != null ? latest.memo().place() : series.defaultPlace();
        String time = latest == null ? null : latest.memo().time();
        List<UserRef> attendees = attendees(latestMemo, series);
        List<Guest> guests = guests(latestMemo, series);

        boolean useIndex = series.indexPageId() != null && permissions.canView(series.indexPageId());
        String spaceKey = useIndex || latest == null ? series.spaceKey() : latest.memo().spaceKey();
        Long parentPageId = useIndex ? series.indexPageId() : latest == null ? null : pages.parentOf(latest.pageId()).orElse(null);
        String pageTitle = freeTitle(spaceKey, NextMemoTitle.of(latest == null ? null : latest.memo().pageTitle(), lastDate, memoTitle, date));

        Memo next = new Memo("next", memoTitle, date, time, place, seriesKey, attendees, List.of(), null, guests,
                List.of(), List.of(), List.of());
        MemoPages.CarriedOver carried = memoPages.carriedInto(next, MAX_AGENDA_ITEMS);
        return new NextMemo(seriesKey, memoTitle, pageTitle, date, time, place, attendees, guests,
                permissions.currentUserKey(), carried.items().stream().map(ActionItem::text).toList(), carried.items().size(),
                carried.more(), spaceKey, parentPageId, sourcePageId);
    }

    /** The latest memo as its page holds it now (by its key, else the page's first memo of the series). */
    private Memo latestMemo(StoredMemo latest) {
        MemoPages.Read read = memoPages.read(latest.pageId());
        if (!read.found()) return null;
        List<Memo> memos = read.parsed().memos();
        Optional<Memo> byKey = memos.stream().filter(m -> latest.memo().memoKey().equals(ActionItem.stored(m.key()))).findFirst();
        return byKey.or(() -> memos.stream().filter(m -> Objects.equals(latest.memo().series(), stored(m.series()))).findFirst())
                .orElse(null);
    }

    /** Attendees and absentees of the latest memo together, each once; else the series' default attendees. */
    private static List<UserRef> attendees(Memo latest, Series series) {
        Map<String, UserRef> people = new LinkedHashMap<>();
        if (latest != null) {
            latest.attendees().forEach(u -> people.putIfAbsent(u.identity(), u));
            latest.absent().forEach(u -> people.putIfAbsent(u.identity(), u));
        }
        if (people.isEmpty()) series.defaultAttendeeKeys().forEach(k -> people.putIfAbsent(k, UserRef.byKey(k)));
        return List.copyOf(people.values());
    }

    /** The latest memo's guests (without their keys); else the series' default guests, by name. */
    private static List<Guest> guests(Memo latest, Series series) {
        List<Guest> guests = new ArrayList<>();
        if (latest != null) latest.guests().forEach(g -> guests.add(new Guest(null, g.name(), g.organisation(), g.role(), g.email())));
        if (guests.isEmpty()) {
            series.defaultGuests().stream().filter(n -> n != null && !n.isBlank())
                    .forEach(n -> guests.add(new Guest(null, n.trim(), null, null, null)));
        }
        return guests;
    }

    private String freeTitle(String spaceKey, String title) {
        if (spaceKey == null || !pages.titleTaken(spaceKey, title)) return title;
        for (int n = 2; n <= MAX_TITLE_ATTEMPTS; n++) {
            String candidate = title + " (" + n + ")";
            if (!pages.titleTaken(spaceKey, candidate)) return candidate;
        }
        return title; // Confluence refuses the duplicate title, and says so
    }

    private static String stored(String series) { return series == null ? null : ActionItem.stored(series); }
}
