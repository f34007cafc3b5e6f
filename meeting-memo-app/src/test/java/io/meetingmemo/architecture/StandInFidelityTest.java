package io.meetingmemo.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.confluence.macro.Macro;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.java.ao.Entity;
import org.junit.jupiter.api.Test;

/**
 * The app runs against the real Confluence, not our stand-ins, so the stand-ins must be faithful: every
 * com.atlassian type, method, constructor and field the app's bytecode references must exist in the
 * stand-in jar with the same owner, name and parameter types (resolved through supertypes as the JVM
 * does), and every stand-in source says where its signatures come from.
 */
class StandInFidelityTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("io.meetingmemo");

    @Test
    void everyAtlassianMemberTheAppReferencesExistsInTheStandIns() throws Exception {
        Set<String> referenced = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        try (URLClassLoader standIns = new URLClassLoader(new URL[] {jarOf(Macro.class), jarOf(Entity.class)},
                ClassLoader.getPlatformClassLoader())) {
            for (JavaClass type : APP) {
                for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                    AccessTarget target = access.getTarget();
                    String owner = target.getOwner().getName();
                    if (!owner.startsWith("com.atlassian.")) continue;
                    String member = owner + "#" + target.getName() + parameters(target);
                    if (referenced.add(member) && !resolves(standIns, target)) missing.add(member);
                }
                for (JavaClass dependency : typesUsedBy(type)) {
                    if (dependency.getName().startsWith("com.atlassian.") && referenced.add(dependency.getName())) {
                        try {
                            Class.forName(dependency.getName(), false, standIns);
                        } catch (ClassNotFoundException e) {
                            missing.add(dependency.getName());
                        }
                    }
                }
            }
        }
        assertTrue(referenced.size() > 40, "the scan saw the app's Atlassian references: " + referenced.size());
        assertTrue(missing.isEmpty(), "missing from the stand-ins: " + missing);
    }

    @Test
    void everyStandInCitesTheSourceOfItsSignatures() throws IOException {
        Path sources = Paths.get("..", "atlassian-api-standins", "src", "main", "java", "com", "atlassian");
        List<String> uncited = new ArrayList<>();
        int count;
        try (Stream<Path> files = Files.walk(sources)) {
            List<Path> java = files.filter(f -> f.toString().endsWith(".java")).toList();
            count = java.size();
            for (Path file : java) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (!text.matches("(?s).*/\\*\\*.*[Ss]ource.*\\*/.*")) uncited.add(file.toString());
            }
        }
        assertTrue(count > 20, "stand-in sources found: " + count);
        assertTrue(uncited.isEmpty(), "stand-ins without a cited source: " + uncited);
    }

    private static List<JavaClass> typesUsedBy(JavaClass type) {
        List<JavaClass> used = new ArrayList<>();
        type.getRawInterfaces().forEach(used::add);
        type.getRawSuperclass().ifPresent(used::add);
        Deque<JavaAnnotation<?>> annotations = new ArrayDeque<>(type.getAnnotations());
        for (JavaCodeUnit unit : type.getCodeUnits()) {
            annotations.addAll(unit.getAnnotations());
            used.addAll(unit.getRawParameterTypes());
            used.add(unit.getRawReturnType());
        }
        annotations.forEach(a -> used.add(a.getRawType()));
        return used;
    }

    private static String parameters(AccessTarget target) {
        if (target instanceof AccessTarget.CodeUnitAccessTarget code) {
            return "(" + String.join(",", code.getRawParameterTypes().stream().map(JavaClass::getName).toList()) + ")";
        }
        return "";
    }

    private static boolean resolves(ClassLoader standIns, AccessTarget target) throws ClassNotFoundException {
        Class<?> owner = Class.forName(target.getOwner().getName(), false, standIns);
        if (target instanceof AccessTarget.FieldAccessTarget) {
            for (Class<?> c : hierarchy(owner)) {
                for (Field f : c.getDeclaredFields()) if (f.getName().equals(target.getName())) return true;
            }
            return false;
        }
        AccessTarget.CodeUnitAccessTarget code = (AccessTarget.CodeUnitAccessTarget) target;
        List<String> wanted = code.getRawParameterTypes().stream().map(JavaClass::getName).toList();
        for (Class<?> c : hierarchy(owner)) {
            List<Executable> candidates = new ArrayList<>(Arrays.asList(c.getDeclaredMethods()));
            if (c == owner) candidates.addAll(Arrays.asList(c.getDeclaredConstructors()));
            for (Executable e : candidates) {
                String name = e instanceof java.lang.reflect.Constructor<?> ? "<init>" : e.getName();
                if (name.equals(target.getName())
                        && Arrays.stream(e.getParameterTypes()).map(Class::getName).toList().equals(wanted)) return true;
            }
        }
        return false;
    }

    private static List<Class<?>> hierarchy(Class<?> type) {
        List<Class<?>> all = new ArrayList<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (c == null || all.contains(c)) continue;
            all.add(c);
            if (c.getSuperclass() != null) todo.add(c.getSuperclass());
            todo.addAll(Arrays.asList(c.getInterfaces()));
        }
        return all;
    }

    private static URL jarOf(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
