package io.meetingmemo.memo.domain;

/**
 * A contact lead discussed in the meeting ({@code memo-contact}). {@code owner} is the user who keeps
 * the relationship; {@code notes} is the macro body as plain text.
 */
public record Contact(String key, String name, String organisation, String role, String email, String phone,
                      UserRef owner, String notes) {}
