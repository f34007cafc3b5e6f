package io.meetingmemo.memo.domain;

/**
 * Something the parser could not read as written. Problems never stop a page save; callers log them
 * and authors see them in view mode.
 *
 * @param line   1-based line in the storage body, or -1 when unknown
 * @param column 1-based column, or -1 when unknown
 * @param memoKey the memo the problem belongs to, or null
 */
public record ParseProblem(String message, int line, int column, String memoKey) {
    @Override public String toString() {
        return (line > 0 ? "line " + line + ", column " + column + ": " : "") + message;
    }
}
