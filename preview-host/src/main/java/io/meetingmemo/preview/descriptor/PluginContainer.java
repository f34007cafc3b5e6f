package io.meetingmemo.preview.descriptor;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's Spring context, built as Confluence's plugin system builds it for a transformerless bundle:
 * every {@code META-INF/spring/*.xml} of the app is read with Spring, each {@code <osgi:reference>} is
 * answered by the host's implementation of that interface ({@link OsgiNamespaceHandler}), the app's own
 * beans are created with their constructor arguments and started (InitializingBean), and module classes
 * (macros, REST resources, servlets, context providers) are created by constructor autowiring from the
 * context. A missing service, an unknown class or an unsatisfiable constructor stops the host at start
 * with Spring's message naming the bean, as the plugin would fail to enable in Confluence.
 */
public final class PluginContainer implements AutoCloseable {
    /** Where a transformerless bundle keeps its Spring XML (the manifest says {@code Spring-Context: *}). */
    public static final String SPRING_CONTEXT = "META-INF/spring/*.xml";
    /** The app's clock bean, the one bean a host may replace. */
    public static final String CLOCK_BEAN = "clock";
    private static final Logger LOG = LoggerFactory.getLogger(PluginContainer.class);

    private final ClassLoader appClassLoader;
    private final DefaultListableBeanFactory context;
    private final List<OsgiNamespaceHandler.Export> exportedServices = new ArrayList<>();
    /** The exported LifecycleAware services whose onStart ran, so onStop runs for those only. */
    private final List<LifecycleAware> started = new ArrayList<>();

    /**
     * @param hostServices the host's implementation of each Atlassian interface it offers; every
     *                     {@code <osgi:reference>} must name one of them
     */
    public PluginContainer(PluginDescriptor descriptor, ClassLoader appClassLoader, Map<Class<?>, Object> hostServices) {
        this(descriptor, appClassLoader, hostServices, null);
    }

    /**
     * @param hostClock when not null, the host's clock takes the place of the app's {@code clock} bean (which must
     *                  exist and be a {@link Clock}): the host can show a later day and tests can move time, while
     *                  every other bean stays as the app wires it
     */
    public PluginContainer(PluginDescriptor descriptor, ClassLoader appClassLoader, Map<Class<?>, Object> hostServices,
                           Clock hostClock) {
        this.appClassLoader = appClassLoader;
        if (!descriptor.components().isEmpty() || !descriptor.imports().isEmpty()) {
            throw new PluginDescriptor.DescriptorException("the descriptor declares <component> or <component-import>: "
                    + "the app is transformerless and wires itself in " + SPRING_CONTEXT + " only");
        }
        context = new DefaultListableBeanFactory();
        context.setBeanClassLoader(appClassLoader);
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.setBeanClassLoader(appClassLoader);
        // The XML is not validated against its schemas (they would be fetched from the network); Spring's
        // parser and the strict osgi handler check every element and attribute the app uses instead.
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_NONE);
        reader.setNamespaceAware(true);
        OsgiNamespaceHandler osgi = new OsgiNamespaceHandler(new LinkedHashMap<>(hostServices), exportedServices);
        reader.setNamespaceHandlerResolver(namespaceUri -> OsgiNamespaceHandler.handles(namespaceUri) ? osgi
                : new org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver(appClassLoader).resolve(namespaceUri));
        Resource[] files = springFiles(appClassLoader);
        if (files.length == 0) throw new PluginDescriptor.DescriptorException("the app has no " + SPRING_CONTEXT);
        try {
            reader.loadBeanDefinitions(files);
            if (hostClock != null) replaceClock(hostClock);
            context.preInstantiateSingletons();
        } catch (BeansException e) {
            context.destroySingletons();
            throw new PluginDescriptor.DescriptorException("the app's Spring context cannot start: " + e.getMessage(), e);
        }
    }

    private void replaceClock(Clock hostClock) {
        if (!context.containsBeanDefinition(CLOCK_BEAN)
                || !Clock.class.getName().equals(context.getBeanDefinition(CLOCK_BEAN).getBeanClassName())) {
            throw new PluginDescriptor.DescriptorException("the app's context has no bean \"" + CLOCK_BEAN + "\" of class "
                    + Clock.class.getName() + " for the host's clock to replace");
        }
        context.removeBeanDefinition(CLOCK_BEAN);
        context.registerSingleton(CLOCK_BEAN, hostClock);
    }

    private static Resource[] springFiles(ClassLoader appClassLoader) {
        try {
            return new PathMatchingResourcePatternResolver(appClassLoader).getResources("classpath*:" + SPRING_CONTEXT);
        } catch (IOException e) {
            throw new PluginDescriptor.DescriptorException("cannot list " + SPRING_CONTEXT + ": " + e.getMessage(), e);
        }
    }

    public Class<?> load(String className) {
        try {
            return Class.forName(className, true, appClassLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginDescriptor.DescriptorException("the descriptor names " + className + ", which the app does not contain", e);
        }
    }

    /** Creates a module instance (macro, REST resource, servlet …) by constructor autowiring from the app's context. */
    public Object instantiate(Class<?> type) {
        try {
            return context.createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
        } catch (BeansException e) {
            throw new PluginDescriptor.DescriptorException("cannot create " + type.getName() + " from the app's context: " + e.getMessage(), e);
        }
    }

    /** A bean of the app's context (its own component or a referenced host service) by type. */
    public <T> T get(Class<T> type) { return context.getBean(type); }

    /** A bean of the app's context by its id and type, e.g. the use case {@code trackerMaintenance}. */
    public <T> T get(String id, Class<T> type) { return context.getBean(id, type); }

    /** Services the app exports with {@code <osgi:service>}, for the host to call as Confluence would. */
    public List<Object> exportedServices() { return exportedServices.stream().map(OsgiNamespaceHandler.Export::bean).toList(); }

    /** The beans the app exports as {@code type} (its {@code <osgi:service interface>}), in the order its context declares them. */
    public <T> List<T> exportedAs(Class<T> type) {
        return exportedServices.stream().filter(e -> e.type() == type).map(e -> type.cast(e.bean())).toList();
    }

    /**
     * What SAL does once Confluence and the plugin are up: {@code onStart()} of every service the app exports as
     * {@code com.atlassian.sal.api.lifecycle.LifecycleAware} (only those: SAL calls exported services, not beans
     * that merely implement the interface). As in SAL, one that throws is logged and the others still start.
     */
    public synchronized void notifyStarted() {
        for (LifecycleAware service : exportedAs(LifecycleAware.class)) {
            if (started.contains(service)) continue;
            try {
                service.onStart();
                started.add(service);
            } catch (RuntimeException | LinkageError e) {
                LOG.error("LifecycleAware {} failed in onStart()", service.getClass().getName(), e);
            }
        }
    }

    /** {@code onStop()} of each exported LifecycleAware whose onStart ran, while the app's beans still work. */
    public synchronized void notifyStopping() {
        for (int i = started.size() - 1; i >= 0; i--) {
            LifecycleAware service = started.get(i);
            try {
                service.onStop();
            } catch (RuntimeException | LinkageError e) {
                LOG.error("LifecycleAware {} failed in onStop()", service.getClass().getName(), e);
            }
        }
        started.clear();
    }

    /** Stops the app as disabling the plugin does: LifecycleAware onStop first, then its beans (DisposableBean). */
    @Override
    public void close() {
        notifyStopping();
        context.destroySingletons();
    }
}
