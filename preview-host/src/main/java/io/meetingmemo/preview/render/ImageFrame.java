package io.meetingmemo.preview.render;

import javax.xml.stream.XMLStreamReader;

/** An {@code ac:image}: shown as a placeholder naming its source, so rendering a page never loads anything. */
final class ImageFrame implements Frame {
    private final StringBuilder out;
    private String source;

    ImageFrame(StringBuilder out) {
        this.out = out;
    }

    @Override
    public Frame openChild(XMLStreamReader element) {
        if (StorageParser.RI_NAMESPACE.equals(element.getNamespaceURI())) {
            switch (element.getLocalName()) {
                case "attachment" -> source = Attributes.ri(element, "filename");
                case "url" -> source = Attributes.ri(element, "value");
                default -> { }
            }
        }
        return DiscardFrame.INSTANCE;
    }

    /** An image has no text of its own. */
    @Override
    public void text(String text) {
    }

    @Override
    public void close() {
        Html.span(out, "mm-placeholder", source == null ? "image" : "image: " + source);
    }
}
