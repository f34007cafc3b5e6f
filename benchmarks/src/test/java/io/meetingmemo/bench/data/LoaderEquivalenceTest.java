package io.meetingmemo.bench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.embeddedao.DatabaseConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The bulk loader writes exactly what syncing the same pages through the app leaves in the tracker: the same
 * rows with the same statuses, flags and versions, and the same status history. Timestamps differ (the bulk
 * loader does not replay each save's clock) and are not compared.
 */
class LoaderEquivalenceTest {
    private static final long ITEMS = 800;
    private static final long SEED = 11;

    /** What the tracker holds about one item, without database ids and timestamps. */
    record Row(long pageId, String itemKey, String spaceKey, String pageTitle, String memoKey, String memoTitle, Object memoDate,
               String memoSeries, Object source, String text, String assigneeKey, String ownerName, Object dueDate, Object status,
               Object pageStatus, String completedBy, boolean removed, boolean hidden, int version, String priority,
               List<String> history) {}

    @Test
    void bulkLoadingEqualsSyncingPageByPage() {
        assertEquals(rows(SyncLoader::load), rows(BulkLoader::load));
    }

    private interface Loader { LoadReport load(DataSetGenerator generator, AppDatabase db); }

    private static List<Row> rows(Loader loader) {
        People people = DataSets.people(ITEMS, SEED);
        DatabaseConfig database = DatabaseConfig.h2Memory("equivalence" + UUID.randomUUID().toString().replace("-", ""));
        try (AppDatabase db = AppDatabase.open(database, people)) {
            LoadReport report = loader.load(new DataSetGenerator(ITEMS, SEED, people), db);
            assertEquals(ITEMS, report.items());
            List<Row> rows = new ArrayList<>();
            for (long pageId = report.firstPageId(); pageId < report.firstPageId() + report.pages(); pageId++) {
                for (ActionItem i : db.repository().findByPage(pageId)) {
                    List<String> history = db.repository().history(i.id()).stream()
                            .map(c -> c.oldStatus() + ">" + c.newStatus() + " via " + c.via() + " by " + c.actorKey()).toList();
                    rows.add(new Row(i.pageId(), i.itemKey(), i.spaceKey(), i.pageTitle(), i.memoKey(), i.memoTitle(), i.memoDate(),
                            i.memoSeries(), i.source(), i.text(), i.assigneeKey(), i.ownerName(), i.dueDate(), i.status(),
                            i.pageStatus(), i.completedBy(), i.removed(), i.hidden(), i.version(), i.priority(), history));
                }
            }
            assertEquals(ITEMS, rows.size());
            return rows;
        }
    }
}
