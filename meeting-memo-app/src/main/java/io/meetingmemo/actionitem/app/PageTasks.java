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

    /** A page's version and its storage body at that version. */
    record PageBody(int version, String body) {}

    /** The page's current version and storage body, read together, or empty when the page is gone. */
    Optional<PageBody> current(long pageId);

    /**
     * Saves the page's new body as the version after {@code readVersion}, with a comment naming the change, without
     * mail to watchers and with Confluence's page events (so the inline-task plugin and the tracker follow).
     * Nothing is saved, and the answer is false, when the page has moved past {@code readVersion}: someone saved
     * it meanwhile (Confluence's editor does not take the app's lock), and a body made from the older version
     * would overwrite their change.
     *
     * @param commentKey i18n key of the version comment, given the person's display name as {0}
     */
    boolean saveNewVersion(long pageId, int readVersion, String body, String commentKey);
}
