package io.meetingmemo.memo.domain;

import java.util.List;

/**
 * The memos a page body yields, in document order, and what could not be read.
 *
 * @param seriesOverviews the series keys of the page's {@code meeting-series} macros (the page is then a series'
 *                        index page), valid keys only, each once, in document order
 */
public record ParsedPage(List<Memo> memos, List<ParseProblem> problems, List<String> seriesOverviews) {
    public ParsedPage {
        memos = List.copyOf(memos);
        problems = List.copyOf(problems);
        seriesOverviews = List.copyOf(seriesOverviews);
    }

    public ParsedPage(List<Memo> memos, List<ParseProblem> problems) { this(memos, problems, List.of()); }

    public boolean hasMemos() { return !memos.isEmpty(); }
}
