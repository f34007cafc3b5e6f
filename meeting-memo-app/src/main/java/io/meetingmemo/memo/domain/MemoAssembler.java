package io.meetingmemo.memo.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;

/**
 * Turns the StAX events of one storage body into memos. It keeps an explicit stack of open elements
 * instead of recursing, so arbitrarily deep nesting costs heap, not call stack. Each open element
 * knows where the character data directly inside it belongs: a memo parameter, an item body, or
 * nowhere.
 */
final class MemoAssembler {

    static final String AC_NAMESPACE = "http://www.atlassian.com/schema/confluence/4/ac/";
    static final String RI_NAMESPACE = "http://www.atlassian.com/schema/confluence/4/ri/";
    private static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

    /** Elements that separate words even when the storage has no whitespace between them. */
    private static final Set<String> HTML_BLOCKS = Set.of("p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot", "caption", "tr", "td", "th",
            "blockquote", "pre");
    private static final Set<String> AC_BLOCKS = Set.of("layout", "layout-section", "layout-cell", "task-list");

    private final Deque<Frame> openElements = new ArrayDeque<>();
    private final List<Memo> memos = new ArrayList<>();
    private final List<ParseProblem> problems = new ArrayList<>();
    private final PageKeys keys = new PageKeys();
    /** Series keys of the page's {@code meeting-series} macros. */
    private final Set<String> seriesOverviews = new LinkedHashSet<>();
    /** The decisions whose bodies are open, innermost first: actions and tasks read now are written inside the first. */
    private final Deque<ItemDraft> openDecisions = new ArrayDeque<>();
    /** The memo being read, or null outside memos. */
    private MemoDraft memo;

    MemoAssembler() {
        openElements.push(new PlainElement(null, false));
    }

    void startElement(XMLStreamReader xml, BodyPosition at) {
        Frame parent = openElements.peek();
        String namespace = xml.getNamespaceURI();
        String name = xml.getLocalName();
        Frame frame;
        if (AC_NAMESPACE.equals(namespace)) {
            frame = startConfluenceElement(xml, name, parent, at);
        } else if (RI_NAMESPACE.equals(namespace)) {
            if ("user".equals(name) && parent.text() != null) {
                UserRef user = userOf(xml);
                if (user != null) parent.text().user(user);
            }
            frame = new PlainElement(parent.text(), false);
        } else if (isHtml(namespace)) {
            if ("time".equals(name) && parent.text() != null) {
                String datetime = xml.getAttributeValue(null, "datetime");
                if (datetime != null) parent.text().time(datetime, at);
            }
            frame = new PlainElement(parent.text(), HTML_BLOCKS.contains(name));
        } else {
            frame = new PlainElement(parent.text(), false);
        }
        if (frame.blockBoundary() && frame.text() != null) frame.text().append(" ");
        openElements.push(frame);
    }

    void endElement() {
        Frame frame = openElements.pop();
        if (frame.blockBoundary() && frame.text() != null) frame.text().append(" ");
        if (frame instanceof ParameterElement parameter) {
            parameter.target().putIfAbsent(parameter.value().name(), parameter.value());
        } else if (frame instanceof ItemElement item) {
            item.item().markComplete();
            if (item.item().kind() == ItemDraft.Kind.DECISION) openDecisions.pop();
        } else if (frame instanceof TaskElement task) {
            task.item().markComplete();
        } else if (frame instanceof SeriesOverviewElement overview) {
            ParameterValue series = overview.parameters().get("series");
            String key = series == null ? null : series.text();
            if (key != null && io.meetingmemo.series.domain.SeriesKey.isValid(key)) seriesOverviews.add(key);
        } else if (frame instanceof MemoElement) {
            memos.add(memo.finish(keys, problems));
            memo = null;
            openDecisions.clear();
        }
    }

    void characters(String text) {
        ContentSink sink = openElements.peek().text();
        if (sink != null) sink.append(text);
    }

