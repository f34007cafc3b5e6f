package io.meetingmemo.decision.export;

import io.meetingmemo.decision.domain.DecisionFinder;
import static io.meetingmemo.actionitem.export.SpreadsheetCsv.neutralised;

import io.meetingmemo.actionitem.export.SpreadsheetCsv;
import io.meetingmemo.decision.app.DecisionLog;
import io.meetingmemo.decision.domain.DecisionRecord;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The decision log as CSV, by the app's CSV rules ({@link SpreadsheetCsv}, those of the action-item export): every
 * text cell people wrote (decision, tags, memo title, series, page title, space key, URL) is neutralised against
 * formula injection; the id, dates, action item ids and flags are the app's own.
 */
public final class DecisionCsv {
    public static final List<String> COLUMNS = List.of("id", "decision", "tags", "memo", "memo date", "series", "page", "space",
            "action items", "url");

    private final Function<DecisionRecord, String> urlOf;
    private final UnaryOperator<String> shownText;

    /** @param shownText a decision's text as the one presenter shows it (mentions as display names) */
    public DecisionCsv(Function<DecisionRecord, String> urlOf, UnaryOperator<String> shownText) {
        this.urlOf = urlOf;
        this.shownText = shownText;
    }

    public void write(Iterable<DecisionFinder.Listed> decisions, Writer out) {
        SpreadsheetCsv csv = SpreadsheetCsv.start(out, COLUMNS);
        for (DecisionFinder.Listed listed : decisions) {
            DecisionRecord d = listed.decision().decision();
            csv.row(listed.decision().id(), neutralised(shownText.apply(d.text())), neutralised(String.join(", ", d.tags())), neutralised(d.memoTitle()),
                    d.memoDate(), neutralised(d.series()), neutralised(d.pageTitle()), neutralised(d.spaceKey()),
                    listed.actionItemIds().stream().map(String::valueOf).collect(Collectors.joining(" ")), neutralised(urlOf.apply(d)));
        }
        csv.finish();
    }
}
