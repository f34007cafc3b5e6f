package io.meetingmemo.preview.render;

import javax.xml.stream.XMLStreamReader;

/**
 * One open storage element during conversion. The converter keeps frames on an explicit stack instead of
 * recursing, so nesting depth costs heap, not call stack.
 */
interface Frame {
    /** The frame for a child element; {@code element} is positioned on the child's start tag. */
    Frame openChild(XMLStreamReader element);

    /** Character data directly inside this element. */
    void text(String text);

    /** This element's end tag was read. */
    void close();

    /** Storage broke off inside this element: finish without it, leaving the output balanced. */
    default void abandon() {
        close();
    }
}
