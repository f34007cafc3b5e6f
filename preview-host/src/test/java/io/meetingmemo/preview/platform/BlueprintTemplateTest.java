package io.meetingmemo.preview.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Content templates are filled as Confluence fills them: escaped variables, raw storage, i18n, nothing of at: left. */
class BlueprintTemplateTest {
    @Test
    void variablesAreEscapedUnlessRawAndI18nKeysAreLookedUp() {
        String template = "<ac:parameter ac:name=\"title\"><at:var at:name=\"title\"/></ac:parameter>"
                + "<ac:parameter ac:name=\"attendees\"><at:var at:name=\"creator\" at:rawxhtml=\"true\"/></ac:parameter>"
                + "<h3><at:i18n at:key=\"agenda\"/></h3><p><at:var at:name=\"missing\"/></p>";
        String filled = BlueprintTemplate.fill(template,
                Map.of("title", "Budget <b>&</b>", "creator", "<ri:user ri:userkey=\"k1\" />"), key -> key.equals("agenda") ? "Esityslista" : key);
        assertEquals("<ac:parameter ac:name=\"title\">Budget &lt;b&gt;&amp;&lt;/b&gt;</ac:parameter>"
                + "<ac:parameter ac:name=\"attendees\"><ri:user ri:userkey=\"k1\" /></ac:parameter>"
                + "<h3>Esityslista</h3><p></p>", filled);
    }

    @Test
    void anUnknownTemplateElementOrBrokenXmlIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BlueprintTemplate.fill("<at:include at:name=\"x\"/>", Map.of(), k -> k));
        assertThrows(IllegalArgumentException.class, () -> BlueprintTemplate.fill("<p>", Map.of(), k -> k));
    }
}
