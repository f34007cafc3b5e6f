package io.meetingmemo.preview.render;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The preview host's counterpart of Confluence's {@code XhtmlContent.convertStorageToView}: turns a page body in
 * storage format into safe view HTML, which is also well-formed XML, and asks the host to render macros.
 * Everything from storage is untrusted and is escaped or dropped; macro handler output is trusted and kept as is.
 */
public final class StorageToViewConverter {
    private final DateTimeFormatter dateFormat;

    /** @param locale locale for formatting {@code <time>} dates */
    public StorageToViewConverter(Locale locale) {
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Objects.requireNonNull(locale, "locale"));
    }

    /** Never throws for bad storage: malformed input renders what was read plus a visible, escaped error note. */
    public String convert(String storage, MacroHandler macros, UserDirectory users) {
        Objects.requireNonNull(macros, "macros");
        Objects.requireNonNull(users, "users");
        String body = storage == null ? "" : storage;
        StringBuilder view = new StringBuilder(body.length() + 64);
        RenderContext context = new RenderContext(macros, users, dateFormat);
        Deque<Frame> open = new ArrayDeque<>();
        XMLStreamReader reader = null;
        try {
            reader = StorageParser.open(body);
            convert(reader, open, view, context);
        } catch (XMLStreamException e) {
            while (!open.isEmpty()) {
                open.pop().abandon();
            }
            StorageParser.Position position = StorageParser.positionInBody(e.getLocation());
            view.append("<div class=\"mm-render-error\">This page could not be read completely (line ")
                    .append(position.line()).append(", column ").append(position.column()).append(").</div>");
        } finally {
            closeQuietly(reader);
        }
        return view.toString();
    }

    private static void convert(XMLStreamReader reader, Deque<Frame> open, StringBuilder view, RenderContext context)
            throws XMLStreamException {
        while (reader.hasNext()) {
            switch (reader.next()) {
                // The first element is the synthetic root around the body.
                case XMLStreamConstants.START_ELEMENT -> open.push(open.isEmpty()
                        ? ContentFrame.transparent(view, context) : open.peek().openChild(reader));
                case XMLStreamConstants.END_ELEMENT -> open.pop().close();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    // Past the root only the parser's verdict on the rest matters, not its whitespace.
                    if (!open.isEmpty()) {
                        open.peek().text(reader.getText());
                    }
                }
                default -> { } // comments and processing instructions are not content
            }
        }
    }

    private static void closeQuietly(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Nothing is left to release: the reader reads from a string.
        }
    }
}
