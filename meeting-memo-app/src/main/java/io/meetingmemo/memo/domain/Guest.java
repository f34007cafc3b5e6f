package io.meetingmemo.memo.domain;

/** An attendee without a Confluence account ({@code memo-guest}). Only {@code name} is required. */
public record Guest(String key, String name, String organisation, String role, String email) {}
