package io.meetingmemo.it.tracker;

import static io.meetingmemo.it.tracker.MemoRecordsTest.memo;
import static io.meetingmemo.it.tracker.MemoRecordsTest.param;
import static io.meetingmemo.testsupport.Storage.action;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ActionItemQuery;
import io.meetingmemo.actionitem.domain.ListPosition;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.embeddedao.StatementCounter;
import io.meetingmemo.memo.app.MemoPages;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.memo.domain.Memo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A memo's carry-over section reads its items with hand-written SQL through SAL's RDBMS executor: on H2, HSQLDB and
 * PostgreSQL it returns exactly the items, values and order the Active Objects query returns (every column, items
 * without a due date last, equal due dates by id, from the start and after any position), leaves out items of pages
 * the reader may not view before it pages, and sends one statement whatever the number of items carried.
 */
class CarryOverReadsTest {
    private static final String DBS = "io.meetingmemo.testsupport.TestDatabases#all";
    private static final String SERIES = "Viikkopalaveri";
    private static final LocalDate TODAY_MEMO = LocalDate.of(2026, 11, 26);

    private static String weekly(String id, String date, String series, String... actions) {
        return memo(id, param("title", "Viikkopalaveri " + date) + (date == null ? "" : param("date", date)) + param("series", series),
                actions);
    }

    /** Six earlier weekly memos of the series, each with items of mixed, equal and missing due dates, plus distractors. */
    private static void seed(Tracker t) {
        for (int week = 0; week < 6; week++) {
            String date = LocalDate.of(2026, 10, 1).plusWeeks(week).toString();
            t.save(10 + week, "TIIMI", "Palaveri " + date, weekly("w" + week, date, SERIES,
                    action("w" + week + "-a", "A", "2026-12-0" + (1 + week % 3), "Tehtävä " + week + " a"),
                    action("w" + week + "-b", "B", null, "Tehtävä " + week + " b ilman päivää"),
                    action("w" + week + "-c", week % 2 == 0 ? "C" : null, "2026-12-01", "Tehtävä " + week + " c"),
                    action("w" + week + "-d", "A", "2026-11-1" + week, "Tehtävä " + week + " d")));
        }
        t.save(30, "TIIMI", "Palaveri myöhemmin", weekly("later", "2026-12-03", SERIES, action("later-a", "A", "2026-12-01", "Myöhempi")));
        t.save(31, "TIIMI", "Palaveri ilman päivää", weekly("undated", null, SERIES, action("undated-a", "A", "2026-12-01", "Päivätön")));
        t.save(32, "TIIMI", "Toinen sarja", weekly("other", "2026-10-01", "Johtoryhmä", action("other-a", "A", "2026-12-01", "Muu")));
        ActionItem done = t.repository.findByPage(11).get(0);
        t.status.changeStatus(done.id(), done.version(), ActionStatus.DONE, t.key("A"));
        // Week 2's memo loses an action: removed items are not carried.
        t.save(12, "TIIMI", "Palaveri 2026-10-15", weekly("w2", "2026-10-15", SERIES, action("w2-a", "A", "2026-12-03", "Tehtävä 2 a")));
    }

    private static ActionItemQuery carried() {
        return ActionItemQuery.carriedInto(ActionItem.stored(SERIES), TODAY_MEMO);
    }

    private static Memo thisWeek() {
        return new Memo("this-week", "Viikkopalaveri", TODAY_MEMO, null, null, SERIES, List.of(), List.of(), null, List.of(), List.of(),
                List.of(), List.of());
    }

    private static ListPosition after(ActionItem item) {
        return new ListPosition(ListPosition.dueSortKey(item.dueDate()), item.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void theHandWrittenReadReturnsWhatActiveObjectsReturnsFromAnyPosition(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            seed(t);
            List<ActionItem> expected = t.repository.findAfter(carried(), null, 200);
            assertEquals(6 * 4 - 1 - 3, expected.size(), "24 actions of the earlier memos, less one done and three removed");
            assertEquals(expected, t.carriedItems.findAfter(carried(), null, 200));
            assertTrue(expected.stream().anyMatch(i -> i.dueDate() == null) && expected.get(expected.size() - 1).dueDate() == null,
                    "items without a due date come last");
            assertTrue(expected.stream().noneMatch(i -> i.text().equals("Myöhempi") || i.text().equals("Päivätön") || i.text().equals("Muu")));
            for (ActionItem item : expected) {
                assertEquals(t.repository.findAfter(carried(), after(item), 3), t.carriedItems.findAfter(carried(), after(item), 3),
                        "after " + item.text());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void itemsOfPagesTheReaderMayNotViewAreLeftOutBeforePagingInOneStatementWhenAllAreVisible(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            seed(t);
            List<ActionItem> all = t.repository.findAfter(carried(), null, 200);
            t.restrictViewTo(13, "A");
            MemoPages.CarriedOver forB = t.as("B", () -> t.memoPages.carriedInto(thisWeek(), 5));
            assertEquals(all.stream().filter(i -> i.pageId() != 13).limit(5).toList(), forB.items());
            assertTrue(forB.more());
            MemoPages.CarriedOver forA = t.as("A", () -> t.memoPages.carriedInto(thisWeek(), 50));
            assertEquals(all, forA.items());
            assertFalse(forA.more());

            StatementCounter.Measured<MemoPages.CarriedOver> few = StatementCounter.measure(() -> t.as("A", () -> t.memoPages.carriedInto(
                    new Memo("early", "Viikkopalaveri", LocalDate.of(2026, 10, 9), null, null, SERIES, List.of(), List.of(), null, List.of(),
                            List.of(), List.of(), List.of()), 50)));
            StatementCounter.Measured<MemoPages.CarriedOver> many = StatementCounter.measure(() -> t.as("A", () -> t.memoPages.carriedInto(thisWeek(), 50)));
            assertEquals(7, few.result().items().size(), "the first two memos' eight items, less the done one");
            assertEquals(all.size(), many.result().items().size());
            assertEquals(1, few.statements(), "one statement for 7 carried items");
            assertEquals(1, many.statements(), "one statement for " + all.size() + " carried items");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void anyOtherListIsRefusedRatherThanReadWrongly(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            List<ActionItemQuery> others = new ArrayList<>(List.of(ActionItemQuery.forPage(1, false),
                    new ActionItemQuery(ActionItemQuery.StatusFilter.OPEN, "user-A", List.of(), null, ActionItem.stored(SERIES), null, null, null,
                            null, false, TODAY_MEMO)));
            for (ActionItemQuery other : others) {
                assertThrows(IllegalArgumentException.class, () -> t.carriedItems.findAfter(other, null, 10));
            }
        }
    }
}
