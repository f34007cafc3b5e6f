package io.meetingmemo.preview.platform;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Fills a content template as Confluence's create-content plugin does: {@code <at:var at:name="x"/>}
 * becomes the context value, escaped, or inserted as storage format with {@code at:rawxhtml="true"}
 * (also spelled {@code at:rawXhtml}); {@code <at:i18n at:key="k"/>} becomes the text in the creator's
 * language. Everything else is copied. A variable the context lacks becomes empty, and no {@code at:}
 * element survives.
 */
public final class BlueprintTemplate {
    private BlueprintTemplate() {}

    public static String fill(String template, Map<String, Object> context, Function<String, String> i18n) {
        try {
            XMLInputFactory in = XMLInputFactory.newFactory();
            in.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
            in.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            in.setProperty(XMLInputFactory.IS_COALESCING, true);
            XMLStreamReader reader = in.createXMLStreamReader(new StringReader("<at-template>" + template + "</at-template>"));
            StringWriter out = new StringWriter();
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = qualified(reader.getPrefix(), reader.getLocalName());
                        if (name.equals("at-template")) break;
                        if (name.equals("at:var")) {
                            Object value = context.get(attribute(reader, "at:name"));
                            String text = value == null ? "" : value.toString();
                            String raw = attribute(reader, "at:rawxhtml");
                            if (raw == null) raw = attribute(reader, "at:rawXhtml");
                            if ("true".equals(raw)) {
                                writer.writeCharacters(""); // closes a pending start tag before the raw markup
                                writer.flush();
                                out.write(text);
                            } else {
                                writer.writeCharacters(text);
                            }
                            skipElement(reader);
                        } else if (name.equals("at:i18n")) {
                            writer.writeCharacters(i18n.apply(attribute(reader, "at:key")));
                            skipElement(reader);
                        } else if (name.startsWith("at:")) {
                            throw new IllegalArgumentException("template element <" + name + "> is not supported");
                        } else {
                            writer.writeStartElement(name);
                            for (int i = 0; i < reader.getAttributeCount(); i++) {
                                writer.writeAttribute(qualified(reader.getAttributePrefix(i), reader.getAttributeLocalName(i)), reader.getAttributeValue(i));
                            }
                            depth++;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (!qualified(reader.getPrefix(), reader.getLocalName()).equals("at-template")) {
                            writer.writeEndElement();
                            depth--;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> writer.writeCharacters(reader.getText());
                    case XMLStreamConstants.CDATA -> writer.writeCData(reader.getText());
                    default -> { /* comments and processing instructions are not content */ }
                }
            }
            if (depth != 0) throw new IllegalArgumentException("template is not balanced");
            writer.flush();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("template is not well-formed: " + e.getMessage(), e);
        }
    }

    private static String attribute(XMLStreamReader reader, String name) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (qualified(reader.getAttributePrefix(i), reader.getAttributeLocalName(i)).equals(name)) return reader.getAttributeValue(i);
        }
        return null;
    }

    /** The name as written, whether or not the reader split off a prefix. */
    private static String qualified(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            if (event == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }
}
