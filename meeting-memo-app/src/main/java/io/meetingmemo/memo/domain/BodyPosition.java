package io.meetingmemo.memo.domain;

/** A 1-based line and column in the storage body as the author sees it (not in the parser's wrapper). */
record BodyPosition(int line, int column) {}
