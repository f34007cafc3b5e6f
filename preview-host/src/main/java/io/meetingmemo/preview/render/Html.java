package io.meetingmemo.preview.render;

/** Writes view HTML that is also well-formed XML, so every value from storage is escaped the same way. */
public final class Html {
    private Html() {
    }

    /** Appends {@code text} escaped for element content. */
    static StringBuilder escape(CharSequence text, StringBuilder out) {
        return escape(text, false, out);
    }

    /** {@code text} escaped for element content or a double-quoted attribute alike. */
    public static String escapeAttribute(CharSequence text) {
        return escapeAttribute(text, new StringBuilder(text.length() + 16)).toString();
    }

    /**
     * Appends {@code text} escaped for a double-quoted attribute value. Tabs and line breaks become character
     * references, as XML parsers would otherwise read them as spaces.
     */
    static StringBuilder escapeAttribute(CharSequence text, StringBuilder out) {
        return escape(text, true, out);
    }

    private static StringBuilder escape(CharSequence text, boolean attribute, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\r' -> out.append("&#13;"); // XML would read a raw one as a line feed
                case '\t', '\n' -> {
                    if (attribute) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
                default -> out.append(c);
            }
        }
        return out;
    }

    /** Appends a start tag; {@code attributes} alternates names (written as given) and values (escaped). */
    static StringBuilder startTag(StringBuilder out, String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"");
            escapeAttribute(attributes[i + 1], out).append('"');
        }
        return out.append('>');
    }

    /** Appends {@code <span class="cssClass">text</span>}. */
    static StringBuilder span(StringBuilder out, String cssClass, String text) {
        startTag(out, "span", "class", cssClass);
        return escape(text, out).append("</span>");
    }
}
