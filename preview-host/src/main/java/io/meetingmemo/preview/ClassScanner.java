package io.meetingmemo.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists the classes of a package (and its sub-packages), from a jar or a class directory, as REST scanning does. */
final class ClassScanner {
    private ClassScanner() {}

    static List<String> classesIn(String packageName, ClassLoader loader) {
        String path = packageName.replace('.', '/');
        List<String> classes = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("jar")) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                            String name = entries.nextElement().getName();
                            if (name.startsWith(path + "/") && isTopLevelClass(name)) classes.add(className(name));
                        }
                    }
                } else if (root.getProtocol().equals("file")) {
                    Path dir = Paths.get(root.toURI());
                    Path base = dir;
                    for (int i = 0; i < path.split("/").length; i++) base = base.getParent();
                    Path classRoot = base;
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.map(f -> classRoot.relativize(f).toString().replace('\\', '/'))
                                .filter(ClassScanner::isTopLevelClass).map(ClassScanner::className).forEach(classes::add);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }

    private static boolean isTopLevelClass(String name) { return name.endsWith(".class") && !name.contains("$"); }

    private static String className(String entry) { return entry.substring(0, entry.length() - ".class".length()).replace('/', '.'); }
}
