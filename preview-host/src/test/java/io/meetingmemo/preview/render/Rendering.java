package io.meetingmemo.preview.render;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Test fixtures: every conversion made through here is checked to be well-formed XML. */
final class Rendering {
    static final StorageToViewConverter UK_CONVERTER = new StorageToViewConverter(Locale.UK);

    private Rendering() {
    }

    /** Converts with British dates, macros that render as {@code <div class="macro">body</div>}, and no known users. */
    static String render(String storage) {
        return render(storage, new RecordingMacros(), new Users());
    }

    static String render(String storage, MacroHandler macros, UserDirectory users) {
        return render(UK_CONVERTER, storage, macros, users);
    }

    static String render(StorageToViewConverter converter, String storage, MacroHandler macros, UserDirectory users) {
        String view = converter.convert(storage, macros, users);
        parseView(view);
        return view;
    }

    /** Parses view HTML, wrapped in a root, with a strict XML parser that rejects any DOCTYPE; fails the test if it is not well-formed. */
    static Document parseView(String view) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void warning(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader("<view>" + view + "</view>")));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            fail("view is not well-formed XML (" + e.getMessage() + "): " + abbreviate(view));
            throw new AssertionError(e);
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "… (" + text.length() + " chars)";
    }

    /** One call the converter made to a macro handler. */
    record MacroCall(String name, String macroId, Map<String, String> parameters, String body) {
    }

    /** Records calls; renders each macro through a function of the call, by default {@code <div class="macro">body</div>}. */
    static final class RecordingMacros implements MacroHandler {
        final List<MacroCall> calls = new ArrayList<>();
        private final Function<MacroCall, String> output;

        RecordingMacros() {
            this(call -> "<div class=\"macro\">" + (call.body() == null ? "" : call.body()) + "</div>");
        }

        RecordingMacros(Function<MacroCall, String> output) {
            this.output = output;
        }

        @Override
        public String render(String name, String macroId, Map<String, String> parameters, String body) {
            MacroCall call = new MacroCall(name, macroId, Map.copyOf(parameters), body);
            calls.add(call);
            return output.apply(call);
        }

        MacroCall onlyCall() {
            if (calls.size() != 1) {
                fail("expected one macro call but got " + calls);
            }
            return calls.get(0);
        }
    }

    /** Users known by key: key to username and display name. */
    static final class Users implements UserDirectory {
        private final Map<String, String> usernames = new HashMap<>();
        private final Map<String, String> displayNames = new HashMap<>();

        Users with(String userKey, String username, String displayName) {
            usernames.put(userKey, username);
            displayNames.put(userKey, displayName);
            return this;
        }

        @Override
        public Optional<String> displayName(String userKey, String username) {
            if (userKey != null && displayNames.containsKey(userKey)) {
                return Optional.of(displayNames.get(userKey));
            }
            return usernames.entrySet().stream()
                    .filter(user -> user.getValue().equals(username))
                    .map(user -> displayNames.get(user.getKey()))
                    .findFirst();
        }

        @Override
        public Optional<String> usernameForKey(String userKey) {
            return Optional.ofNullable(usernames.get(userKey));
        }
    }
}
