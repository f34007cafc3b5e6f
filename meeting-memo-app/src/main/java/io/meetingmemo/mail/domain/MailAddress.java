package io.meetingmemo.mail.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A recipient's address as the app will put it in a mail header: a bare {@code local@domain}, at most 254 characters,
 * with no spaces, quotes, angle brackets, commas, semicolons or control characters. Anything else is refused rather
 * than repaired, so text from a profile or a page can never add a recipient or a header.
 */
public record MailAddress(String value) {
    private static final int MAX_LENGTH = 254;
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public MailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a mail address: " + MailHeaderText.forLog(value));
        }
    }

    /** The address, when {@code text} (trimmed) is one; empty for a missing or malformed address. */
    public static Optional<MailAddress> parse(String text) {
        if (text == null) return Optional.empty();
        String trimmed = text.strip();
        return isValid(trimmed) ? Optional.of(new MailAddress(trimmed)) : Optional.empty();
    }

    private static boolean isValid(String text) {
        return text != null && text.length() <= MAX_LENGTH && ADDRESS.matcher(text).matches()
                && !text.contains("..") && !text.startsWith(".") && !text.contains(".@");
    }

    @Override
    public String toString() {
        return value;
    }
}
