package io.meetingmemo.preview.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The parts of an {@code atlassian-plugin.xml} that the preview host acts on, read the way Confluence
 * reads them. A descriptor that is not well-formed or lacks a required attribute is an error: the host
 * refuses to start rather than run an app Confluence would reject.
 */
public record PluginDescriptor(String key, String name, String version, String i18nLocation,
                               List<ComponentImport> imports, List<Component> components, List<Macro> macros,
                               ActiveObjectsModule activeObjects, List<RestModule> restModules,
                               List<WebResource> webResources, List<Resource> pluginResources,
                               List<ContentTemplate> contentTemplates, List<Servlet> servlets, List<WebItem> webItems,
                               List<Blueprint> blueprints, List<CreateDialogItem> createDialogItems) {
    /** The Create dialog's section for page blueprints. */
    public static final String CREATE_DIALOG_SECTION = "system.create.dialog/content";

    public record ComponentImport(String key, String interfaceName) {}

    public record Component(String key, String className) {}

    /**
     * An {@code <xhtml-macro>}: its name, class, the i18n key of its description, its macro-browser
     * categories and its parameters, in the order the descriptor lists them.
     */
    public record Macro(String name, String key, String className, String descriptionKey, List<String> categories,
                        List<Parameter> parameters) {
        public List<String> parameterNames() { return parameters.stream().map(Parameter::name).toList(); }
    }

    /**
     * A macro's {@code <parameter>}: {@code type} as written ({@code string}, {@code date}, {@code username},
     * {@code spacekey}, {@code enum}, {@code int}, {@code boolean} …), {@code defaultValue} or null, and
     * the {@code <value>} names of an enum.
     */
    public record Parameter(String name, String type, boolean required, boolean multiple, String defaultValue,
                            List<String> values) {}

    public record ActiveObjectsModule(String key, String namespace, List<String> entities, List<String> upgradeTasks) {}

    public record RestModule(String key, String path, String version, List<String> packages) {}

    /**
     * A {@code <web-resource>}: its downloadable resources, the {@code <context>}s that load it on Confluence's pages
     * (for example {@code macro-browser}), its {@code <dependency>}s and the transformers its
     * {@code <transformation extension="…">} elements run, by file extension.
     */
    public record WebResource(String key, List<Resource> resources, List<String> contexts, List<String> dependencies,
                              Map<String, List<String>> transformers) {
        public WebResource(String key, List<Resource> resources) { this(key, resources, List.of(), List.of(), Map.of()); }

        public String completeKey(String pluginKey) { return pluginKey + ":" + key; }

        /** The transformers run on a resource of this name (by its extension), in the descriptor's order. */
        public List<String> transformersFor(String resourceName) {
            int dot = resourceName.lastIndexOf('.');
            return dot < 0 ? List.of() : transformers.getOrDefault(resourceName.substring(dot + 1), List.of());
        }
    }

    /**
     * The web-resource transformers the preview host runs: AUI's {@code jsI18n}, which writes each
     * {@code AJS.I18n.getText("key")} of a script as the reader's translation. Confluence has more; a descriptor that
     * names another is refused, so the host never serves a script untransformed that Confluence would transform.
     */
    public static final Set<String> TRANSFORMERS = Set.of("jsI18n");

    /** A servlet module, served at {@code /plugins/servlet} + {@code urlPattern}. */
    public record Servlet(String key, String className, String urlPattern) {}

    /** A link the app adds to the product's menus. */
    public record WebItem(String key, String section, String labelKey, String link) {}

    /**
     * A {@code <content-template>}: {@code location} holds storage format with {@code at:} variables;
     * {@code contextProviderClass} (or null) fills them when a page is created from a blueprint.
     */
    public record ContentTemplate(String key, String nameKey, String location, String contextProviderClass) {}

    /** A {@code <blueprint>} and the content template it creates pages from. */
    public record Blueprint(String key, String nameKey, String contentTemplateKey, String indexKey, String createResult,
                            boolean indexPageDisabled) {}

    /** A {@code web-item} in the Create dialog, bound to a blueprint by its {@code blueprintKey} param. */
    public record CreateDialogItem(String key, String nameKey, String blueprintKey, String iconLocation) {}

    public Optional<Blueprint> blueprint(String blueprintKey) {
        return blueprints.stream().filter(b -> b.key().equals(blueprintKey)).findFirst();
    }

    public Optional<ContentTemplate> contentTemplate(String templateKey) {
        return contentTemplates.stream().filter(t -> t.key().equals(templateKey)).findFirst();
    }

    /** A downloadable resource: {@code name} as served, {@code location} inside the jar. */
    public record Resource(String type, String name, String location) {}

    public static final String DESCRIPTOR = "atlassian-plugin.xml";

    public static PluginDescriptor load(ClassLoader appClassLoader) {
        try (InputStream in = appClassLoader.getResourceAsStream(DESCRIPTOR)) {
            if (in == null) throw new DescriptorException("no " + DESCRIPTOR + " on the app's class path");
            return parse(in);
        } catch (IOException e) {
            throw new DescriptorException("cannot read " + DESCRIPTOR + ": " + e.getMessage(), e);
        }
    }

    public static PluginDescriptor parse(InputStream in) {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            doc = factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new DescriptorException(DESCRIPTOR + " is not well-formed: " + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        if (!root.getTagName().equals("atlassian-plugin")) throw new DescriptorException("root element must be atlassian-plugin");
        String key = required(root, "key");
        Element info = child(root, "plugin-info");
        String version = info == null ? null : text(child(info, "version"));

        String i18n = null;
        List<Resource> pluginResources = new ArrayList<>();
        List<ComponentImport> imports = new ArrayList<>();
        List<Component> components = new ArrayList<>();
        List<Macro> macros = new ArrayList<>();
        List<RestModule> rest = new ArrayList<>();
        List<WebResource> webResources = new ArrayList<>();
        List<ContentTemplate> contentTemplates = new ArrayList<>();
        List<Servlet> servlets = new ArrayList<>();
        List<WebItem> webItems = new ArrayList<>();
        List<Blueprint> blueprints = new ArrayList<>();
        List<CreateDialogItem> createDialogItems = new ArrayList<>();
        ActiveObjectsModule ao = null;
        for (Element e : children(root)) {
            switch (e.getTagName()) {
                case "resource" -> {
                    Resource r = resource(e);
                    if (r.type().equals("i18n")) i18n = r.location(); else pluginResources.add(r);
                }
                case "component-import" -> imports.add(new ComponentImport(required(e, "key"), required(e, "interface")));
                case "component" -> components.add(new Component(required(e, "key"), required(e, "class")));
                case "xhtml-macro" -> macros.add(macro(e));
                case "ao" -> {
                    List<String> entities = new ArrayList<>();
                    List<String> tasks = new ArrayList<>();
                    for (Element c : children(e)) {
                        if (c.getTagName().equals("entity")) entities.add(text(c));
                        if (c.getTagName().equals("upgradeTask")) tasks.add(text(c));
                    }
                    String namespace = e.getAttribute("namespace");
                    ao = new ActiveObjectsModule(required(e, "key"), namespace.isBlank() ? key : namespace, entities, tasks);
                }
                case "rest" -> {
                    List<String> packages = new ArrayList<>();
                    for (Element c : children(e)) if (c.getTagName().equals("package")) packages.add(text(c));
                    rest.add(new RestModule(required(e, "key"), required(e, "path"), required(e, "version"), packages));
                }
                case "web-resource" -> webResources.add(webResource(e));
                case "content-template" -> contentTemplates.add(contentTemplate(e));
                case "blueprint" -> blueprints.add(blueprint(e));
                case "servlet" -> servlets.add(new Servlet(required(e, "key"), required(e, "class"), text(child(e, "url-pattern"))));
                case "web-item" -> {
                    if (CREATE_DIALOG_SECTION.equals(e.getAttribute("section"))) {
                        createDialogItems.add(createDialogItem(e));
                        continue;
                    }
                    Element label = child(e, "label");
                    webItems.add(new WebItem(required(e, "key"), required(e, "section"),
                            label == null ? null : required(label, "key"), text(child(e, "link"))));
                }
                default -> { /* modules the preview host does not run (web-item, blueprint …) */ }
            }
        }
        PluginDescriptor descriptor = new PluginDescriptor(key, root.getAttribute("name"), version, i18n, imports, components, macros, ao,
                rest, webResources, pluginResources, contentTemplates, servlets, webItems, blueprints, createDialogItems);
        for (Blueprint b : descriptor.blueprints()) {
            if (descriptor.contentTemplate(b.contentTemplateKey()).isEmpty()) {
                throw new DescriptorException("<blueprint key=\"" + b.key() + "\"> refers to no <content-template key=\"" + b.contentTemplateKey() + "\">");
            }
        }
        // A dependency on another of the app's web-resources must name one (Confluence would only log the miss).
        for (WebResource wr : descriptor.webResources()) {
            for (String dependency : wr.dependencies()) {
                if (!dependency.startsWith(key + ":")) continue;
                String dependencyKey = dependency.substring(key.length() + 1);
                if (dependencyKey.equals(wr.key()) || descriptor.webResources().stream().noneMatch(other -> other.key().equals(dependencyKey))) {
                    throw new DescriptorException("<web-resource key=\"" + wr.key() + "\"> depends on " + dependency + ", which the descriptor lacks");
                }
            }
        }
        for (CreateDialogItem item : descriptor.createDialogItems()) {
            if (descriptor.blueprint(item.blueprintKey()).isEmpty()) {
                throw new DescriptorException("web-item " + item.key() + " names blueprint " + item.blueprintKey() + ", which the descriptor lacks");
            }
        }
        return descriptor;
    }

    /**
     * As Confluence's create-content plugin reads it: a template resource is required, the name comes from
     * {@code i18n-name-key}. The host refuses what Confluence would only warn about or ignore (a missing
     * name key; {@code template-title-key}, which nothing reads), so such a descriptor cannot ship.
     */
    private static ContentTemplate contentTemplate(Element e) {
        String key = required(e, "key");
        if (e.hasAttribute("template-title-key")) {
            throw new DescriptorException("<content-template key=\"" + key + "\">: Confluence does not read template-title-key; use i18n-name-key");
        }
        Element template = null;
        for (Element r : children(e)) {
            if (r.getTagName().equals("resource") && "template".equals(r.getAttribute("name"))) template = r;
        }
        if (template == null) throw new DescriptorException("<content-template key=\"" + key + "\"> needs <resource name=\"template\" type=\"download\">");
        Element provider = child(e, "context-provider");
        return new ContentTemplate(key, required(e, "i18n-name-key"), required(template, "location"),
                provider == null ? null : required(provider, "class"));
    }

    private static Blueprint blueprint(Element e) {
        String key = required(e, "key");
        String template = e.getAttribute("content-template-key");
        if (template.isBlank()) {
            Element ref = child(e, "content-template");
            if (ref == null) throw new DescriptorException("<blueprint key=\"" + key + "\"> names no content template");
            template = required(ref, "ref");
        }
        return new Blueprint(key, required(e, "i18n-name-key"), template, e.getAttribute("index-key"),
                e.getAttribute("create-result").isBlank() ? "edit" : e.getAttribute("create-result"),
                Boolean.parseBoolean(e.getAttribute("disable-index-page").trim()));
    }

    private static CreateDialogItem createDialogItem(Element e) {
        String blueprintKey = null;
        String icon = null;
        for (Element c : children(e)) {
            if (c.getTagName().equals("param") && "blueprintKey".equals(c.getAttribute("name"))) blueprintKey = required(c, "value");
            if (c.getTagName().equals("resource") && "icon".equals(c.getAttribute("name"))) icon = required(c, "location");
        }
        if (blueprintKey == null) throw new DescriptorException("web-item " + required(e, "key") + " in the Create dialog needs a blueprintKey param");
        return new CreateDialogItem(required(e, "key"), required(e, "i18n-name-key"), blueprintKey, icon);
    }

    private static Macro macro(Element e) {
        List<Parameter> params = new ArrayList<>();
        Element parameters = child(e, "parameters");
        if (parameters != null) {
            for (Element p : children(parameters)) {
                if (!p.getTagName().equals("parameter")) continue;
                List<String> values = new ArrayList<>();
                for (Element v : children(p)) if (v.getTagName().equals("value")) values.add(required(v, "name"));
                String type = p.getAttribute("type").isBlank() ? "string" : p.getAttribute("type").trim();
                String defaultValue = p.hasAttribute("default") ? p.getAttribute("default") : null;
                params.add(new Parameter(required(p, "name"), type, Boolean.parseBoolean(p.getAttribute("required").trim()),
                        Boolean.parseBoolean(p.getAttribute("multiple").trim()), defaultValue, List.copyOf(values)));
            }
        }
        List<String> categories = new ArrayList<>();
        for (Element c : children(e)) if (c.getTagName().equals("category")) categories.add(required(c, "name"));
        Element description = child(e, "description");
        String descriptionKey = description == null || description.getAttribute("key").isBlank() ? null : description.getAttribute("key").trim();
        return new Macro(required(e, "name"), required(e, "key"), required(e, "class"), descriptionKey,
                List.copyOf(categories), List.copyOf(params));
    }

    private static WebResource webResource(Element e) {
        String key = required(e, "key");
        List<Resource> resources = new ArrayList<>();
        List<String> contexts = new ArrayList<>();
        List<String> dependencies = new ArrayList<>();
        Map<String, List<String>> transformers = new LinkedHashMap<>();
        for (Element c : children(e)) {
            switch (c.getTagName()) {
                case "resource" -> resources.add(resource(c));
                case "context" -> contexts.add(text(c));
                case "dependency" -> dependencies.add(text(c));
                case "transformation" -> {
                    String extension = required(c, "extension");
                    for (Element t : children(c)) {
                        if (!t.getTagName().equals("transformer")) continue;
                        String transformer = required(t, "key");
                        if (!TRANSFORMERS.contains(transformer)) {
                            throw new DescriptorException("<web-resource key=\"" + key + "\"> names the transformer " + transformer
                                    + ", which the preview host does not run (it runs " + TRANSFORMERS + ")");
                        }
                        transformers.computeIfAbsent(extension, x -> new ArrayList<>()).add(transformer);
                    }
                }
                default -> { /* conditions and data providers: the host loads the resource unconditionally */ }
            }
        }
        return new WebResource(key, List.copyOf(resources), List.copyOf(contexts), List.copyOf(dependencies), Map.copyOf(transformers));
    }

    private static Resource resource(Element e) {
        return new Resource(required(e, "type"), required(e, "name"), required(e, "location"));
    }

    private static String required(Element e, String attribute) {
        String value = e.getAttribute(attribute);
        if (value.isBlank()) throw new DescriptorException("<" + e.getTagName() + "> needs the attribute " + attribute);
        return value.trim();
    }

    private static Element child(Element parent, String name) {
        for (Element c : children(parent)) if (c.getTagName().equals(name)) return c;
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) out.add((Element) nodes.item(i));
        return out;
    }

    private static String text(Element e) {
        if (e == null) throw new DescriptorException("a required element is missing");
        String t = e.getTextContent().trim();
        if (t.isEmpty()) throw new DescriptorException("<" + e.getTagName() + "> must not be empty");
        return t;
    }

    /** The descriptor cannot be used as written. */
    public static final class DescriptorException extends RuntimeException {
        public DescriptorException(String message) { super(message); }
        public DescriptorException(String message, Throwable cause) { super(message, cause); }
    }
}
