package io.meetingmemo.preview.web;

import io.meetingmemo.preview.descriptor.PluginDescriptor;
import io.meetingmemo.preview.platform.HostI18n;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What the editor's "Insert macro" dialog shows, built from the app's descriptor as Confluence's macro
 * browser builds it: each {@code <xhtml-macro>} with its translated name, description and categories,
 * and for each {@code <parameter>} a form field of the right kind, with its translated label and
 * description. Users and spaces feed the pickers. The result becomes JSON; nothing in it selects a
 * template, a path or a URL.
 */
public final class MacroBrowser {
    /** Confluence hides macros of this category from its macro browser. */
    static final String HIDDEN_CATEGORY = "hidden-macros";
    /** The macro browser's category names (Confluence's own labels, which the app does not translate). */
    private static final Map<String, String> CATEGORY_LABELS = Map.ofEntries(
            Map.entry("formatting", "Formatting"), Map.entry("confluence-content", "Confluence content"),
            Map.entry("media", "Media"), Map.entry("visuals", "Visuals & images"), Map.entry("navigation", "Navigation"),
            Map.entry("external-content", "External content"), Map.entry("communication", "Communication"),
            Map.entry("reporting", "Reporting"), Map.entry("admin", "Administration"), Map.entry("development", "Development"));

    public record Metadata(List<Category> categories, List<MacroInfo> macros, List<UserOption> users, List<SpaceOption> spaces) {}

    public record Category(String key, String label) {}

    /** {@code body} is {@code rich-text}, {@code plain-text} or {@code none}. */
    public record MacroInfo(String name, String label, String description, List<String> categories, String body,
                            List<Field> fields) {}

    /**
     * One form field. {@code input} is how it is edited: {@code text}, {@code date} (yyyy-MM-dd),
     * {@code user} (a picker of the host's users, written as {@code ri:user}), {@code space} (a picker of
     * the host's spaces, keys written comma-separated), {@code select} (one of {@code values}),
     * {@code number} (a whole number) or {@code checkbox} ({@code true}/{@code false}).
     */
    public record Field(String name, String type, String input, String label, String description, boolean required,
                        boolean multiple, String defaultValue, List<String> values) {}

    public record UserOption(String userKey, String username, String fullName) {}

    public record SpaceOption(String key, String name) {}

    private MacroBrowser() {}

    /**
     * @param bodyType the body a macro takes ({@code rich-text}, {@code plain-text}, {@code none}), by macro
     *                 name: Confluence asks the macro class, not the descriptor
     */
    public static Metadata of(PluginDescriptor descriptor, HostI18n i18n, Locale locale, Function<String, String> bodyType,
                              List<UserOption> users, List<SpaceOption> spaces) {
        Map<String, Category> categories = new LinkedHashMap<>();
        List<MacroInfo> macros = new ArrayList<>();
        for (PluginDescriptor.Macro macro : descriptor.macros()) {
            if (macro.categories().contains(HIDDEN_CATEGORY)) continue;
            for (String c : macro.categories()) categories.computeIfAbsent(c, k -> new Category(k, categoryLabel(k)));
            String prefix = descriptor.key() + "." + macro.name();
            List<Field> fields = new ArrayList<>();
            for (PluginDescriptor.Parameter p : macro.parameters()) {
                String paramPrefix = prefix + ".param." + p.name();
                fields.add(new Field(p.name(), p.type(), input(p.type()), text(i18n, locale, paramPrefix + ".label", p.name()),
                        text(i18n, locale, paramPrefix + ".desc", ""), p.required(), p.multiple() && multipleAllowed(p.type()),
                        p.defaultValue(), p.values()));
            }
            String descriptionKey = macro.descriptionKey() != null ? macro.descriptionKey() : prefix + ".desc";
            macros.add(new MacroInfo(macro.name(), text(i18n, locale, prefix + ".label", macro.name()),
                    text(i18n, locale, descriptionKey, ""), macro.categories(), bodyType.apply(macro.name()), List.copyOf(fields)));
        }
        return new Metadata(List.copyOf(categories.values()), List.copyOf(macros), List.copyOf(users), List.copyOf(spaces));
    }

    /** The form input for a descriptor parameter type; types the host has no picker for are edited as text. */
    static String input(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "date" -> "date";
            case "username" -> "user";
            case "spacekey" -> "space";
            case "enum" -> "select";
            case "int" -> "number";
            case "boolean" -> "checkbox";
            default -> "text";
        };
    }

    private static boolean multipleAllowed(String type) {
        String input = input(type);
        return input.equals("user") || input.equals("space");
    }

    private static String categoryLabel(String key) {
        String label = CATEGORY_LABELS.get(key);
        if (label != null) return label;
        String words = key.replace('-', ' ');
        return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A translation, or {@code fallback} where the app has none (the host's i18n answers a missing key with the key). */
    private static String text(HostI18n i18n, Locale locale, String key, String fallback) {
        String text = i18n.getText(locale, key);
        return text == null || text.equals(key) ? fallback : text;
    }
}
