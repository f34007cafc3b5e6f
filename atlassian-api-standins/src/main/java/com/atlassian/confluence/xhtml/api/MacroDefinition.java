package com.atlassian.confluence.xhtml.api;

import com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId;
import java.util.Optional;

/**
 * Stand-in for the definition of the macro being rendered. Confluence puts it into the conversion
 * context under the property {@code "macroDefinition"} before it calls {@code Macro.execute}, which is
 * how a macro learns its own {@code ac:macro-id}.
 * <p>Signature source: {@code (MacroDefinition) conversionContext.getProperty("macroDefinition")} and
 * {@code Optional<MacroId> getMacroIdentifier()} as called by Confluence Data Center apps (iapetus
 * AbstractACMacro; decompiled com.uiux.macro.macros.Tab); no-argument constructor, {@code getName()},
 * {@code setName(String)} and {@code setMacroIdentifier(MacroId)} from the Confluence server javadoc of this class.
 */
public class MacroDefinition {
    private String name;
    private MacroId macroIdentifier;

    public MacroDefinition() {}

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public Optional<MacroId> getMacroIdentifier() { return Optional.ofNullable(macroIdentifier); }

    public void setMacroIdentifier(MacroId macroIdentifier) { this.macroIdentifier = macroIdentifier; }
}
