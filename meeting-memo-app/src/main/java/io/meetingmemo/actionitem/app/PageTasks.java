package io.meetingmemo.actionitem.app;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The page side of a native task's status: its storage read and saved as a new page version, under a
 * cluster-wide lock on the page, so that two status changes (or a change and a save elsewhere in the
 * cluster) cannot overwrite each other's page.
 */
public interface PageTasks {
    /** What the work under the page's lock returns, or empty when the lock could not be had in time. */
    <T> Optional<T> underPageLock(long pageId, Supplier<T> work);

    /** The page's current storage body, or empty when the page is gone. */
    Optional<String> currentBody(long pageId);

    /**
     * Saves the page's new body as a new version with a comment naming the change, without mail to watchers
     * and with Confluence's page events (so the inline-task plugin and the tracker follow).
     *
     * @param commentKey i18n key of the version comment, given the person's display name as {0}
     */
    void saveNewVersion(long pageId, String body, String commentKey);
}
