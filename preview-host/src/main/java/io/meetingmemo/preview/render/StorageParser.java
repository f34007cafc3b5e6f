package io.meetingmemo.preview.render;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a storage body, an XHTML fragment with undeclared {@code ac:}/{@code ri:} prefixes and HTML entities,
 * as the content of a synthetic root whose internal DTD subset declares those entities.
 */
final class StorageParser {
    static final String AC_NAMESPACE = "http://www.atlassian.com/schema/confluence/4/ac/";
    static final String RI_NAMESPACE = "http://www.atlassian.com/schema/confluence/4/ri/";

    private static final String ROOT = "mm-storage";
    /** Declaring these again would need double escaping; XML knows them already, and {@code apos} too. */
    private static final Set<String> XML_PREDEFINED = Set.of("amp", "lt", "gt", "quot", "apos");
    /** On a single line, so a body's line numbers are the document's and only line 1 is shifted. */
    private static final String PROLOGUE = "<!DOCTYPE " + ROOT + " [" + entityDeclarations() + "]><" + ROOT
            + " xmlns:ac=\"" + AC_NAMESPACE + "\" xmlns:ri=\"" + RI_NAMESPACE + "\">";
    private static final String EPILOGUE = "</" + ROOT + ">";

    private StorageParser() {
    }

    /** A position in the storage body, both counted from 1. */
    record Position(int line, int column) {
    }

    /** A reader whose first element is the synthetic root around {@code body}. */
    static XMLStreamReader open(String body) throws XMLStreamException {
        return hardenedFactory().createXMLStreamReader(new StringReader(PROLOGUE + body + EPILOGUE));
    }

    /** Where in the body a position of the parsed document lies; the body's start when the parser gave none. */
    static Position positionInBody(Location location) {
        if (location == null) {
            return new Position(1, 1);
        }
        int line = Math.max(1, location.getLineNumber());
        int column = line == 1 ? location.getColumnNumber() - PROLOGUE.length() : location.getColumnNumber();
        return new Position(line, Math.max(1, column));
    }

    private static XMLInputFactory hardenedFactory() {
        // The JDK's own parser, whichever StAX implementation the class path offers: the limits below are its names.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // DTD support is on only for our own internal subset: a body cannot declare anything, since a DOCTYPE
        // inside the root element is not well-formed.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("Storage may not load external resources: " + systemId);
        });
        // The JDK caps entity references at 64,000 per document against entity bombs; our entities are flat
        // character references, so the cap could only reject honest long pages.
        factory.setProperty("jdk.xml.entityExpansionLimit", "0");
        factory.setProperty("jdk.xml.totalEntitySizeLimit", "0");
        // The converter walks any depth iteratively: a JVM-wide depth cap (system property or jaxp.properties,
        // both overridden here) must not cut deep pages short.
        factory.setProperty("jdk.xml.maxElementDepth", "0");
        return factory;
    }

    private static String entityDeclarations() {
        StringBuilder declarations = new StringBuilder(HtmlEntities.CODE_POINTS.size() * 24);
        for (Map.Entry<String, Integer> entity : HtmlEntities.CODE_POINTS.entrySet()) {
            if (!XML_PREDEFINED.contains(entity.getKey())) {
                declarations.append("<!ENTITY ").append(entity.getKey())
                        .append(" \"&#").append(entity.getValue()).append(";\">");
            }
        }
        return declarations.toString();
    }
}
