package io.meetingmemo.preview.render;

import javax.xml.stream.XMLStreamReader;

/** Reads attributes of the element a reader is positioned on. */
final class Attributes {
    private Attributes() {
    }

    /** An unprefixed attribute, matched without regard to case as HTML does; null when absent. */
    static String html(XMLStreamReader element, String name) {
        for (int i = 0; i < element.getAttributeCount(); i++) {
            String namespace = element.getAttributeNamespace(i);
            if ((namespace == null || namespace.isEmpty()) && element.getAttributeLocalName(i).equalsIgnoreCase(name)) {
                return element.getAttributeValue(i);
            }
        }
        return null;
    }

    /** An {@code ac:} attribute; null when absent. */
    static String ac(XMLStreamReader element, String name) {
        return namespaced(element, StorageParser.AC_NAMESPACE, name);
    }

    /** An {@code ri:} attribute; null when absent. */
    static String ri(XMLStreamReader element, String name) {
        return namespaced(element, StorageParser.RI_NAMESPACE, name);
    }

    private static String namespaced(XMLStreamReader element, String namespace, String name) {
        for (int i = 0; i < element.getAttributeCount(); i++) {
            if (namespace.equals(element.getAttributeNamespace(i)) && element.getAttributeLocalName(i).equals(name)) {
                return element.getAttributeValue(i);
            }
        }
        return null;
    }
}
