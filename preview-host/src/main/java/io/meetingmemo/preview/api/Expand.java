package io.meetingmemo.preview.api;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Confluence's {@code expand} parameter: comma-separated property paths such as {@code body.storage,version,space}. */
public record Expand(Set<String> paths) {
    public static final Expand NONE = new Expand(Set.of());

    public static Expand of(String expand) {
        if (expand == null || expand.isBlank()) return NONE;
        return new Expand(Arrays.stream(expand.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet()));
    }

    /** True when the property, or anything below it, is expanded ({@code has("body")} for {@code body.storage}). */
    public boolean has(String path) {
        for (String p : paths) if (p.equals(path) || p.startsWith(path + ".")) return true;
        return false;
    }

    /** The expansion below a property: {@code body.storage} below {@code body} is {@code storage}. */
    public Expand below(String path) {
        return new Expand(paths.stream().filter(p -> p.startsWith(path + ".")).map(p -> p.substring(path.length() + 1))
                .collect(Collectors.toUnmodifiableSet()));
    }

    public Expand with(String... more) {
        java.util.Set<String> all = new java.util.HashSet<>(paths);
        all.addAll(Arrays.asList(more));
        return new Expand(Set.copyOf(all));
    }
}
