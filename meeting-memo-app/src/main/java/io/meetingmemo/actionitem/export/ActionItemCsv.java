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
                csv.printRecord(i.id(), i.text(), i.status().wireName(), owner(i), i.dueDate(), i.isOverdue(today),
                        i.memoTitle(), i.memoDate(), i.memoSeries(), i.pageTitle(), i.spaceKey(), i.source().wireName(),
                        i.removed(), urlOf.apply(i));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String owner(ActionItem i) {
        return i.assigneeKey() != null ? displayNameOfUserKey.apply(i.assigneeKey()) : i.ownerName();
    }
}
