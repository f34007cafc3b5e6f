package io.meetingmemo.series.domain;

/**
 * The name a memo gives its series in its {@code series} parameter, which is also the series' key in the register and
 * in REST paths ({@code /series/{key}}). Keys are compared exactly as written. A key is 1 to {@value #MAX_LENGTH}
 * letters (any alphabet), digits, spaces and {@code - _ . ( )}, and starts and ends with a letter or digit: a slash,
 * quote, angle bracket, question mark or hash would break a link to the series or read as markup.
 */
public final class SeriesKey {
    public static final int MAX_LENGTH = 100;
    public static final String RULE = "letters, digits, spaces and - _ . ( ), starting and ending with a letter or digit, at most "
            + MAX_LENGTH + " characters";

    private SeriesKey() {}

    /** Why {@code key} cannot be a series key, or null when it can. */
    public static String problem(String key) {
        if (key == null || key.isEmpty()) return "a series key is empty";
        if (key.length() > MAX_LENGTH) return "a series key has " + key.length() + " characters, more than " + MAX_LENGTH;
        if (!Character.isLetterOrDigit(key.codePointAt(0)) || !Character.isLetterOrDigit(key.codePointBefore(key.length()))) {
            return "a series key starts and ends with a letter or digit";
        }
        for (int i = 0; i < key.length(); ) {
            int c = key.codePointAt(i);
            boolean allowed = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK || " -_.()".indexOf(c) >= 0;
            if (!allowed) {
                return "a series key may not contain \"" + new String(Character.toChars(c)) + "\" (allowed: " + RULE + ")";
            }
            i += Character.charCount(c);
        }
        return null;
    }

    public static boolean isValid(String key) { return problem(key) == null; }
}
