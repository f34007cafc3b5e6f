package com.atlassian.activeobjects.external;

/**
 * Stand-in for the AO model version an upgrade task brings the schema to. {@code valueOf(null)} is 0.
 * <p>Signature source: Active Objects plugin 5.2.1 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5, activeobjects-plugin); the entity API itself (net.java.ao) comes from Maven Central.
 */
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) { this.version = version; }

    public static ModelVersion valueOf(String version) {
        return new ModelVersion(version == null || version.isBlank() ? 0 : Integer.parseInt(version.trim()));
    }

    public boolean isOlderThan(ModelVersion other) { return compareTo(other) < 0; }

    public boolean isNewerThan(ModelVersion other) { return compareTo(other) > 0; }

    public boolean isSame(ModelVersion other) { return compareTo(other) == 0; }

    @Override public int compareTo(ModelVersion other) { return Integer.compare(version, other.version); }

    @Override public boolean equals(Object o) { return o instanceof ModelVersion m && m.version == version; }

    @Override public int hashCode() { return version; }

    @Override public String toString() { return String.valueOf(version); }
}
