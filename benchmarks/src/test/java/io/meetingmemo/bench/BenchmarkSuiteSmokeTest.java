package io.meetingmemo.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.bench.data.DataSets;
import io.meetingmemo.bench.data.DatabaseTarget;
import io.meetingmemo.bench.report.ResultTable;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole suite at tiny scale, without forks or warm-up: every measure comes out with a result and a
 * baseline from the same run. Timings of such a run mean nothing, so none is checked.
 */
class BenchmarkSuiteSmokeTest {
    private static final List<String> MEASURES = List.of(
            "Parse a memo page with 100 action items",
            "Sync a new 100-item page (time)",
            "Sync an edit of a 100-item page (time)",
            "Sync statements, new 100-item page",
            "Sync statements, edit of a 100-item page (reword, tick, delete)",
            "Sync statements, the same edit adding 2 items as well",
            "Sync statements, unchanged re-save of a 100-item page",
            "Register, first 50 open items of one person by due date, 1,000 items: mean",
            "Register, 1,000 items: 95th percentile",
            "Render a 50-item memo (macro; body conversion excluded)",
            "Render statements, 50-item memo",
            "Carry-over of a memo late in a long series (first 50 open items of earlier memos), 1,000 items: mean",
            "Carry-over, 1,000 items: 95th percentile",
            "Carry-over statements, the memo carrying the most items",
            "Series page figures (memos, completion, median days to done, long-open items), a 500-memo series of 10,000 items: mean",
            "Series page figures, a 500-memo series of 10,000 items: 95th percentile",
            "Render the series page macro, a 500-memo series of 10,000 items",
            "Series page statements, a 500-memo series of 10,000 items",
            "View a page without a memo, app installed",
            "Save a page without a memo, app installed",
            "The app's SQL statements on a page without a memo (view + save)",
            "Decision log, first 50 decisions of one space, 1,000 decisions: mean",
            "Decision log, 1,000 decisions: 95th percentile",
            "Contacts register, first 50 people of one space, 1,000 people: mean",
            "Contacts register, first 50 people of one space, 1,000 people: median",
            "Contacts register, first 50 people of one space, 1,000 people: 95th percentile",
            "Contacts register, search of one space's people by name or organisation, 1,000 people: mean",
            "Contacts register, search of one space's people by name or organisation, 1,000 people: median",
            "Contacts register, search of one space's people by name or organisation, 1,000 people: 95th percentile",
            "Contacts register statements, first page and search",
            "Reminder run, 1,000 items: time",
            "Reminder run, 1,000 items: statements",
            "Reminder run, 1,000 items: extra live heap (full GC every 100 ms)",
            "Reminder mail of one person with 100 items (HTML and text)",
            "Load, GET action-items with varied filters, 10 connections: requests/s",
            "Load, GET action-items with varied filters, 10 connections: median latency",
            "Load, GET action-items with varied filters, 10 connections: 99th percentile",
            "Load, GET action-items with varied filters, 10 connections: errors");

    @Test
    void theSuiteProducesEveryMeasureWithItsBaseline(@TempDir Path dataDir) {
        BenchmarkSuite.Results results = BenchmarkSuite.run(
                new BenchmarkSuite.Options(1_000, DataSets.DEFAULT_SEED, DatabaseTarget.h2(dataDir), true), line -> { });

        List<ResultTable.Row> rows = results.table().rows();
        assertEquals(MEASURES, rows.stream().map(ResultTable.Row::measure).toList());
        for (ResultTable.Row row : rows) {
            assertFalse(row.result().isBlank(), row.measure());
            assertFalse(row.baseline().isBlank(), row.measure());
        }
        // A memo render that reads no items found no memo to render: the measure would time an empty macro. The
        // data set's memos belong to series, so a render reads its page's items, its series' open items of earlier
        // meetings, the series' meetings since then (how often each came up), and the latest send of the page's minutes
        // ("sent to 7 people on …"), once each.
        ResultTable.Row render = row(rows, "Render statements, 50-item memo");
        assertEquals("4", render.result().trim(), "a memo render reads its items, its carried-over items, their meetings and the minutes sent once each");
        assertEquals("4", render.baseline().replaceAll("\\(.*", "").trim(), "the same for a 5-item memo");
        // The sync's statement budget (docs/performance.md, section 4.3), memo records, decisions and the contacts register
        // included, on 100- and 10-item pages: the page's decisions are read with its items, a new page's decisions
        // inserted in one batch, and its guests and contacts linked to the register after the sync (its own reads and
        // writes, the same for 10 items as for 100).
        java.util.Map<String, String> expected = new java.util.LinkedHashMap<>(), actual = new java.util.LinkedHashMap<>();
        // The register's part is six statements whatever the number of guests (the erasure check, the people and the
        // organisations they could be, whether a newer version linked already, the page's links replaced), and the
        // check of the page's owners without an account against the erasures one more: 7 + 6 for a new page, and so on.
        for (String[] budget : new String[][] {{"new 100-item page", "13"}, {"edit of a 100-item page (reword, tick, delete)", "14"},
                {"the same edit adding 2 items as well", "15"}, {"unchanged re-save of a 100-item page", "11"}}) {
            ResultTable.Row sync = rows.stream().filter(r -> r.measure().equals("Sync statements, " + budget[0])).findFirst().orElseThrow();
            expected.put(budget[0], budget[1]);
            actual.put(budget[0], sync.result().trim());
            assertTrue(sync.baseline().trim().startsWith(sync.result().trim() + " "), sync.measure() + ": the 10-item page costs the same, " + sync.baseline());
        }
        assertEquals(expected, actual, "the sync's statement budget");
        // A carry-over read that finds nothing would time an empty list: the memos measured carry items of their series' earlier
        // memos, and the read is one statement for many carried items as for a few.
        ResultTable.Row carried = row(rows, "Carry-over statements, the memo carrying the most items");
        assertTrue(carried.result().matches("1 \\([1-9][\\d,]* carried, [1-9]\\d* shown\\)"), carried.result());
        assertTrue(carried.baseline().matches("1 \\(a memo carrying [1-9]\\d*\\)"), carried.baseline());
        // The series page reads the series record, its memos, its open and its done items and the long-open items it shows: five
        // statements for 500 memos as for 5 (docs/performance.md, section 4.4b).
        ResultTable.Row series = row(rows, "Series page statements, a 500-memo series of 10,000 items");
        assertEquals("5", series.result().trim());
        assertEquals("5 (a 5-memo series)", series.baseline().trim());
        // The contacts register's first page and a search by name or organisation are one statement each, and find people.
        ResultTable.Row contacts = row(rows, "Contacts register statements, first page and search");
        assertTrue(contacts.result().matches("1 \\(51 people\\) and 1 \\([1-9]\\d* people\\)"), contacts.result());
        String markdown = BenchmarkSuite.markdown(results, "benchmarks/run.sh --items 1000 --quick");
        assertTrue(markdown.contains("| Measure | Result | Baseline (same run) | Ratio | Goal | |"), markdown);
        assertTrue(markdown.contains("1,000 action items on"), markdown);
    }

    private static ResultTable.Row row(List<ResultTable.Row> rows, String measure) {
        return rows.stream().filter(r -> r.measure().equals(measure)).findFirst().orElseThrow();
    }
}
