package io.meetingmemo.contact.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a name the register compares, so that one organisation or person written a little differently in two
 * memos is one entry: letters without their accents (ä and a, å and a, é and e), lower case, punctuation and dashes as
 * spaces, runs of spaces as one. "OP-Pohjola", "op pohjola" and "OP  Pohjola" share a key; "Sanoma WSOY" and
 * "Sanoma Oy" do not.
 */
public final class NameKey {
    public static final int MAX_LENGTH = 200;

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) return "";
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) continue;
            if (Character.isLetterOrDigit(cp)) {
                if (space && key.length() > 0) key.append(' ');
                space = false;
                key.appendCodePoint(Character.toLowerCase(cp));
            } else {
                space = true;
            }
        }
        String result = key.toString().toLowerCase(Locale.ROOT);
        return result.length() > MAX_LENGTH ? result.substring(0, MAX_LENGTH) : result;
    }
}
