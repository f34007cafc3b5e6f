package io.meetingmemo.memo.domain;

/** Whitespace rules of storage-format text: what counts as a space and how text is normalized. */
final class StorageText {

    private StorageText() {}

    /** Also covers the no-break space (U+00A0) and the other Unicode space separators. */
    static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Runs of whitespace become one space; leading and trailing whitespace goes. */
    static String collapse(CharSequence text) {
        StringBuilder collapsed = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isWhitespace(c)) {
                pendingSpace = collapsed.length() > 0;
            } else {
                if (pendingSpace) collapsed.append(' ');
                pendingSpace = false;
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }

    /** The text without leading and trailing whitespace, or null when nothing else is left. */
    static String trimToNull(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && isWhitespace(text.charAt(start))) start++;
        while (end > start && isWhitespace(text.charAt(end - 1))) end--;
        return start == end ? null : text.subSequence(start, end).toString();
    }
}
