package io.meetingmemo.preview.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import javax.xml.stream.XMLStreamReader;

/**
 * An {@code ac:structured-macro} or old-style {@code ac:macro}: gathers parameters and body, then lets the
 * host render it. A rich-text body is converted by frames above this one on the stack, so nested macros are
 * rendered first and arrive here as HTML.
 */
final class MacroFrame implements Frame {
    private final StringBuilder out;
    private final RenderContext context;
    private final String name;
    private final String macroId;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private StringBuilder richTextBody;
    private String plainTextBody;

    MacroFrame(StringBuilder out, RenderContext context, String name, String macroId) {
        this.out = out;
        this.context = context;
        this.name = Objects.requireNonNullElse(name, "");
        this.macroId = macroId;
    }

    @Override
    public Frame openChild(XMLStreamReader element) {
        if (!StorageParser.AC_NAMESPACE.equals(element.getNamespaceURI())) {
            return DiscardFrame.INSTANCE;
        }
        return switch (element.getLocalName()) {
            case "parameter" -> new ParameterFrame(
                    Objects.requireNonNullElse(Attributes.ac(element, "name"), ""), context.users(), parameters::put);
            // The old form's unnamed parameter, as in {code:java}.
            case "default-parameter" -> new ParameterFrame("", context.users(), parameters::put);
            case "rich-text-body" -> {
                if (richTextBody == null) {
                    richTextBody = new StringBuilder();
                }
                yield ContentFrame.transparent(richTextBody, context);
            }
            case "plain-text-body" -> TextCapture.of(text -> plainTextBody = text);
            default -> DiscardFrame.INSTANCE;
        };
    }

    /** Text between parameters is layout whitespace, not content. */
    @Override
    public void text(String text) {
    }

    @Override
    public void close() {
        String body = richTextBody != null ? richTextBody.toString() : plainTextBody;
        String html = context.macros().render(name, macroId, Collections.unmodifiableMap(parameters), body);
        if (html != null) {
            out.append(html);
            return;
        }
        Html.startTag(out, "div", "class", "mm-placeholder", "data-macro", name).append("Macro \"");
        Html.escape(name, out).append("\" is not available here</div>");
    }

    /** A macro cut off by broken storage is not rendered from half its parameters; its rich text still shows. */
    @Override
    public void abandon() {
        if (richTextBody != null) {
            out.append(richTextBody);
        }
    }

    /** One parameter: its text, or the usernames of the {@code ri:user} elements it holds. */
    private static final class ParameterFrame implements Frame {
        private final String name;
        private final UserDirectory users;
        private final BiConsumer<String, String> parameters;
        private final StringBuilder text = new StringBuilder();
        private final List<String> usernames = new ArrayList<>();

        ParameterFrame(String name, UserDirectory users, BiConsumer<String, String> parameters) {
            this.name = name;
            this.users = users;
            this.parameters = parameters;
        }

        @Override
        public Frame openChild(XMLStreamReader element) {
            if (StorageParser.RI_NAMESPACE.equals(element.getNamespaceURI()) && element.getLocalName().equals("user")) {
                String userKey = Attributes.ri(element, "userkey");
                String username = Attributes.ri(element, "username");
                if (userKey != null) {
                    usernames.add(users.usernameForKey(userKey).orElse(username != null ? username : userKey));
                } else if (username != null) {
                    usernames.add(username);
                }
                return DiscardFrame.INSTANCE;
            }
            return TextCapture.into(text);
        }

        @Override
        public void text(String characters) {
            text.append(characters);
        }

        @Override
        public void close() {
            parameters.accept(name, usernames.isEmpty() ? text.toString() : String.join(",", usernames));
        }
    }
}
