package io.meetingmemo.actionitem.export;

import io.meetingmemo.actionitem.domain.ActionItem;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Action items as CSV, by the app's CSV rules ({@link SpreadsheetCsv}: RFC 4180, UTF-8 with a byte-order mark).
 *
 * <p>Every text cell (action text, owner, memo title, series, page title, space key, URL) comes from what
 * people wrote, so each is {@linkplain #neutralised neutralised} against formula injection. The id, status, dates and
 * flags are written by the app itself and are left as they are.
 */
public final class ActionItemCsv {
    public static final List<String> COLUMNS = List.of("id", "text", "status", "owner", "due date", "overdue",
            "memo", "memo date", "series", "page", "space", "source", "removed", "url");

    private final Function<ActionItem, String> ownerOf;
    private final Function<ActionItem, String> urlOf;
    private final LocalDate today;

    /** @param ownerOf who an item is for, as the one presenter shows it ({@code ItemPresenter.owner}) */
    public ActionItemCsv(Function<ActionItem, String> ownerOf, Function<ActionItem, String> urlOf, LocalDate today) {
        this.ownerOf = ownerOf;
        this.urlOf = urlOf;
        this.today = today;
    }

    public void write(Iterable<ActionItem> items, Writer out) {
        SpreadsheetCsv csv = SpreadsheetCsv.start(out, COLUMNS);
        for (ActionItem i : items) {
            csv.row(i.id(), neutralised(i.text()), i.status().wireName(), neutralised(ownerOf.apply(i)), i.dueDate(),
                    i.isOverdue(today), neutralised(i.memoTitle()), i.memoDate(), neutralised(i.memoSeries()),
                    neutralised(i.pageTitle()), neutralised(i.spaceKey()), i.source().wireName(), i.removed(),
                    neutralised(urlOf.apply(i)));
        }
        csv.finish();
    }

    /** {@link SpreadsheetCsv#neutralised}. */
    static String neutralised(String value) { return SpreadsheetCsv.neutralised(value); }
}
