package io.meetingmemo.bench.data;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.PageContent;
import io.meetingmemo.actionitem.domain.StatusChange;
import io.meetingmemo.actionitem.domain.SyncWrite;
import io.meetingmemo.actionitem.domain.TrackerState;
import io.meetingmemo.memo.domain.ActionSource;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.memo.domain.Memo;
import io.meetingmemo.memo.domain.MemoAction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a large data set fast. Action items still go through the app's own {@code AoActionItemRepository}
 * (Active Objects batch inserts, the write path of a sync): only parsing and diffing are skipped, and each
 * item is written directly in the state the sync path leaves it in ({@link SyncLoader}; a test holds the
 * two equal). Pages go into the preview host's page table in JDBC batches, because the host's one-page
 * insert commits three statements per page, which alone would take minutes at a million items.
 */
public final class BulkLoader implements AutoCloseable {
    /** Pages per flush: a few thousand items, large batches without a large heap. */
    private static final int PAGES_PER_FLUSH = 200;

    private final AppDatabase db;
    private final Connection pageConnection;
    private final PreparedStatement insertPage;
    private final List<ActionItem> pendingItems = new ArrayList<>();
    /** Items closed through REST in the pending pages: their history row is written once they have ids. */
    private final Map<String, StatusChange> pendingClosures = new HashMap<>();
    private long nextPageId;
    private long firstPendingPageId;
    private int pendingPages;

    private BulkLoader(AppDatabase db, long firstPageId) throws SQLException {
        this.db = db;
        this.pageConnection = db.activeObjects().openConnection();
        pageConnection.setAutoCommit(false);
        this.insertPage = pageConnection.prepareStatement("INSERT INTO HOST_PAGE (ID, SPACE_KEY, TITLE, BODY, VERSION, STATUS, "
                + "UPDATED_BY, UPDATED_AT) VALUES (?, ?, ?, ?, 1, ?, ?, ?)");
        this.nextPageId = firstPageId;
        this.firstPendingPageId = firstPageId;
    }

    public static LoadReport load(DataSetGenerator generator, AppDatabase db) {
        long start = System.nanoTime();
        for (GeneratedPage.Space space : generator.spaces()) db.pages().ensureSpace(space.key(), space.name());
        long pages = 0, items = 0;
        if (!generator.hasNext()) return new LoadReport(0, 0, 0, 0);
        // The first page through the host's own insert, so page ids start where the host starts them.
        GeneratedPage first = generator.next();
        long firstId = SyncLoader.save(first, db);
        pages++;
        items += first.trackedItems();
        try (BulkLoader loader = new BulkLoader(db, firstId + 1)) {
            while (generator.hasNext()) {
                GeneratedPage page = generator.next();
                loader.add(page);
                pages++;
                items += page.trackedItems();
            }
            loader.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("bulk load failed: " + e.getMessage(), e);
        }
        return new LoadReport(firstId, pages, items, (System.nanoTime() - start) / 1_000_000);
    }

    private void add(GeneratedPage page) throws SQLException {
        long pageId = nextPageId++;
        Instant savedAt = page.memoDay().atTime(12, 0).toInstant(ZoneOffset.UTC);
        insertPage.setLong(1, pageId);
        insertPage.setString(2, page.space().key());
        insertPage.setString(3, page.title());
        insertPage.setString(4, page.body());
        insertPage.setString(5, page.trashed() ? "trashed" : "current");
        insertPage.setString(6, page.author().username());
        insertPage.setTimestamp(7, Timestamp.from(savedAt));
        insertPage.addBatch();

        Instant closedAt = savedAt.plus(Duration.ofDays(1));
        int trashedBump = page.trashed() ? 1 : 0;
        for (Memo memo : page.memos()) {
            for (MemoAction action : memo.actions()) {
                boolean closed = page.closedThroughRest().contains(action.key());
                ActionStatus status = action.source() == ActionSource.TASK ? action.pageStatus()
                        : closed ? ActionStatus.DONE : ActionStatus.OPEN;
                ActionItem item = item(pageId, page, memo, action, status, savedAt, false, 1 + trashedBump);
                if (closed) {
                    String closer = closer(item, page);
                    item = completed(item, closedAt, closer, 1);
                    pendingClosures.put(pageId + ":" + action.key(),
                            new StatusChange(0, closedAt, closer, ActionStatus.OPEN, ActionStatus.DONE, StatusChange.Via.REST));
                } else if (status == ActionStatus.DONE) {
                    item = completed(item, savedAt, page.author().userKey(), 0);
                }
                pendingItems.add(item);
            }
        }
        for (MemoAction dropped : page.droppedActions()) {
            pendingItems.add(item(pageId, page, page.memos().get(0), dropped, ActionStatus.OPEN, savedAt, true, 2 + trashedBump));
        }
        if (++pendingPages == PAGES_PER_FLUSH) flush();
    }

