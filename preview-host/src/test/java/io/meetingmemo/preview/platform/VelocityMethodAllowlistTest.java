package io.meetingmemo.preview.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.templaterenderer.RenderingException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The app's templates render under Confluence 9+'s method allowlist and Velocity 1.6's #if. */
class VelocityMethodAllowlistTest {
    private static final String DIR = "io/meetingmemo/preview/platform/";
    private final HostTemplateRenderer asConfluence = new HostTemplateRenderer(getClass().getClassLoader());
    private final HostTemplateRenderer hostPages = HostTemplateRenderer.forHostPages(getClass().getClassLoader());

    record Person(String name) {}

    @Test
    void mapEntriesAndIterationAreAllowed() throws Exception {
        String html = render(asConfluence, "map-and-list.vm", Map.of("people", List.of(Map.of("name", "Petri <P>"), Map.of("name", "Sanna"))));
        assertEquals("<li>Petri &lt;P&gt;</li><li>Sanna</li>", html.strip());
    }

    @Test
    void aMethodCallOnAListIsRefusedWithTheSignatureConfluenceWouldLog() {
        RenderingException refused = assertThrows(RenderingException.class,
                () -> render(asConfluence, "calls-isempty.vm", Map.of("people", List.of("x"))));
        assertTrue(refused.getMessage().contains("#isEmpty() needs allowlisting"), refused.getMessage());
        assertTrue(refused.getMessage().contains("calls-isempty.vm line 1"), refused.getMessage());
    }

    @Test
    void methodsAndGettersOfTheAppsOwnClassesAreRefused() {
        Map<String, Object> model = Map.of("person", new Person("Petri"));
        RenderingException call = assertThrows(RenderingException.class, () -> render(asConfluence, "calls-record-method.vm", model));
        assertTrue(call.getMessage().contains(Person.class.getName() + "#name() needs allowlisting"), call.getMessage());
        RenderingException property = assertThrows(RenderingException.class, () -> render(asConfluence, "reads-record-property.vm", model));
        assertTrue(property.getMessage().contains("has no readable property name"), property.getMessage());
        RenderingException getter = assertThrows(RenderingException.class,
                () -> render(asConfluence, "reads-getter.vm", Map.of("date", LocalDate.of(2012, 5, 16))));
        assertTrue(getter.getMessage().contains("java.time.LocalDate#getYear() needs allowlisting"), getter.getMessage());
    }

    @Test
    void settingAPropertyIsRefused() {
        Map<String, Object> model = new HashMap<>();
        model.put("m", new HashMap<>(Map.of("title", "t")));
        assertThrows(RenderingException.class, () -> render(asConfluence, "sets-property.vm", model));
    }

    @Test
    void anEmptyStringIsTrueInIfAsInConfluencesVelocity() throws Exception {
        assertEquals("[]", render(asConfluence, "if-empty-string.vm", Map.of("time", "")).strip());
        assertEquals("none", render(asConfluence, "if-empty-string.vm", Map.of()).strip());
    }

    @Test
    void theHostsOwnPagesAreNotHeldToConfluencesRules() throws Exception {
        assertEquals("some", render(hostPages, "calls-isempty.vm", Map.of("people", List.of("x"))).strip());
    }

    private static String render(HostTemplateRenderer renderer, String template, Map<String, Object> model) throws Exception {
        StringWriter out = new StringWriter();
        renderer.render(DIR + template, new HashMap<>(model), out);
        return out.toString();
    }
}
