package io.meetingmemo.memo.domain;

import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the meeting memos of a page from its Confluence storage-format body in one streaming pass.
 * It never throws: whatever the body holds, the result is the memos that could be read plus the
 * problems found, each with the line and column in the body. See docs/storage-format.md for the
 * contract. Instances hold no state and may be shared between threads.
 */
public final class StorageFormatParser {

    private static final String ROOT = "meeting-memo-storage-body";
    /**
     * Storage format is an XHTML fragment with undeclared prefixes and HTML entities. The wrapper gives
     * it a root, the ac/ri (and template at) namespaces and the entity declarations. It is one line,
     * so body lines equal document lines and only columns on line 1 need shifting.
     */
    private static final String WRAPPER_PREFIX = wrapperPrefix(HtmlEntities.internalDtdSubset());
    private static final String WRAPPER_SUFFIX = "</" + ROOT + ">";

    private static final BodyPosition WRAPPER_ROOT_POSITION = new BodyPosition(1, 1);
    private static final BodyPosition UNKNOWN_POSITION = new BodyPosition(-1, -1);
    private static final ParsedPage EMPTY = new ParsedPage(List.of(), List.of());
    /** The JDK parser prefixes its messages with a position in the wrapped document; ours replaces it. */
    private static final String JDK_MESSAGE_MARKER = "Message: ";
    /** Never called while the DOCTYPE is only the wrapper's; a second line of defence if that changes. */
    private static final XMLResolver REFUSE_EXTERNAL_RESOURCES = (publicId, systemId, baseUri, namespace) -> {
        throw new XMLStreamException("external resources are not read: " + systemId);
    };
    private static final Pattern UNBOUND_PREFIX = Pattern.compile("#(?:Element|Attribute)PrefixUnbound\\?([^&]*)&(.*)");

    /** Reads the memos of a storage body; null and empty bodies hold none. */
    public ParsedPage parse(String storageBody) {
        // Declaring all 253 entities costs the JDK parser more than reading a 30-item page, and a body
        // references a few of them at most: it gets exactly the declarations it can use.
        if (storageBody == null) return EMPTY;
        String prefix = wrapperPrefix(HtmlEntities.internalDtdSubsetFor(storageBody));
        // Positions appear only in problems, and saved pages rarely have any: read without noting positions,
        // and read again with them only when there is something to point at.
        ParsedPage page = parse(new StringReader(storageBody), prefix, false);
        return page.problems().isEmpty() ? page : parse(new StringReader(storageBody), prefix, true);
    }

    /** Reads the memos of a storage body from a reader, which the caller closes. */
    public ParsedPage parse(Reader storageBody) {
        return storageBody == null ? EMPTY : parse(storageBody, WRAPPER_PREFIX, true);
    }

    private static String wrapperPrefix(String entityDeclarations) {
        return "<!DOCTYPE " + ROOT + " [" + entityDeclarations + "]>"
                + "<" + ROOT
                + " xmlns:ac=\"" + MemoAssembler.AC_NAMESPACE + "\""
                + " xmlns:ri=\"" + MemoAssembler.RI_NAMESPACE + "\""
                + " xmlns:at=\"http://www.atlassian.com/schema/confluence/4/at/\">";
    }

    private ParsedPage parse(Reader storageBody, String wrapperPrefix, boolean trackPositions) {
        WrappedStorageBody input = new WrappedStorageBody(wrapperPrefix, storageBody, WRAPPER_SUFFIX, trackPositions);
        MemoAssembler assembler = new MemoAssembler();
        XMLStreamReader xml = null;
        boolean insideRoot = false;
        try {
            xml = newInputFactory().createXMLStreamReader(input);
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        // The wrapper's root start tag is in the prefix, not in the body.
                        assembler.startElement(xml, insideRoot ? input.nextStartTag() : WRAPPER_ROOT_POSITION);
                        insideRoot = true;
                    }
                    case XMLStreamConstants.END_ELEMENT -> assembler.endElement();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            assembler.characters(xml.getText());
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            assembler.breakOff("the page is not well-formed XML: " + describe(e), positionOf(e.getLocation(), xml, input));
        } catch (RuntimeException e) {
            // The JDK parser signals a few malformed inputs with unchecked exceptions; the contract is never to throw.
            assembler.breakOff("the page could not be read: " + e, positionOf(null, xml, input));
        } finally {
            closeQuietly(xml);
        }
        return assembler.result();
    }

    /**
     * A fresh factory per parse keeps instances shareable without relying on the factory being
     * thread-safe. {@code newDefaultFactory} pins the JDK's own implementation, whatever StAX provider
     * the host application exposes, so that the hardening below and the position reporting hold.
     */
    private static XMLInputFactory newInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        // DTD support is needed for the wrapper's entity declarations. A body cannot add a DOCTYPE of its
        // own: inside the root element it is a well-formedness error.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver(REFUSE_EXTERNAL_RESOURCES);
        // The JDK caps entity expansions at 64,000 per document against "billion laughs". Only the
        // wrapper declares entities, each a single character, so the cap would only break long pages.
        factory.setProperty("jdk.xml.entityExpansionLimit", "0");
        factory.setProperty("jdk.xml.entityReplacementLimit", "0");
        factory.setProperty("jdk.xml.totalEntitySizeLimit", "0");
        return factory;
    }

    /** Where reading stopped: the error's own location, else the reader's, else unknown. */
    private static BodyPosition positionOf(Location errorLocation, XMLStreamReader xml, WrappedStorageBody input) {
        try {
            Location location = errorLocation != null ? errorLocation : xml != null ? xml.getLocation() : null;
            return location != null ? input.bodyPosition(location) : UNKNOWN_POSITION;
        } catch (RuntimeException e) {
            return UNKNOWN_POSITION;
        }
    }

    /** The parser's message without its position in the wrapped document, which would mislead. */
    private static String describe(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int marker = message.indexOf(JDK_MESSAGE_MARKER);
        if (marker >= 0) message = message.substring(marker + JDK_MESSAGE_MARKER.length());
        message = message.trim();
        Matcher unbound = UNBOUND_PREFIX.matcher(message);
        if (unbound.find()) {
            return "the prefix \"" + unbound.group(1) + "\" of \"" + unbound.group(2)
                    + "\" is not declared (storage format knows ac:, ri: and at:)";
        }
        if (message.startsWith("Scanner State")) {
            return "markup that is not allowed inside a page body, such as a DOCTYPE";
        }
        return message;
    }

    private static void closeQuietly(XMLStreamReader xml) {
        if (xml == null) return;
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Closing releases nothing the result depends on.
        }
    }
}
