package io.meetingmemo.actionitem.export;

import io.meetingmemo.actionitem.domain.ActionItem;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Action items as CSV, by the app's CSV rules ({@link SpreadsheetCsv}: RFC 4180, UTF-8 with a byte-order mark).
 *
 * <p>Every text cell (action text, owner, follow-up owner, memo title, series, page title, space key, URL) comes from what
 * people wrote, so each is {@linkplain #neutralised neutralised} against formula injection. The id, status, dates and
 * flags are written by the app itself and are left as they are.
 */
public final class ActionItemCsv {
    public static final List<String> COLUMNS = List.of("id", "text", "status", "owner", "follow-up", "due date", "overdue",
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
        SpreadsheetCsv csv = SpreadsheetCsv.start(out, COLUMNS);
        for (ActionItem i : items) {
            csv.row(i.id(), neutralised(i.text()), i.status().wireName(), neutralised(owner(i)), neutralised(followUp(i)), i.dueDate(),
                    i.isOverdue(today), neutralised(i.memoTitle()), i.memoDate(), neutralised(i.memoSeries()),
                    neutralised(i.pageTitle()), neutralised(i.spaceKey()), i.source().wireName(), i.removed(),
                    neutralised(urlOf.apply(i)));
        }
        csv.finish();
    }

    /** {@link SpreadsheetCsv#neutralised}. */
    static String neutralised(String value) { return SpreadsheetCsv.neutralised(value); }

    /** Who follows up the item of an owner without an account, when named ({@code ItemPresenter#followUp}'s rule). */
    private String followUp(ActionItem i) {
        return i.assigneeKey() == null && i.followUpKey() != null ? displayNameOfUserKey.apply(i.followUpKey()) : null;
    }

    private String owner(ActionItem i) {
        return i.assigneeKey() != null ? displayNameOfUserKey.apply(i.assigneeKey()) : i.ownerName();
    }
}
