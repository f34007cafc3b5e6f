package io.meetingmemo.preview.render;

import javax.xml.stream.XMLStreamReader;

/**
 * An {@code ac:task}: a list item with a read-only checkbox that shows whether the task is complete. The item is
 * written as soon as its content begins, with the status read so far (storage puts the status first), so nested
 * task lists stream through without being copied at every level.
 */
final class TaskFrame implements Frame {
    private final StringBuilder out;
    private final RenderContext context;
    private String status = "";
    private boolean itemStarted;

    TaskFrame(StringBuilder out, RenderContext context) {
        this.out = out;
        this.context = context;
    }

    @Override
    public Frame openChild(XMLStreamReader element) {
        if (!StorageParser.AC_NAMESPACE.equals(element.getNamespaceURI())) {
            return DiscardFrame.INSTANCE;
        }
        return switch (element.getLocalName()) {
            case "task-status" -> itemStarted ? DiscardFrame.INSTANCE : TextCapture.of(text -> status = text);
            case "task-body" -> {
                startItem();
                yield ContentFrame.transparent(out, context);
            }
            // ac:task-id and the like identify the task; they are not content.
            default -> DiscardFrame.INSTANCE;
        };
    }

    /** Text outside ac:task-body is still what the task says; whitespace between its parts is not. */
    @Override
    public void text(String text) {
        if (itemStarted || !text.isBlank()) {
            startItem();
            Html.escape(text, out);
        }
    }

    @Override
    public void close() {
        startItem();
        out.append("</li>");
    }

    private void startItem() {
        if (itemStarted) {
            return;
        }
        itemStarted = true;
        boolean done = status.trim().equals("complete");
        Html.startTag(out, "li", "class", done ? "mm-task mm-task-done" : "mm-task mm-task-open");
        out.append(done ? "<input type=\"checkbox\" disabled=\"disabled\" checked=\"checked\"/> "
                : "<input type=\"checkbox\" disabled=\"disabled\"/> ");
    }
}
