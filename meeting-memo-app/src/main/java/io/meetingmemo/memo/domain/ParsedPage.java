package io.meetingmemo.memo.domain;

import java.util.List;

/** The memos a page body yields, in document order, and what could not be read. */
public record ParsedPage(List<Memo> memos, List<ParseProblem> problems) {
    public ParsedPage {
        memos = List.copyOf(memos);
        problems = List.copyOf(problems);
    }

    public boolean hasMemos() { return !memos.isEmpty(); }
}
