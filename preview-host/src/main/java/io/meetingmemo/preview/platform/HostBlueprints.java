package io.meetingmemo.preview.platform;

import com.atlassian.plugin.web.ContextProvider;
import io.meetingmemo.preview.descriptor.PluginContainer;
import io.meetingmemo.preview.descriptor.PluginDescriptor;
import io.meetingmemo.preview.store.HostUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The app's blueprints as Confluence's Create dialog offers them: each create-dialog web-item names a
 * blueprint, whose content template is filled by its context provider (created by the app's wiring,
 * with constructor injection) and Confluence's template variables, in the creator's language.
 */
public final class HostBlueprints {
    /** What the editor opens with: a title and a storage-format body. */
    public record NewPage(String title, String body) {}

    /** An entry of the Create dialog: the blueprint key and its name in the viewer's language. */
    public record Entry(String blueprintKey, String name) {}

    private final PluginDescriptor descriptor;
    private final ClassLoader appClassLoader;
    private final PluginContainer container;
    private final HostI18n i18n;

    public HostBlueprints(PluginDescriptor descriptor, ClassLoader appClassLoader, PluginContainer container, HostI18n i18n) {
        this.descriptor = descriptor;
        this.appClassLoader = appClassLoader;
        this.container = container;
        this.i18n = i18n;
        // Fail at start, as Confluence fails to enable the module, when a template or provider is missing.
        for (PluginDescriptor.ContentTemplate template : descriptor.contentTemplates()) {
            templateText(template);
            if (template.contextProviderClass() != null && !ContextProvider.class.isAssignableFrom(container.load(template.contextProviderClass()))) {
                throw new PluginDescriptor.DescriptorException(template.contextProviderClass() + " is not a ContextProvider");
            }
        }
    }

    public List<Entry> createDialog(HostUser user) {
        Locale locale = i18n.getLocale(user);
        return descriptor.createDialogItems().stream()
                .map(item -> new Entry(item.blueprintKey(), i18n.getText(locale, item.nameKey()))).toList();
    }

    /** The page a blueprint creates for this user in this space; empty for a key the app does not declare. */
    public Optional<NewPage> newPage(String blueprintKey, HostUser user, String spaceKey) {
        Optional<PluginDescriptor.Blueprint> blueprint = descriptor.blueprint(blueprintKey);
        if (blueprint.isEmpty()) return Optional.empty();
        PluginDescriptor.ContentTemplate template = descriptor.contentTemplate(blueprint.get().contentTemplateKey()).orElseThrow();
        Map<String, Object> context = new HashMap<>();
        context.put("spaceKey", spaceKey);
        context.put("blueprintKey", blueprintKey);
        if (template.contextProviderClass() != null) {
            ContextProvider provider = (ContextProvider) container.instantiate(container.load(template.contextProviderClass()));
            provider.init(Map.of());
            context = new HashMap<>(provider.getContextMap(context));
        }
        Locale locale = i18n.getLocale(user);
        String body = BlueprintTemplate.fill(templateText(template), context, key -> i18n.getText(locale, key));
        Object title = context.get("ContentPageTitle");
        return Optional.of(new NewPage(title == null ? "" : title.toString(), body));
    }

    private String templateText(PluginDescriptor.ContentTemplate template) {
        try (InputStream in = appClassLoader.getResourceAsStream(template.location())) {
            if (in == null) throw new PluginDescriptor.DescriptorException("content template " + template.location() + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
