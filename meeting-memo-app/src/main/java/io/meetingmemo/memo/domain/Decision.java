package io.meetingmemo.memo.domain;

/** A decision recorded in the memo ({@code memo-decision}); {@code text} is its body as plain text. */
public record Decision(String key, String text) {}