    /** The XML broke off at {@code at}: records why and keeps the open memo with what it had so far. */
    void breakOff(String message, BodyPosition at) {
        problems.add(new ParseProblem(message, at.line(), at.column(), null));
        if (memo != null) {
            memos.add(memo.finishBrokenOff(keys, problems, at));
            memo = null;
            openDecisions.clear();
        }
    }

    private static String name(Memo m) { return m.title() != null ? "\"" + m.title() + "\"" : m.key(); }

    /** The memos in document order and the problems ordered by where they occur. */
    ParsedPage result() {
        List<ParseProblem> ordered = new ArrayList<>(problems);
        // Teams keep a year of a series' meetings on one page, which is fine: carried items are those of earlier
        // days. Two memos of one series on the same day (or both undated) cannot be told apart by the next meeting
        // or the carried items. Both stay in the series; the author is told.
        Map<String, Memo> firstOfMeeting = new HashMap<>();
        for (Memo m : memos) {
            if (m.meetingKey() == null) continue;
            Memo first = firstOfMeeting.putIfAbsent(m.meetingKey(), m);
            if (first != null) {
                ordered.add(new ParseProblem("memo " + name(m) + " is a second memo of series \"" + m.series() + "\" "
                        + (m.date() == null ? "without a date" : "on " + m.date()) + " on this page (after " + name(first)
                        + "); give each meeting its own date", -1, -1, m.key()));
            }
        }
        ordered.sort(Comparator.comparingInt((ParseProblem problem) -> sortableLine(problem.line()))
                .thenComparingInt(ParseProblem::column));
        return new ParsedPage(memos, ordered, List.copyOf(seriesOverviews));
    }

    /** Problems without a known line go last. */
    private static int sortableLine(int line) {
        return line > 0 ? line : Integer.MAX_VALUE;
    }

    private Frame startConfluenceElement(XMLStreamReader xml, String name, Frame parent, BodyPosition at) {
        switch (name) {
            case "structured-macro":
                return startMacro(xml, parent, at);
            case "parameter":
                if (parent instanceof MemoElement) {
                    return new ParameterElement(memo.parameters(), new ParameterValue(parameterName(xml), at));
                }
                if (parent instanceof ItemElement item) {
                    return new ParameterElement(item.item().parameters(), new ParameterValue(parameterName(xml), at));
                }
                if (parent instanceof SeriesOverviewElement overview) {
                    return new ParameterElement(overview.parameters(), new ParameterValue(parameterName(xml), at));
                }
                // Parameters of other macros configure them; they are not content.
                return new PlainElement(null, false);
            case "rich-text-body", "plain-text-body":
                if (parent instanceof MemoElement) return new PlainElement(null, false);
                if (parent instanceof ItemElement item) return new PlainElement(item.item().body(), true);
                if (parent instanceof ForeignMacro foreign) return new PlainElement(foreign.enclosingText(), true);
                return new PlainElement(parent.text(), false);
            case "task":
                if (memo == null) return new PlainElement(parent.text(), true);
                return new TaskElement(startItem(ItemDraft.Kind.TASK, null, at));
            case "task-id":
                return parent instanceof TaskElement task ? new PlainElement(task.item().taskId(), false)
                        : new PlainElement(parent.text(), false);
            case "task-status":
                return parent instanceof TaskElement task ? new PlainElement(task.item().taskStatus(), false)
                        : new PlainElement(parent.text(), false);
            case "task-body":
                return parent instanceof TaskElement task ? new PlainElement(task.item().body(), true)
                        : new PlainElement(parent.text(), true);
            case "placeholder":
                // Instructions shown only while editing, not content.
                return new PlainElement(null, false);
            default:
                return new PlainElement(parent.text(), AC_BLOCKS.contains(name));
        }
    }

