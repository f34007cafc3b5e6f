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
import java.util.UUID;

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
        Map<String, Object> context = new HashMap<>();
        context.put("spaceKey", spaceKey);
        context.put("blueprintKey", blueprintKey);
        Generated generated = generate(blueprint.get(), context, user);
        Object title = generated.context().get("ContentPageTitle");
        return Optional.of(new NewPage(title == null ? "" : title.toString(), generated.body()));
    }

    /** What a blueprint's content template makes of a context: the context its provider returned and the filled body. */
    public record Generated(Map<String, Object> context, String body) {}

    /**
     * Runs the blueprint's first content template: its context provider (created by the app's wiring) gets
     * {@code context} and returns the map the template is filled from, as Confluence's
     * {@code DefaultBlueprintContentGenerator.getContentTemplateContext} hands the provider the request's context map.
     * Whatever the provider throws is thrown.
     */
    public Generated generate(PluginDescriptor.Blueprint blueprint, Map<String, Object> context, HostUser user) {
        PluginDescriptor.ContentTemplate template = descriptor.contentTemplate(blueprint.contentTemplateKey()).orElseThrow();
        Map<String, Object> filled = context;
        if (template.contextProviderClass() != null) {
            ContextProvider provider = (ContextProvider) container.instantiate(container.load(template.contextProviderClass()));
            provider.init(Map.of());
            filled = new HashMap<>(provider.getContextMap(context));
        }
        Locale locale = i18n.getLocale(user);
        Map<String, Object> values = filled;
        return new Generated(values, BlueprintTemplate.fill(templateText(template), values, key -> i18n.getText(locale, key)));
    }

    /** The app's blueprint of a module complete key ({@code pluginKey:moduleKey}); empty for any other key. */
    public Optional<PluginDescriptor.Blueprint> byCompleteKey(String completeKey) {
        String prefix = descriptor.key() + ":";
        if (completeKey == null || !completeKey.startsWith(prefix)) return Optional.empty();
        return descriptor.blueprint(completeKey.substring(prefix.length()));
    }

    /** The app's blueprint of a content blueprint id ({@link #contentBlueprintId}); empty for any other id. */
    public Optional<PluginDescriptor.Blueprint> byContentBlueprintId(UUID id) {
        return descriptor.blueprints().stream().filter(b -> contentBlueprintId(b).equals(id)).findFirst();
    }

    /**
     * The id Confluence's Create dialog knows a blueprint by ({@code contentBlueprintId}). Confluence gives the stored
     * clone of a plugin blueprint a random UUID; the host derives a fixed one from the module complete key.
     */
    public UUID contentBlueprintId(PluginDescriptor.Blueprint blueprint) {
        return UUID.nameUUIDFromBytes(("content-blueprint:" + descriptor.key() + ":" + blueprint.key()).getBytes(StandardCharsets.UTF_8));
    }

    public String completeKey(PluginDescriptor.Blueprint blueprint) { return descriptor.key() + ":" + blueprint.key(); }

    private String templateText(PluginDescriptor.ContentTemplate template) {
        try (InputStream in = appClassLoader.getResourceAsStream(template.location())) {
            if (in == null) throw new PluginDescriptor.DescriptorException("content template " + template.location() + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
