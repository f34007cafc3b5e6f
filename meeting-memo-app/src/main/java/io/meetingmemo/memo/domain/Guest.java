package io.meetingmemo.memo.domain;

/**
 * An attendee without a Confluence account ({@code memo-guest}). Only {@code name} is required.
 *
 * @param registerRef the contacts register entry the author picked in the macro browser ({@code register-id}), or null
 */
public record Guest(String key, String name, String organisation, String role, String email, Long registerRef) {
    public Guest(String key, String name, String organisation, String role, String email) {
        this(key, name, organisation, role, email, null);
    }
}
