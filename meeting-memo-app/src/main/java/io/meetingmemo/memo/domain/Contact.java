package io.meetingmemo.memo.domain;

/**
 * A contact lead discussed in the meeting ({@code memo-contact}). {@code owner} is the user who keeps
 * the relationship; {@code notes} is the macro body as plain text; {@code registerRef} the contacts register entry the
 * author picked ({@code register-id}), or null.
 */
public record Contact(String key, String name, String organisation, String role, String email, String phone,
                      UserRef owner, String notes, Long registerRef) {
    public Contact(String key, String name, String organisation, String role, String email, String phone, UserRef owner,
                   String notes) {
        this(key, name, organisation, role, email, phone, owner, notes, null);
    }
}
