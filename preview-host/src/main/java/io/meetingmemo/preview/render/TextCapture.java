package io.meetingmemo.preview.render;

import java.util.function.Consumer;
import javax.xml.stream.XMLStreamReader;

/** Collects the text inside an element, dropping its markup, and hands the text over at the end tag. */
final class TextCapture implements Frame {
    private final StringBuilder text;
    /** Null for an element nested in the capture: its text belongs to the capture around it. */
    private final Consumer<String> whenComplete;

    private TextCapture(StringBuilder text, Consumer<String> whenComplete) {
        this.text = text;
        this.whenComplete = whenComplete;
    }

    static TextCapture of(Consumer<String> whenComplete) {
        return new TextCapture(new StringBuilder(), whenComplete);
    }

    /** A capture adding to {@code text}, which its owner reads at its own end. */
    static TextCapture into(StringBuilder text) {
        return new TextCapture(text, null);
    }

    @Override
    public Frame openChild(XMLStreamReader element) {
        return into(text);
    }

    @Override
    public void text(String characters) {
        text.append(characters);
    }

    @Override
    public void close() {
        if (whenComplete != null) {
            whenComplete.accept(text.toString());
        }
    }
}