    private Frame startMacro(XMLStreamReader xml, Frame parent, BodyPosition at) {
        String macroName = xml.getAttributeValue(AC_NAMESPACE, "name");
        String macroId = StorageText.trimToNull(nullToEmpty(xml.getAttributeValue(AC_NAMESPACE, "macro-id")));
        if ("meeting-memo".equals(macroName)) {
            if (memo == null) {
                memo = new MemoDraft(macroId, at);
                return new MemoElement();
            }
            memo.nestedMemoAt(at);
            return new ForeignMacro(parent.text());
        }
        if ("meeting-series".equals(macroName)) return new SeriesOverviewElement(new HashMap<>());
        ItemDraft.Kind kind = ItemDraft.Kind.ofMacro(macroName);
        if (kind != null && memo != null) {
            ItemDraft item = startItem(kind, macroId, at);
            if (kind == ItemDraft.Kind.DECISION) openDecisions.push(item);
            return new ItemElement(item);
        }
        return new ForeignMacro(parent.text());
    }

    /** An item of the open memo; an action or task inside a decision's body is linked to that decision. */
    private ItemDraft startItem(ItemDraft.Kind kind, String macroId, BodyPosition at) {
        ItemDraft item = memo.startItem(kind, macroId, at);
        if ((kind == ItemDraft.Kind.ACTION || kind == ItemDraft.Kind.TASK) && !openDecisions.isEmpty()) {
            item.writtenInside(openDecisions.peek());
        }
        return item;
    }

    private static String parameterName(XMLStreamReader xml) {
        return nullToEmpty(xml.getAttributeValue(AC_NAMESPACE, "name")).trim();
    }

    /** The user an {@code <ri:user/>} names, or null when it has neither a user key nor a username. */
    private static UserRef userOf(XMLStreamReader xml) {
        String userKey = StorageText.trimToNull(nullToEmpty(xml.getAttributeValue(RI_NAMESPACE, "userkey")));
        String username = StorageText.trimToNull(nullToEmpty(xml.getAttributeValue(RI_NAMESPACE, "username")));
        return userKey != null || username != null ? new UserRef(userKey, username) : null;
    }

    /** Storage format is XHTML without a declared default namespace; accept an explicit one too. */
    private static boolean isHtml(String namespace) {
        return namespace == null || namespace.isEmpty() || XHTML_NAMESPACE.equals(namespace);
    }

    private static String nullToEmpty(String text) { return text == null ? "" : text; }

    /** An open element, as far as reading memos is concerned. */
    private sealed interface Frame permits PlainElement, MemoElement, ItemElement, ForeignMacro, ParameterElement,
            TaskElement, SeriesOverviewElement {

        /** Where character data directly inside this element goes; null when it is not content. */
        ContentSink text();

        /** Whether the element separates words: a space goes into the text at its start and end. */
        default boolean blockBoundary() { return false; }
    }

    private record PlainElement(ContentSink text, boolean blockBoundary) implements Frame {}

    /** The {@code meeting-memo} macro being read; the draft is {@link #memo}. */
    private record MemoElement() implements Frame {
        @Override public ContentSink text() { return null; }
    }

    /** A {@code meeting-series} macro: its parameters name the series whose index page this is. */
    private record SeriesOverviewElement(Map<String, ParameterValue> parameters) implements Frame {
        @Override public ContentSink text() { return null; }
    }

    /** A guest, contact, decision or action macro inside a memo. */
    private record ItemElement(ItemDraft item) implements Frame {
        @Override public ContentSink text() { return null; }
    }

    /** Any other macro: its body still counts towards whatever encloses the macro. */
    private record ForeignMacro(ContentSink enclosingText) implements Frame {
        @Override public ContentSink text() { return null; }
    }

    private record ParameterElement(Map<String, ParameterValue> target, ParameterValue value) implements Frame {
        @Override public ContentSink text() { return value; }
    }

    /** A native task inside a memo. */
    private record TaskElement(ItemDraft item) implements Frame {
        @Override public ContentSink text() { return null; }
    }
}
