package io.meetingmemo.preview.render;

import java.util.Map;

/** Renders one structured macro found in storage. */
public interface MacroHandler {
    /**
     * @param name       ac:name of the macro
     * @param macroId    ac:macro-id of the macro, or null when storage gives none (always for the old ac:macro form)
     * @param parameters ac:parameter values as text; a parameter holding ri:user elements becomes the
     *                   comma-separated usernames resolved through UserDirectory (unresolvable keys stay as the key)
     * @param body       for ac:rich-text-body: the body already converted to view HTML (nested macros included);
     *                   for ac:plain-text-body: the raw text; null when the macro has no body
     * @return the macro's HTML, or null when no macro of that name is installed (the converter then shows a placeholder)
     */
    String render(String name, String macroId, Map<String, String> parameters, String body);
}
