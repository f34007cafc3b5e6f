package io.meetingmemo.actionitem.app;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ActionItemFinder;
import io.meetingmemo.actionitem.domain.ActionItemQuery;
import io.meetingmemo.actionitem.domain.ActionItemRepository;
import io.meetingmemo.actionitem.domain.ActionItemStatusService;
import io.meetingmemo.actionitem.domain.ListPosition;
import io.meetingmemo.actionitem.domain.StatusChange;
import io.meetingmemo.memo.domain.ActionSource;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.memo.domain.TaskCheckbox;
import io.meetingmemo.permission.ContentPermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What people do with tracked action items, each with its permission rule applied here, for the caller
 * of the current request, through the one permission policy: list (filtered by page visibility before
 * paging), read one item and its history (an item on a page the caller cannot see does not exist for
 * them), change a status (page editors and the assignee), export. REST resources, registers and memos
 * go through these; none of them reaches the repository or the finder.
 */
public final class ActionItems {
    private static final Logger LOG = LoggerFactory.getLogger(ActionItems.class);
    /** Reads of a page that keeps changing under the editor before the checkbox gives up following. */
    private static final int PAGE_SAVE_ATTEMPTS = 5;

    private final ActionItemRepository repository;
    private final ActionItemFinder finder;
    private final ActionItemStatusService statuses;
    private final ContentPermissions permissions;
    private final PageTasks pageTasks;

    public ActionItems(ActionItemRepository repository, ActionItemStatusService statuses, ContentPermissions permissions,
                       PageTasks pageTasks) {
        this.repository = repository;
        this.finder = new ActionItemFinder(repository);
        this.statuses = statuses;
        this.permissions = permissions;
        this.pageTasks = pageTasks;
    }

    /** Why the caller gets no item: not signed in, or (as far as they may know) no such item. */
    public enum Denied { ANONYMOUS, NOT_FOUND }

    /** One page of the items the caller may see, in list order. */
    public ActionItemFinder.Page list(ActionItemQuery query, ListPosition after, int limit) {
        return finder.find(query, after, limit, permissions);
    }

    /** How many items the caller may see after a position: for "showing 200 of 1,234". */
    public int countAfter(ActionItemQuery query, ListPosition after) {
        return finder.count(query, after, permissions);
    }

    /** Every item the caller may see, up to {@code max}; the flag says whether more exist. */
    public Export export(ActionItemQuery query, int max) {
        List<ActionItem> items = new ArrayList<>();
        ListPosition position = null;
        do {
            ActionItemFinder.Page page = finder.find(query, position, ActionItemFinder.MAX_LIMIT, permissions);
            for (ActionItem item : page.items()) {
                if (items.size() == max) return new Export(items, true);
                items.add(item);
            }
            position = page.next();
        } while (position != null);
        return new Export(items, false);
    }

    public record Export(List<ActionItem> items, boolean truncated) {}

    /** The item if it exists and the caller may see its page. */
    public Readable read(long id) {
        Optional<ActionItem> item = repository.findById(id).filter(i -> !i.hidden() && permissions.canView(i.pageId()));
        if (item.isPresent()) return new Readable(item.get(), null);
        return new Readable(null, permissions.isAnonymous() ? Denied.ANONYMOUS : Denied.NOT_FOUND);
    }

    /** An item the caller may read, or why not. */
    public record Readable(ActionItem item, Denied denied) {}

    /** The status history of an item the caller may read, oldest first. */
    public List<StatusChange> history(ActionItem readable) {
        return repository.history(readable.id());
    }

    /**
     * Changes a status for the caller; {@code forbidden} when they may only view it. A native task's checkbox
     * on its page follows (a new page version, as when someone ticks it in view mode), under the page's cluster
     * lock; {@code pageConflict} says why the page could not follow, and then nothing changed.
     */
    public StatusChanged changeStatus(long id, int expectedVersion, ActionStatus status) {
        Readable readable = read(id);
        if (readable.item() == null) return new StatusChanged(null, readable.denied(), false, null);
        ActionItem item = readable.item();
        if (!permissions.canChangeStatus(item)) return new StatusChanged(null, null, true, null);
        Optional<String> taskId = item.source() == ActionSource.TASK ? TaskCheckbox.taskId(item.itemKey()) : Optional.empty();
        if (taskId.isEmpty()) return changeTracked(id, expectedVersion, status);
        return pageTasks.underPageLock(item.pageId(), () -> changeTask(item, taskId.get(), expectedVersion, status))
                .orElse(new StatusChanged(null, null, false, "the page is being changed by someone else; try again"));
    }

    private StatusChanged changeTracked(long id, int expectedVersion, ActionStatus status) {
        ActionItemStatusService.Result result = statuses.changeStatus(id, expectedVersion, status, permissions.currentUserKey());
        return new StatusChanged(result, result instanceof ActionItemStatusService.NotFound ? Denied.NOT_FOUND : null, false, null);
    }

    /**
     * The tracker's status first (its version check decides a conflict), then the checkbox on the newest version of
     * the page: when someone saves the page between the read and the save, their version is read and ticked again,
     * so neither their edit nor the tick is lost.
     */
    private StatusChanged changeTask(ActionItem item, String taskId, int expectedVersion, ActionStatus status) {
        boolean done = status == ActionStatus.DONE;
        StatusChanged changed = null;
        for (int attempt = 1; attempt <= PAGE_SAVE_ATTEMPTS; attempt++) {
            Optional<PageTasks.PageBody> page = pageTasks.current(item.pageId());
            Optional<String> ticked = page.flatMap(p -> TaskCheckbox.withStatus(p.body(), taskId, done));
            if (ticked.isEmpty()) {
                // Gone from the page; after the status changed, the page's own sync marks the item removed.
                return changed != null ? changed
                        : new StatusChanged(null, null, false, "the page changed: this task is no longer on it; reload the page");
            }
            if (changed == null) {
                changed = changeTracked(item.id(), expectedVersion, status);
                if (!(changed.result() instanceof ActionItemStatusService.Updated)) return changed;
            }
            if (ticked.get().equals(page.get().body())
                    || pageTasks.saveNewVersion(item.pageId(), page.get().version(), ticked.get(), done ? TASK_DONE : TASK_REOPENED)) {
                return changed;
            }
        }
        LOG.warn("Page {} kept changing; the checkbox of task {} could not follow its new status", item.pageId(), taskId);
        return changed;
    }

    /** i18n keys of the version comments ("{0} marked a task done in Meeting Memo"), like Confluence's own when a task is ticked. */
    private static final String TASK_DONE = "meeting-memo.task.version.done";
    private static final String TASK_REOPENED = "meeting-memo.task.version.reopened";

    /** The outcome of a status change: the service's result, or denied, forbidden, or the page's conflict. */
    public record StatusChanged(ActionItemStatusService.Result result, Denied denied, boolean forbidden, String pageConflict) {}

    /** Whether the caller may change each item's status, asking about each page once. */
    public Predicate<ActionItem> statusChangeCheck() { return permissions.statusChangeCheck(); }

    /** The caller's user key, or null when anonymous (for "my items"). */
    public String callerKey() { return permissions.currentUserKey(); }

    public boolean callerIsAnonymous() { return permissions.isAnonymous(); }
}
