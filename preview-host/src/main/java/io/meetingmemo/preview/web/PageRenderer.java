package io.meetingmemo.preview.web;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId;
import com.atlassian.confluence.xhtml.api.MacroDefinition;
import io.meetingmemo.preview.platform.HostConversionContext;
import io.meetingmemo.preview.platform.HostWebResources;
import io.meetingmemo.preview.render.MacroHandler;
import io.meetingmemo.preview.render.StorageToViewConverter;
import io.meetingmemo.preview.render.UserDirectory;
import io.meetingmemo.preview.store.HostUser;
import io.meetingmemo.preview.store.HostUsers;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts a page's storage format to view HTML the way Confluence does: macros the app declares in
 * its descriptor render through the app; everything else through the host's safe converter.
 */
public final class PageRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(PageRenderer.class);

    private final Map<String, Macro> macros;
    private final HostUsers users;
    private final HostWebResources webResources;
    private final HostPages html;

    public PageRenderer(Map<String, Macro> macros, HostUsers users, HostWebResources webResources, HostPages html) {
        this.macros = Map.copyOf(macros);
        this.users = users;
        this.webResources = webResources;
        this.html = html;
    }

    /** The rendered body and the web-resources its macros required. */
    /** The conversion-context property under which Confluence hands a macro its definition. */
    static final String MACRO_DEFINITION = "macroDefinition";

    public record Rendered(String bodyHtml, Set<String> requiredResources) {}

    public Rendered render(ContentEntityObject page, String outputType, Locale locale) {
        webResources.drain();
        HostConversionContext context = new HostConversionContext(page, outputType);
        MacroHandler handler = (name, macroId, parameters, body) -> {
            Macro macro = macros.get(name);
            if (macro == null) return null;
            // As Confluence does: the macro's own definition, with its ac:macro-id, for the time it executes.
            MacroDefinition definition = new MacroDefinition();
            definition.setName(name);
            if (macroId != null && !macroId.isBlank()) definition.setMacroIdentifier(MacroId.fromString(macroId));
            Object outer = context.getProperty(MACRO_DEFINITION);
            context.setProperty(MACRO_DEFINITION, definition);
            try {
                return macro.execute(parameters, body, context);
            } catch (MacroExecutionException | RuntimeException e) {
                LOG.warn("Macro {} failed on page {}", name, page.getId(), e);
                return html.macroError(name, e.getMessage());
            } finally {
                context.setProperty(MACRO_DEFINITION, outer);
            }
        };
        String body = new StorageToViewConverter(locale).convert(page.getBodyAsString(), handler, userDirectory());
        return new Rendered(body, webResources.drain());
    }

    /** The body a macro takes, as Confluence's macro browser learns it from the macro: rich-text, plain-text or none. */
    public String bodyType(String macroName) {
        Macro macro = macros.get(macroName);
        if (macro == null || macro.getBodyType() == null) return "none";
        return switch (macro.getBodyType()) {
            case RICH_TEXT -> "rich-text";
            case PLAIN_TEXT -> "plain-text";
            case NONE -> "none";
        };
    }

    private UserDirectory userDirectory() {
        return new UserDirectory() {
            @Override
            public Optional<String> displayName(String userKey, String username) {
                Optional<HostUser> user = userKey != null ? users.byKey(userKey) : users.byUsername(username);
                return user.map(HostUser::fullName);
            }

            @Override
            public Optional<String> usernameForKey(String userKey) { return users.byKey(userKey).map(HostUser::username); }
        };
    }
}
