package io.meetingmemo.preview.descriptor;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The app's object graph, built from its descriptor as Confluence's plugin framework builds it:
 * {@code <component-import>} interfaces are satisfied by the host's services, {@code <component>} classes
 * and module classes (macros, REST resources) are created through their constructor with arguments
 * found by type. Spring's InitializingBean/DisposableBean callbacks run on start and stop.
 */
public final class PluginContainer implements AutoCloseable {
    private final ClassLoader appClassLoader;
    private final Map<Class<?>, Object> hostServices;
    private final List<Object> components = new ArrayList<>();

    /**
     * @param hostServices the host's implementation of each Atlassian interface it offers; every
     *                     {@code <component-import>} must name one of them
     */
    public PluginContainer(PluginDescriptor descriptor, ClassLoader appClassLoader, Map<Class<?>, Object> hostServices) {
        this.appClassLoader = appClassLoader;
        this.hostServices = new LinkedHashMap<>(hostServices);
        for (PluginDescriptor.ComponentImport imported : descriptor.imports()) {
            Class<?> type = load(imported.interfaceName());
            if (this.hostServices.keySet().stream().noneMatch(type::isAssignableFrom)) {
                throw new PluginDescriptor.DescriptorException("the host offers no " + imported.interfaceName()
                        + " for <component-import key=\"" + imported.key() + "\">");
            }
        }
        for (PluginDescriptor.Component component : descriptor.components()) {
            Object instance = instantiate(load(component.className()));
            components.add(instance);
            invokeIfPresent(instance, "org.springframework.beans.factory.InitializingBean", "afterPropertiesSet");
        }
    }

    public Class<?> load(String className) {
        try {
            return Class.forName(className, true, appClassLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginDescriptor.DescriptorException("the descriptor names " + className + ", which the app does not contain", e);
        }
    }

    /** Creates a module instance (macro, REST resource …) with constructor injection. */
    public Object instantiate(Class<?> type) {
        Constructor<?> constructor = pickConstructor(type);
        Object[] args = Arrays.stream(constructor.getParameterTypes()).map(p -> resolve(p, type)).toArray();
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot create " + type.getName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
    }

    /** A component or host service of the given type. */
    public <T> T get(Class<T> type) { return type.cast(resolve(type, type)); }

    private Object resolve(Class<?> wanted, Class<?> forType) {
        for (Object component : components) if (wanted.isInstance(component)) return component;
        for (Map.Entry<Class<?>, Object> service : hostServices.entrySet()) {
            if (wanted.isAssignableFrom(service.getKey())) return service.getValue();
        }
        throw new PluginDescriptor.DescriptorException(forType.getName() + " needs a " + wanted.getName()
                + ", which is neither a <component> nor a <component-import> of the descriptor");
    }

    private static Constructor<?> pickConstructor(Class<?> type) {
        Constructor<?>[] constructors = type.getConstructors();
        for (Constructor<?> c : constructors) {
            if (Arrays.stream(c.getAnnotations()).anyMatch(a -> a.annotationType().getSimpleName().equals("Inject"))) return c;
        }
        if (constructors.length == 1) return constructors[0];
        throw new PluginDescriptor.DescriptorException(type.getName() + " needs exactly one public constructor (or one marked @Inject)");
    }

    private static void invokeIfPresent(Object instance, String interfaceName, String method) {
        for (Class<?> c = instance.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.getName().equals(interfaceName)) {
                    try {
                        Method m = i.getMethod(method);
                        m.invoke(instance);
                    } catch (InvocationTargetException e) {
                        throw new IllegalStateException(method + " failed on " + instance.getClass().getName(), e.getCause());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        for (Object component : components) {
            invokeIfPresent(component, "org.springframework.beans.factory.DisposableBean", "destroy");
        }
    }
}
