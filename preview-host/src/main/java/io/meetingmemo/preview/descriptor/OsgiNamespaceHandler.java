package io.meetingmemo.preview.descriptor;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanDefinitionHolder;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.NamespaceHandler;
import org.springframework.beans.factory.xml.ParserContext;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The Gemini Blueprint ({@code http://www.eclipse.org/gemini/blueprint/schema/blueprint}) and Spring DM
 * ({@code http://www.springframework.org/schema/osgi}) elements of an app's Spring XML, as the preview
 * host answers them: {@code <osgi:reference id interface>} becomes a bean that is the host's
 * implementation of that interface; {@code <osgi:service ref interface>} exports an app bean for the host
 * to call (a SAL LifecycleAware, say). Anything else of the namespace, an unknown attribute or a service
 * the host does not offer is an error naming the element, so the app cannot rely on what the host
 * cannot check.
 */
final class OsgiNamespaceHandler implements NamespaceHandler {
    private static final Set<String> NAMESPACES = Set.of("http://www.eclipse.org/gemini/blueprint/schema/blueprint",
            "http://www.springframework.org/schema/osgi");
    private static final Set<String> REFERENCE_ATTRIBUTES = Set.of("id", "interface", "availability", "timeout");
    private static final Set<String> SERVICE_ATTRIBUTES = Set.of("id", "ref", "interface");

    private final Map<Class<?>, Object> hostServices;
    private final List<Export> exported;

    /** An app bean exported with {@code <osgi:service>}, and the interface it is exported as. */
    record Export(Object bean, Class<?> type) {}

    OsgiNamespaceHandler(Map<Class<?>, Object> hostServices, List<Export> exported) {
        this.hostServices = hostServices;
        this.exported = exported;
    }

    static boolean handles(String namespaceUri) { return NAMESPACES.contains(namespaceUri); }

    @Override public void init() {}

    @Override
    public BeanDefinition parse(Element element, ParserContext parserContext) {
        return switch (element.getLocalName()) {
            case "reference" -> reference(element, parserContext);
            case "service" -> service(element, parserContext);
            default -> {
                parserContext.getReaderContext().error("the preview host does not run <osgi:" + element.getLocalName() + ">", element);
                yield null;
            }
        };
    }

    private BeanDefinition reference(Element element, ParserContext parserContext) {
        checkAttributes(element, REFERENCE_ATTRIBUTES, parserContext);
        String id = element.getAttribute("id");
        String interfaceName = element.getAttribute("interface");
        if (id.isBlank() || interfaceName.isBlank()) {
            parserContext.getReaderContext().error("<osgi:reference> needs id and interface", element);
        }
        Class<?> type = load(interfaceName, element, parserContext);
        Object service = hostServices.entrySet().stream().filter(e -> type.isAssignableFrom(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (service == null) {
            parserContext.getReaderContext().error("<osgi:reference id=\"" + id + "\">: Confluence's service " + interfaceName
                    + " is not offered by the preview host", element);
        }
        RootBeanDefinition definition = new RootBeanDefinition();
        definition.setBeanClass(type);
        Object proxy = serviceProxy(type, service);
        definition.setInstanceSupplier(() -> proxy);
        definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
        parserContext.getRegistry().registerBeanDefinition(id, definition);
        return null;
    }

    private BeanDefinition service(Element element, ParserContext parserContext) {
        checkAttributes(element, SERVICE_ATTRIBUTES, parserContext);
        String ref = element.getAttribute("ref");
        String interfaceName = element.getAttribute("interface");
        if (ref.isBlank() || interfaceName.isBlank()) {
            parserContext.getReaderContext().error("<osgi:service> needs ref and interface", element);
        }
        Class<?> type = load(interfaceName, element, parserContext);
        // Resolved once the context has created the bean: the host calls exported services as Confluence would.
        String exporterId = "osgi-service:" + ref + ":" + interfaceName;
        RootBeanDefinition exporter = new RootBeanDefinition(ExportedService.class);
        exporter.getConstructorArgumentValues().addIndexedArgumentValue(0, new org.springframework.beans.factory.config.RuntimeBeanReference(ref));
        exporter.getConstructorArgumentValues().addIndexedArgumentValue(1, type);
        exporter.getConstructorArgumentValues().addIndexedArgumentValue(2, exported);
        parserContext.getRegistry().registerBeanDefinition(exporterId, exporter);
        return null;
    }

    /**
     * Like the proxy an OSGi service reference gives a bundle: only the referenced interface, so the app
     * can neither see nor cast to whatever else the host's implementation is.
     */
    private static Object serviceProxy(Class<?> type, Object service) {
        return java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "osgi:reference " + type.getName();
                };
            }
            try {
                return method.invoke(service, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    /** Adds the exported bean to the host's list once it exists; refuses a bean that lacks the interface. */
    static final class ExportedService {
        ExportedService(Object bean, Class<?> type, List<Export> exported) {
            if (!type.isInstance(bean)) {
                throw new IllegalStateException(bean.getClass().getName() + " is exported as " + type.getName() + " but does not implement it");
            }
            exported.add(new Export(bean, type));
        }
    }

    private static Class<?> load(String name, Element element, ParserContext parserContext) {
        try {
            return Class.forName(name, false, parserContext.getReaderContext().getBeanClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            parserContext.getReaderContext().error("interface " + name + " is not on the app's class path", element, e);
            return null;
        }
    }

    private static void checkAttributes(Element element, Set<String> allowed, ParserContext parserContext) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
            if (attribute.getNamespaceURI() != null && !attribute.getNamespaceURI().equals(element.getNamespaceURI())) continue;
            if (!allowed.contains(name)) {
                parserContext.getReaderContext().error("<osgi:" + element.getLocalName() + "> attribute " + name
                        + " is not supported by the preview host", element);
            }
        }
    }

    @Override
    public BeanDefinitionHolder decorate(Node source, BeanDefinitionHolder definition, ParserContext parserContext) {
        parserContext.getReaderContext().error("osgi attributes on other elements are not supported", source);
        return definition;
    }
}
