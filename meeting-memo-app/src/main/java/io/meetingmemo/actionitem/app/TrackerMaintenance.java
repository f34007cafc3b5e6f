package io.meetingmemo.actionitem.app;

import io.meetingmemo.actionitem.domain.ActionItemRepository;
import io.meetingmemo.actionitem.domain.ActionItemResync;
import io.meetingmemo.actionitem.domain.ActionItemSync;
import io.meetingmemo.contact.app.ContactLinking;
import io.meetingmemo.actionitem.domain.PageSnapshot;
import io.meetingmemo.memo.domain.StorageFormatParser;
import io.meetingmemo.permission.ContentPermissions;
import io.meetingmemo.platform.ConfluencePages;
import io.meetingmemo.platform.ConfluenceUsers;
import io.meetingmemo.series.domain.Series;
import io.meetingmemo.series.domain.SeriesRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the tracker in step with the content it was written on: the page-event listener reports saves, trash
 * and purge here, and administrators rebuild the tracker from the pages in batches. The sync itself lives in
 * the domain; this use case gives it Confluence's users and pages, names who saved, and applies the re-sync's
 * rule (administrators only, a space that exists, a position an earlier batch returned).
 */
public final class TrackerMaintenance {
    private static final Logger LOG = LoggerFactory.getLogger(TrackerMaintenance.class);
    private final ActionItemSync sync;
    private final ActionItemResync resync;
    private final ConfluencePages pages;
    private final ContentPermissions permissions;

    private final SeriesRepository series;
    private final ContactLinking contacts;

    public TrackerMaintenance(ActionItemRepository repository, ConfluenceUsers users, ConfluencePages pages,
                              ContentPermissions permissions, Clock clock, SeriesRepository series, ContactLinking contacts) {
        this.sync = new ActionItemSync(repository, new StorageFormatParser(), users, clock, pages);
        this.contacts = contacts;
        // A re-sync does for each page what its save does: a series page becomes its series' index page, and its
        // guests and contacts are linked to the space's contacts register.
        this.resync = new ActionItemResync(sync, pages, (page, outcome) -> {
            for (String key : outcome.parsed().seriesOverviews()) recordIndexPage(key, page);
            if (outcome.appliedVersion() > 0) contacts.pageSaved(page, outcome.parsed());
        });
        this.pages = pages;
        this.permissions = permissions;
        this.series = series;
    }

    /**
     * A version of a page was saved (created, edited or restored) by the user of the current request. A page that
     * shows a series' overview ({@code meeting-series}) becomes that series' index page, where its next memos are
     * created, unless the series already has one.
     */
    public ActionItemSync.Outcome pageSaved(PageSnapshot page) {
        ActionItemSync.Outcome outcome = sync.pageSaved(page, permissions.currentUserKey());
        for (String key : outcome.parsed().seriesOverviews()) recordIndexPage(key, page);
        // Only the version the sync applied: a sync that lost to a newer save leaves the links to that save.
        if (outcome.appliedVersion() > 0) contacts.pageSaved(page, outcome.parsed());
        return outcome;
    }

    private void recordIndexPage(String key, PageSnapshot page) {
        try {
            Optional<Series> stored = series.find(key);
            if (stored.isPresent() && stored.get().indexPageId() != null) return;
            Series current = stored.orElseGet(() -> Series.implicit(key, page.spaceKey()));
            // A compare-and-set: if someone set the series meanwhile, their setting stands.
            series.save(new Series(key, current.name(), page.spaceKey(), page.pageId(), current.defaultPlace(),
                    current.defaultAttendeeKeys(), current.defaultGuests(), current.cadence(), current.version()));
        } catch (RuntimeException e) {
            // The items are synced; an index page can still be set with PATCH /series/{key}.
            LOG.warn("Page {} shows series \"{}\" but could not be recorded as its index page: {}", page.pageId(), key, e.toString());
        }
    }

    /** The page went to the trash: its items leave every list until it is restored. */
    public void pageTrashed(long pageId) { sync.pageTrashed(pageId); }

    /** The page was purged: its items stay, marked removed. */
    public void pageRemoved(long pageId) {
        sync.pageRemoved(pageId);
        contacts.pageRemoved(pageId);
    }

    /** Why a re-sync was refused. */
    public static final class Refused extends RuntimeException {
        public enum Reason { NOT_ADMINISTRATOR, NO_SUCH_SPACE, UNKNOWN_POSITION }

        private final Reason reason;

        Refused(Reason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }

        public Reason reason() { return reason; }
    }

    /**
     * One batch of a re-sync by an administrator: one space (or every space when {@code spaceKey} is null), from
     * where the previous batch stopped, at most {@code maxPages} pages.
     *
     * @throws Refused for a caller who is no administrator, an unknown space, or a position no batch returned
     */
    /** Whether the caller is signed in. */
    public boolean callerIsAnonymous() { return permissions.isAnonymous(); }

    /**
     * The spaces a re-sync of every space walks, in its order, for the administrators' page to show how far it got.
     *
     * @throws Refused when the caller is not an administrator
     */
    public List<String> spacesToResync() {
        if (!permissions.isAdministrator()) {
            throw new Refused(Refused.Reason.NOT_ADMINISTRATOR, "only administrators re-sync the tracker");
        }
        return pages.spaceKeys().stream().sorted().toList();
    }

    public ActionItemResync.Progress resync(String spaceKey, ActionItemResync.Position next, int maxPages) {
        if (!permissions.isAdministrator()) {
            throw new Refused(Refused.Reason.NOT_ADMINISTRATOR, "only administrators re-sync the tracker");
        }
        if (spaceKey != null && !pages.spaceKeys().contains(spaceKey)) {
            throw new Refused(Refused.Reason.NO_SUCH_SPACE, "no space " + spaceKey);
        }
        if (next != null) {
            // Only a position an earlier answer gave: a space this re-sync covers, and a page id (0 = the space's start).
            boolean known = next.spaceKey() != null && (spaceKey != null ? spaceKey.equals(next.spaceKey())
                    : pages.spaceKeys().contains(next.spaceKey()));
            if (!known || next.afterPageId() < 0) {
                throw new Refused(Refused.Reason.UNKNOWN_POSITION, "next must be a position an earlier answer returned: "
                        + "a space this re-sync covers and a page id of 0 or more");
            }
        }
        return resync.run(spaceKey, next, maxPages, permissions.currentUserKey());
    }
}
