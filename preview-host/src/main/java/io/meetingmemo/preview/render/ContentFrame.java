package io.meetingmemo.preview.render;

import javax.xml.stream.XMLStreamReader;

/** Renders its children as view content, inside one output element or, when transparent, inside none. */
final class ContentFrame implements Frame {
    private final StringBuilder out;
    private final RenderContext context;
    private final String endTag;

    private ContentFrame(StringBuilder out, RenderContext context, String endTag) {
        this.out = out;
        this.context = context;
        this.endTag = endTag;
    }

    /** Children rendered with no element around them. */
    static ContentFrame transparent(StringBuilder out, RenderContext context) {
        return new ContentFrame(out, context, "");
    }

    /** Writes the start tag now and the end tag at the end; {@code attributes} as in {@link Html#startTag}. */
    static ContentFrame element(StringBuilder out, RenderContext context, String tag, String... attributes) {
        Html.startTag(out, tag, attributes);
        return new ContentFrame(out, context, "</" + tag + ">");
    }

    @Override
    public Frame openChild(XMLStreamReader element) {
        return context.openContent(element, out);
    }

    @Override
    public void text(String text) {
        Html.escape(text, out);
    }

    @Override
    public void close() {
        out.append(endTag);
    }
}
