package io.meetingmemo.preview.platform;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * Confluence 9 and later run every method call in a Velocity template through a method allowlist and
 * block what is not on it ("needs allowlisting: a.b.C#m(java.lang.String)"). The exact global list is
 * not published, so the host allows only what a template needs to display a prepared view model of
 * JDK maps, lists, strings, booleans and numbers: reading a map entry ({@code $memo.title}) and iterating
 * a collection ({@code #foreach}). Any other call, {@code $list.isEmpty()} or a getter on an app class
 * included, stops the rendering with the signature Confluence would log, so a template that Confluence
 * would render wrongly fails in the host and its tests instead.
 */
public final class VelocityMethodAllowlist extends UberspectImpl {
    /** Methods templates may call, in Confluence's {@code class#method(parameter types)} form. */
    static final Set<String> ALLOWED = Set.of("java.util.Map#get(java.lang.Object)");

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) {
        VelMethod method = super.getMethod(obj, methodName, args, info);
        if (method instanceof VelMethodImpl impl && impl.getMethod() != null) check(obj, impl.getMethod(), info);
        else if (obj != null) refuse(obj.getClass().getName() + "#" + methodName + "(" + Arrays.stream(args)
                .map(a -> a == null ? "null" : a.getClass().getName()).collect(Collectors.joining(",")) + ")", info);
        return method;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) {
        if (obj instanceof Map) return super.getPropertyGet(obj, identifier, info);
        VelPropertyGet getter = super.getPropertyGet(obj, identifier, info);
        // Confluence would print the reference itself ("$person.name") where nothing answers; fail instead.
        if (getter == null && obj != null) refuse(obj.getClass().getName() + " has no readable property " + identifier + ";", info);
        if (getter != null && obj != null) {
            Method method = publicMethod(obj.getClass(), getter.getMethodName());
            if (method == null) refuse(obj.getClass().getName() + "#" + getter.getMethodName() + "()", info);
            else check(obj, method, info);
        }
        return getter;
    }

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info info) {
        refuse((obj == null ? "null" : obj.getClass().getName()) + "#set " + identifier, info);
        return null;
    }

    private static void check(Object target, Method method, Info info) {
        String wanted = method.getName() + "(" + Arrays.stream(method.getParameterTypes()).map(Class::getName)
                .collect(Collectors.joining(",")) + ")";
        for (Class<?> type : typesOf(target.getClass())) {
            if (declares(type, method) && ALLOWED.contains(type.getName() + "#" + wanted)) return;
        }
        refuse(method.getDeclaringClass().getName() + "#" + wanted, info);
    }

    private static void refuse(String signature, Info info) {
        throw new VelocityException("Velocity method allowlist: " + signature + " needs allowlisting ("
                + info.getTemplateName() + " line " + info.getLine() + "); Confluence 9+ blocks this call."
                + " Pass the value in the view model instead.");
    }

    private static boolean declares(Class<?> type, Method method) {
        try {
            type.getMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The class, its superclasses and every interface they implement. */
    private static Set<Class<?>> typesOf(Class<?> type) {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(type);
        while (!todo.isEmpty()) {
            Class<?> t = todo.poll();
            if (!seen.add(t)) continue;
            if (t.getSuperclass() != null) todo.add(t.getSuperclass());
            todo.addAll(Arrays.asList(t.getInterfaces()));
        }
        return seen;
    }

    /** The getter Velocity resolved for {@code $obj.identifier}: {@code getX()}, {@code isX()} or {@code get(String)}. */
    private static Method publicMethod(Class<?> type, String name) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && (m.getParameterCount() == 0
                    || (m.getParameterCount() == 1 && m.getParameterTypes()[0] == String.class))) return m;
        }
        return null;
    }
}
