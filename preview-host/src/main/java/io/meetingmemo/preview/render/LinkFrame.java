package io.meetingmemo.preview.render;

import java.util.Objects;
import javax.xml.stream.XMLStreamReader;

/** An {@code ac:link}: a mention, a page link, an external link, or text for any other target. */
final class LinkFrame implements Frame {
    private enum Target { NONE, USER, PAGE, URL, OTHER }

    private final StringBuilder out;
    private final UserDirectory users;
    private Target target = Target.NONE;
    private String userKey;
    private String username;
    /** What the target is called when there is no link body: a page title, a URL, a file name. */
    private String targetLabel;
    private String linkBody;

    LinkFrame(StringBuilder out, UserDirectory users) {
        this.out = out;
        this.users = users;
    }

    @Override
    public Frame openChild(XMLStreamReader element) {
        String namespace = element.getNamespaceURI();
        String name = element.getLocalName();
        if (StorageParser.RI_NAMESPACE.equals(namespace)) {
            readTarget(name, element);
        } else if (StorageParser.AC_NAMESPACE.equals(namespace)
                && (name.equals("link-body") || name.equals("plain-text-link-body"))) {
            return TextCapture.of(text -> linkBody = text);
        }
        return DiscardFrame.INSTANCE;
    }

    private void readTarget(String name, XMLStreamReader element) {
        switch (name) {
            case "user" -> {
                target = Target.USER;
                userKey = Attributes.ri(element, "userkey");
                username = Attributes.ri(element, "username");
            }
            case "page", "blog-post" -> {
                target = Target.PAGE;
                targetLabel = Attributes.ri(element, "content-title");
            }
            case "url" -> {
                target = Target.URL;
                targetLabel = Attributes.ri(element, "value");
            }
            default -> {
                target = Target.OTHER;
                targetLabel = firstPresent(Attributes.ri(element, "content-title"),
                        Attributes.ri(element, "filename"), Attributes.ri(element, "space-key"));
            }
        }
    }

    /** Whitespace around the target and body is not link text. */
    @Override
    public void text(String text) {
    }

    @Override
    public void close() {
        String label = linkBody != null && !linkBody.isBlank() ? linkBody : Objects.requireNonNullElse(targetLabel, "");
        switch (target) {
            // A mention always names the person, so link text cannot pass off one user as another.
            case USER -> Html.span(out, "mm-mention", "@" + mentionName());
            case PAGE -> Html.span(out, "mm-page-link", label);
            case URL -> UrlPolicy.safeHref(targetLabel).ifPresentOrElse(href -> {
                Html.startTag(out, "a", "href", href, "rel", "nofollow noopener");
                Html.escape(label, out).append("</a>");
            }, () -> Html.escape(label, out));
            case NONE, OTHER -> Html.escape(label, out);
        }
    }

    private String mentionName() {
        return users.displayName(userKey, username)
                .orElse(username != null ? username : Objects.requireNonNullElse(userKey, ""));
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
