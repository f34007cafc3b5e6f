package com.atlassian.confluence.content.render.xhtml.storage.macro;

import java.util.Objects;

/**
 * Stand-in for a macro's {@code ac:macro-id}, as Confluence hands it to a macro through the
 * {@code macroDefinition} conversion-context property.
 * <p>Signature source: {@code MacroId.getId()} called by Confluence apps on MacroDefinition.getMacroIdentifier()
 * (decompiled app com.uiux.macro.macros.Tab, which imports this package and name); the static factory
 * {@code fromString(String)} from the Confluence server javadoc of this class (docs.atlassian.com/ConfluenceServer/javadoc).
 */
public final class MacroId {
    private final String id;

    private MacroId(String id) { this.id = Objects.requireNonNull(id); }

    public static MacroId fromString(String id) { return new MacroId(id); }

    public String getId() { return id; }

    @Override public boolean equals(Object o) { return o instanceof MacroId m && m.id.equals(id); }

    @Override public int hashCode() { return id.hashCode(); }

    @Override public String toString() { return "MacroId(" + id + ")"; }
}
