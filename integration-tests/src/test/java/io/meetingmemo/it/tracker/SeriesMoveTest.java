package io.meetingmemo.it.tracker;

import static io.meetingmemo.testsupport.Storage.action;
import static io.meetingmemo.testsupport.Storage.memo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ActionItemQuery;
import io.meetingmemo.actionitem.domain.MemoQuery;
import io.meetingmemo.actionitem.domain.StoredMemo;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.memo.domain.ActionStatus;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A memo moved to another series by editing its {@code series} parameter, and back, again and again (the cycles of
 * issue 14): every time, its items and its memo record follow to the series the page names, and each item keeps its
 * id, its status and its history; nothing is copied into the series it left.
 */
class SeriesMoveTest {
    private static final long PAGE = 5150;

    private static String page(String series) {
        return memo("m1", "Ohjausryhmä", "2026-11-20", action("a1", "A", "2026-12-01", "Budjetti"), action("a2", null, null, "Tilat"))
                .replace("<ac:parameter ac:name=\"series\">weekly</ac:parameter>", "<ac:parameter ac:name=\"series\">" + series + "</ac:parameter>");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.meetingmemo.testsupport.TestDatabases#all")
    void aMemoMovedBackAndForthTakesItsItemsWithTheirStatusAndHistory(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(PAGE, "EDU", "Ohjaus", page("ohjausryhma"));
            List<ActionItem> first = t.repository.findByPage(PAGE);
            assertEquals(2, first.size());
            ActionItem closed = first.stream().filter(i -> i.text().equals("Budjetti")).findFirst().orElseThrow();
            t.status.changeStatus(closed.id(), closed.version(), ActionStatus.DONE, "user-A");

            String[] moves = {"johtoryhma", "ohjausryhma", "johtoryhma", "ohjausryhma", "johtoryhma"};
            for (String series : moves) {
                t.clock.advanceSeconds(60);
                t.save(PAGE, "EDU", "Ohjaus", page(series));
                String other = series.equals("johtoryhma") ? "ohjausryhma" : "johtoryhma";
                List<ActionItem> items = t.repository.findByPage(PAGE);
                assertEquals(first.stream().map(ActionItem::id).sorted().toList(), items.stream().map(ActionItem::id).sorted().toList(),
                        "the same items, not copies");
                items.forEach(i -> assertEquals(series, i.memoSeries(), "the item follows the memo to " + series));
                assertEquals(ActionStatus.DONE, t.repository.findById(closed.id()).orElseThrow().status(), "the status stays");
                assertEquals(1, t.repository.history(closed.id()).size(), "the history stays, one change");
                assertEquals(2, inSeries(t, series), "listed in " + series);
                assertEquals(0, inSeries(t, other), "nothing left behind in " + other);
                List<StoredMemo> records = t.memos.findAfter(new MemoQuery(null, series, null, null), null, 10);
                assertEquals(1, records.size(), "the memo record follows");
                assertEquals(0, t.memos.findAfter(new MemoQuery(null, other, null, null), null, 10).size());
            }
        }
    }

    private static int inSeries(Tracker t, String series) {
        return t.repository.findAfter(new ActionItemQuery(ActionItemQuery.StatusFilter.ALL, null, List.of(), null, series,
                null, null, null, null, false), null, 100).size();
    }
}
