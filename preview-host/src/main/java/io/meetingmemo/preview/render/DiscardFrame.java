package io.meetingmemo.preview.render;

import javax.xml.stream.XMLStreamReader;

/** Swallows an element together with everything inside it. */
enum DiscardFrame implements Frame {
    INSTANCE;

    @Override
    public Frame openChild(XMLStreamReader element) {
        return this;
    }

    @Override
    public void text(String text) {
    }

    @Override
    public void close() {
    }
}
