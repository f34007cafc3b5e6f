package io.meetingmemo.actionitem.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The app's CSV rules, for every export (action items, decisions): RFC 4180 (commas, CRLF, quotes where needed), UTF-8
 * with a byte-order mark so spreadsheet programs show ä, ö and å correctly when the file is opened by double-click,
 * and every cell that comes from what people wrote {@linkplain #neutralised neutralised} against formula injection
 * as OWASP recommends ("CSV Injection").
 */
public final class SpreadsheetCsv {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVPrinter csv;

    private SpreadsheetCsv(CSVPrinter csv) { this.csv = csv; }

    /** Starts a file on {@code out}: the byte-order mark and the header row. */
    public static SpreadsheetCsv start(Writer out, List<String> columns) {
        try {
            out.write(BYTE_ORDER_MARK);
            return new SpreadsheetCsv(new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row; text people wrote must already be {@link #neutralised}. */
    public void row(Object... cells) {
        try {
            csv.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void finish() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of a cell that no spreadsheet runs: a value starting with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return gets a single quote in front, and the rest stays as it was
     * (so dropping that one quote gives the original back); any other value is returned unchanged.
     */
    public static String neutralised(String value) {
        if (value == null || value.isEmpty()) return value;
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
