package io.meetingmemo.memo.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/** Hands out the keys of one page so that no two memos or items share a key. */
final class PageKeys {

    private static final int DERIVED_HEX_LENGTH = 12;

    private final Set<String> taken = new HashSet<>();
    /** The next suffix to try per key, so that thousands of equal keys stay linear. */
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    /** The key itself when still free, else the key with the first free suffix "-2", "-3", …. */
    String claim(String key) {
        if (taken.add(key)) return key;
        int suffix = nextSuffix.getOrDefault(key, 2);
        while (!taken.add(key + "-" + suffix)) suffix++;
        nextSuffix.put(key, suffix + 1);
        return key + "-" + suffix;
    }

    /**
     * {@code prefix-} and the first 12 hex digits of the SHA-256 of the parts joined by {@code |}
     * (null parts as empty): the same content always gives the same key.
     */
    static String derive(String prefix, String... parts) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) joined.append('|');
            if (parts[i] != null) joined.append(parts[i]);
        }
        byte[] hash = sha256().digest(joined.toString().getBytes(StandardCharsets.UTF_8));
        return prefix + "-" + HexFormat.of().formatHex(hash).substring(0, DERIVED_HEX_LENGTH);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
