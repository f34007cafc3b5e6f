package io.meetingmemo.mail.domain;

/**
 * Text from people (a page title, a name, a series) made safe for a single mail header line: every control character
 * (CR and LF above all, which would start a new header) becomes a space, runs of white space collapse, and the result
 * is cut to a length mail clients show whole. The mail library encodes non-ASCII text itself.
 */
public final class MailHeaderText {
    /** Long enough for "[Series] Memo title — 3 items due", short enough for any client's subject line. */
    public static final int MAX_LENGTH = 200;

    private MailHeaderText() {
    }

    public static String of(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 1));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() <= MAX_LENGTH; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean blank = Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)
                    || cp == 0x2028 || cp == 0x2029 || cp == 0x85 || Character.getType(cp) == Character.FORMAT;
            if (blank) {
                space = out.length() > 0;
                continue;
            }
            if (space) out.append(' ');
            space = false;
            out.appendCodePoint(cp);
        }
        if (out.length() > MAX_LENGTH) {
            int cut = MAX_LENGTH - 1;
            if (Character.isLowSurrogate(out.charAt(cut))) cut--;
            out.setLength(cut);
            out.append('…');
        }
        return out.toString();
    }

    /** A short, single-line rendering of untrusted text for log and error messages. */
    static String forLog(String text) {
        if (text == null) return "null";
        String line = of(text);
        return '"' + (line.length() > 60 ? line.substring(0, 60) + "…" : line) + '"';
    }
}
