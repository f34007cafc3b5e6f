package io.meetingmemo.embeddedao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;
import net.java.ao.schema.TableNameConverter;

/**
 * Table names as the Active Objects plugin makes them: {@code AO_} + the last six hex digits of
 * MD5(namespace), upper-cased, then the entity's {@code @Table} name (or class name) in UPPER_SNAKE.
 * The namespace is the ao module's {@code namespace} attribute, so the names never change with the
 * plugin key.
 */
public final class AoTableNames implements TableNameConverter {
    private final String prefix;

    public AoTableNames(String namespace) {
        this.prefix = prefixFor(namespace);
    }

    /** {@code AO_1A2B3C_} for a namespace. */
    public static String prefixFor(String namespace) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    public String prefix() { return prefix; }

    @Override
    public String getName(Class<? extends RawEntity<?>> entityClass) {
        Table table = entityClass.getAnnotation(Table.class);
        String base = table != null ? table.value() : entityClass.getSimpleName();
        return prefix + upperSnake(base);
    }

    static String upperSnake(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) out.append('_');
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }
}
