package io.meetingmemo.actionitem.export;

import io.meetingmemo.actionitem.domain.ActionItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Action items as RFC 4180 CSV (commas, CRLF, quotes where needed), UTF-8 with a byte-order mark so
 * spreadsheet programs show ä, ö and å correctly when the file is opened by double-click.
 *
 * <p>Every text cell (action text, owner, memo title, series, page title, space key, URL) comes from what
 * people wrote, so each is {@linkplain #neutralised neutralised} against formula injection as OWASP
 * recommends ("CSV Injection"): a cell a spreadsheet would read as a formula gets a leading single quote.
 * The id, status, dates and flags are written by the app itself and are left as they are.
 */
public final class ActionItemCsv {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    public static final List<String> COLUMNS = List.of("id", "text", "status", "owner", "due date", "overdue",
            "memo", "memo date", "series", "page", "space", "source", "removed", "url");

    private final Function<String, String> displayNameOfUserKey;
    private final Function<ActionItem, String> urlOf;
    private final LocalDate today;

    public ActionItemCsv(Function<String, String> displayNameOfUserKey, Function<ActionItem, String> urlOf, LocalDate today) {
        this.displayNameOfUserKey = displayNameOfUserKey;
        this.urlOf = urlOf;
        this.today = today;
    }

    public void write(Iterable<ActionItem> items, Writer out) {
        try {
            out.write(BYTE_ORDER_MARK);
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).build());
            for (ActionItem i : items) {
                csv.printRecord(i.id(), neutralised(i.text()), i.status().wireName(), neutralised(owner(i)), i.dueDate(),
                        i.isOverdue(today), neutralised(i.memoTitle()), i.memoDate(), neutralised(i.memoSeries()),
                        neutralised(i.pageTitle()), neutralised(i.spaceKey()), i.source().wireName(), i.removed(),
                        neutralised(urlOf.apply(i)));
            }
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

    private String owner(ActionItem i) {
        return i.assigneeKey() != null ? displayNameOfUserKey.apply(i.assigneeKey()) : i.ownerName();
    }
}
