package io.meetingmemo.preview.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamReader;

/** What the frames of one conversion share: the host's callbacks, the date format, and the rules for content. */
final class RenderContext {
    /** Storage leaves HTML elements without namespace; XHTML pasted with its namespace is HTML all the same. */
    private static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";
    /** HTML elements kept as they are, without any of their attributes. */
    private static final Set<String> PLAIN_ELEMENTS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "table", "thead", "tbody", "tfoot", "tr", "colgroup",
            "strong", "b", "em", "i", "u", "s", "del", "ins", "sub", "sup", "code", "pre", "blockquote",
            "span", "div");
    private static final Set<String> VOID_ELEMENTS = Set.of("br", "hr", "col");
    /** Elements whose content is code, styling or a form, never page text: dropped whole, in any namespace. */
    private static final Set<String> DROPPED_ELEMENTS = Set.of(
            "script", "style", "iframe", "object", "embed", "form", "input", "textarea", "select", "button",
            "link", "meta", "base", "svg", "math");
    private static final Map<String, String> EMOTICONS = Map.of(
            "smile", "\u263A", "tick", "\u2713", "cross", "\u2717",
            "warning", "\u26A0", "information", "\u2139", "star", "\u2605");
    private static final Pattern CELL_SPAN = Pattern.compile("[0-9]{1,4}");
    private static final int MAX_CELL_SPAN = 1000;

    private final MacroHandler macros;
    private final UserDirectory users;
    private final DateTimeFormatter dateFormat;

    RenderContext(MacroHandler macros, UserDirectory users, DateTimeFormatter dateFormat) {
        this.macros = macros;
        this.users = users;
        this.dateFormat = dateFormat;
    }

    MacroHandler macros() {
        return macros;
    }

    UserDirectory users() {
        return users;
    }

    /** The frame for an element in view content, writing to {@code out}. */
    Frame openContent(XMLStreamReader element, StringBuilder out) {
        String namespace = element.getNamespaceURI();
        String name = element.getLocalName();
        Frame known = null;
        if (StorageParser.AC_NAMESPACE.equals(namespace)) {
            known = openConfluenceElement(name, element, out);
        } else if (namespace == null || namespace.isEmpty() || XHTML_NAMESPACE.equals(namespace)) {
            known = openHtmlElement(name.toLowerCase(Locale.ROOT), element, out);
        }
        if (known != null) {
            return known;
        }
        // Anything else shows its text but never its markup.
        return DROPPED_ELEMENTS.contains(name.toLowerCase(Locale.ROOT)) ? DiscardFrame.INSTANCE
                : ContentFrame.transparent(out, this);
    }

    private Frame openConfluenceElement(String name, XMLStreamReader element, StringBuilder out) {
        return switch (name) {
            case "structured-macro", "macro" ->
                    new MacroFrame(out, this, Attributes.ac(element, "name"), Attributes.ac(element, "macro-id"));
            case "link" -> new LinkFrame(out, users);
            case "image" -> new ImageFrame(out);
            case "task-list" -> ContentFrame.element(out, this, "ul", "class", "mm-tasks");
            case "task" -> new TaskFrame(out, this);
            case "layout" -> ContentFrame.element(out, this, "div", "class", "mm-layout");
            case "layout-section" -> ContentFrame.element(out, this, "div", "class", "mm-layout-section");
            case "layout-cell" -> ContentFrame.element(out, this, "div", "class", "mm-layout-cell");
            case "emoticon" -> {
                String emoticon = Attributes.ac(element, "name");
                out.append(emoticon == null ? "" : EMOTICONS.getOrDefault(emoticon, ""));
                yield DiscardFrame.INSTANCE;
            }
            default -> null;
        };
    }

    private Frame openHtmlElement(String name, XMLStreamReader element, StringBuilder out) {
        if (PLAIN_ELEMENTS.contains(name)) {
            return ContentFrame.element(out, this, name);
        }
        if (VOID_ELEMENTS.contains(name)) {
            // Anything storage nests in a void element still counts as content, after it.
            out.append('<').append(name).append("/>");
            return ContentFrame.transparent(out, this);
        }
        return switch (name) {
            case "td", "th" -> ContentFrame.element(out, this, name, cellSpans(element));
            case "a" -> UrlPolicy.safeHref(Attributes.html(element, "href"))
                    .map(href -> ContentFrame.element(out, this, "a", "href", href, "rel", "nofollow noopener"))
                    .orElseGet(() -> ContentFrame.transparent(out, this));
            case "time" -> {
                String datetime = Attributes.html(element, "datetime");
                yield TextCapture.of(content -> writeTime(datetime, content, out));
            }
            default -> null;
        };
    }

    private static String[] cellSpans(XMLStreamReader cell) {
        List<String> attributes = new ArrayList<>(4);
        for (String span : List.of("colspan", "rowspan")) {
            String value = cellSpan(Attributes.html(cell, span));
            if (value != null) {
                attributes.add(span);
                attributes.add(value);
            }
        }
        return attributes.toArray(String[]::new);
    }

    /** A span between 1 and 1000 in canonical form, or null for anything else. */
    private static String cellSpan(String value) {
        if (value == null || !CELL_SPAN.matcher(value.trim()).matches()) {
            return null;
        }
        int span = Integer.parseInt(value.trim());
        return span >= 1 && span <= MAX_CELL_SPAN ? Integer.toString(span) : null;
    }

    /** A valid date becomes a localized {@code <time>}; anything else shows the raw value as text. */
    private void writeTime(String datetime, String content, StringBuilder out) {
        Optional<LocalDate> date = parseDate(datetime);
        if (date.isPresent()) {
            Html.startTag(out, "time", "datetime", date.get().toString());
            Html.escape(dateFormat.format(date.get()), out).append("</time>");
        } else {
            Html.escape(datetime == null || datetime.isBlank() ? content : datetime, out);
        }
    }

    private static Optional<LocalDate> parseDate(String datetime) {
        if (datetime == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(datetime.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