    private void flush() throws SQLException {
        if (pendingPages == 0) return;
        insertPage.executeBatch();
        pageConnection.commit();
        write(new SyncWrite(pendingItems, List.of(), List.of()));
        write(new SyncWrite(List.of(), List.of(), historyOfPendingClosures()));
        pendingItems.clear();
        pendingClosures.clear();
        pendingPages = 0;
        firstPendingPageId = nextPageId;
    }

    /** The closures' history rows, now that their items have ids (one query for all pending pages). */
    private List<StatusChange> historyOfPendingClosures() throws SQLException {
        List<StatusChange> history = new ArrayList<>(pendingClosures.size());
        if (pendingClosures.isEmpty()) return history;
        try (PreparedStatement ids = pageConnection.prepareStatement("SELECT \"ID\", \"PAGE_ITEM_KEY\" FROM \"" + db.table("ACTION_ITEM")
                + "\" WHERE \"PAGE_ID\" >= ? AND \"PAGE_ID\" < ?")) {
            ids.setLong(1, firstPendingPageId);
            ids.setLong(2, nextPageId);
            try (ResultSet rs = ids.executeQuery()) {
                while (rs.next()) {
                    StatusChange closure = pendingClosures.get(rs.getString(2));
                    if (closure != null) {
                        history.add(new StatusChange(rs.getLong(1), closure.changedAt(), closure.actorKey(), closure.oldStatus(),
                                closure.newStatus(), closure.via()));
                    }
                }
            }
            pageConnection.commit();
        }
        return history;
    }

    private void write(SyncWrite write) {
        if (!write.isEmpty() && !db.repository().write(write)) {
            throw new IllegalStateException("a bulk write found rows changed underneath it; is another loader running?");
        }
    }

    @Override
    public void close() throws SQLException {
        try (pageConnection; insertPage) {
            pageConnection.rollback();
        }
    }

    /** Who closes an item through REST: its assignee, or the minute taker when it has none. */
    static String closer(ActionItem item, GeneratedPage page) {
        return item.assigneeKey() != null ? item.assigneeKey() : page.author().userKey();
    }

    private static ActionItem item(long pageId, GeneratedPage page, Memo memo, MemoAction action, ActionStatus status,
                                   Instant savedAt, boolean removed, int version) {
        String assigneeKey = action.assignee() == null ? null : action.assignee().identity();
        PageContent content = new PageContent(pageId, page.space().key(), page.title(), memo.key(), memo.title(), memo.date(),
                memo.series(), action.key(), action.source(), action.text(), assigneeKey, action.owner(), action.due(),
                action.pageStatus());
        return new ActionItem(0, content, new TrackerState(status, null, null, savedAt, savedAt, removed, page.trashed(), version,
                TrackerState.NORMAL_PRIORITY));
    }

    private static ActionItem completed(ActionItem i, Instant at, String by, int extraVersions) {
        return new ActionItem(i.id(), i.page(), new TrackerState(i.status(), at, by, i.createdAt(), at, i.removed(), i.hidden(),
                i.version() + extraVersions, i.priority()));
    }
}
