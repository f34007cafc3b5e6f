package io.meetingmemo.preview.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meetingmemo.preview.descriptor.PluginDescriptor;
import io.meetingmemo.preview.platform.HostI18n;
import io.meetingmemo.preview.store.HostUsers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The app's real descriptor → the "Insert macro" dialog's macros and form fields. */
class MacroBrowserTest {
    private static final ClassLoader APP = MacroBrowserTest.class.getClassLoader();
    private static final PluginDescriptor DESCRIPTOR = PluginDescriptor.load(APP);
    private static final HostI18n I18N = new HostI18n(DESCRIPTOR.i18nLocation(), APP, new HostUsers());
    /** The body types of the app's macro classes, as the host's renderer reports them. */
    private static final Map<String, String> BODIES = Map.of("meeting-memo", "rich-text", "memo-guest", "none",
            "memo-contact", "rich-text", "memo-decision", "rich-text", "memo-action", "rich-text", "action-register", "none");
    private static final List<MacroBrowser.UserOption> USERS = List.of(new MacroBrowser.UserOption("k1", "eeva", "Eeva Mäkinen"));
    private static final List<MacroBrowser.SpaceOption> SPACES = List.of(new MacroBrowser.SpaceOption("EDUFUTURA", "EduFutura"));

    private static MacroBrowser.Metadata metadata(Locale locale) {
        return MacroBrowser.of(DESCRIPTOR, I18N, locale, BODIES::get, USERS, SPACES);
    }

    private static MacroBrowser.MacroInfo macro(MacroBrowser.Metadata metadata, String name) {
        return metadata.macros().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static MacroBrowser.Field field(MacroBrowser.MacroInfo macro, String name) {
        return macro.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyParameterTypeOfTheDescriptorHasItsFormInput() {
        Set<String> types = new TreeSet<>();
        DESCRIPTOR.macros().forEach(m -> m.parameters().forEach(p -> types.add(p.type())));
        // A new type in the descriptor must be given an input here (and in macro-browser.js) on purpose.
        assertEquals(new TreeSet<>(Set.of("boolean", "date", "enum", "int", "spacekey", "string", "username")), types);
        Map<String, String> inputs = Map.of("boolean", "checkbox", "date", "date", "enum", "select", "int", "number",
                "spacekey", "space", "string", "text", "username", "user");
        MacroBrowser.Metadata metadata = metadata(Locale.ENGLISH);
        for (PluginDescriptor.Macro m : DESCRIPTOR.macros()) {
            MacroBrowser.MacroInfo info = macro(metadata, m.name());
            assertEquals(m.parameterNames(), info.fields().stream().map(MacroBrowser.Field::name).toList(), "fields in descriptor order");
            for (PluginDescriptor.Parameter p : m.parameters()) {
                MacroBrowser.Field f = field(info, p.name());
                assertEquals(inputs.get(p.type()), f.input(), m.name() + "." + p.name());
                assertEquals(p.type(), f.type());
                assertEquals(p.required(), f.required(), m.name() + "." + p.name() + " required");
                assertFalse(f.label().isBlank(), m.name() + "." + p.name() + " has a label");
                assertFalse(f.label().startsWith("io.meetingmemo"), m.name() + "." + p.name() + " label is translated");
            }
        }
    }

    @Test
    void theMemoFormHasRequiredTitleAndDateAndUserPickers() {
        MacroBrowser.MacroInfo memo = macro(metadata(Locale.ENGLISH), "meeting-memo");
        assertEquals("Meeting memo", memo.label());
        assertTrue(memo.description().startsWith("Minutes of a meeting"), memo.description());
        assertEquals(List.of("communication"), memo.categories());
        assertEquals("rich-text", memo.body());

        MacroBrowser.Field title = field(memo, "title");
        assertEquals("text", title.input());
        assertTrue(title.required());
        assertEquals("Title", title.label());
        assertEquals("What the meeting was about.", title.description());

        MacroBrowser.Field date = field(memo, "date");
        assertEquals("date", date.input());
        assertTrue(date.required());

        MacroBrowser.Field attendees = field(memo, "attendees");
        assertEquals("user", attendees.input());
        assertTrue(attendees.multiple());
        assertFalse(attendees.required());

        MacroBrowser.Field minutesBy = field(memo, "minutes-by");
        assertEquals("user", minutesBy.input());
        assertFalse(minutesBy.multiple());
        assertEquals("Minutes by", minutesBy.label());
    }

    @Test
    void theActionFormHasAnAssigneePickerAndADueDate() {
        MacroBrowser.MacroInfo action = macro(metadata(Locale.ENGLISH), "memo-action");
        assertEquals("Memo action item", action.label());
        assertEquals("rich-text", action.body());
        assertEquals("user", field(action, "assignee").input());
        assertFalse(field(action, "assignee").multiple());
        assertEquals("text", field(action, "owner").input());
        assertEquals("date", field(action, "due").input());
        assertEquals("Due", field(action, "due").label());
    }

    @Test
    void theRegisterFormHasSpacesEnumsNumbersAndABoolean() {
        MacroBrowser.MacroInfo register = macro(metadata(Locale.ENGLISH), "action-register");
        assertEquals(List.of("reporting"), register.categories());
        assertEquals("none", register.body());

        MacroBrowser.Field spaces = field(register, "spaces");
        assertEquals("space", spaces.input());
        assertTrue(spaces.multiple());

        MacroBrowser.Field status = field(register, "status");
        assertEquals("select", status.input());
        assertEquals(List.of("open", "done", "all"), status.values());
        assertEquals("open", status.defaultValue());
        assertEquals(List.of("any", "overdue", "week", "month"), field(register, "due").values());

        MacroBrowser.Field mine = field(register, "mine");
        assertEquals("checkbox", mine.input());
        assertEquals("false", mine.defaultValue());

        MacroBrowser.Field pageSize = field(register, "pageSize");
        assertEquals("number", pageSize.input());
        assertEquals("25", pageSize.defaultValue());
        assertEquals("Rows per page", pageSize.label());

        assertNull(field(register, "series").defaultValue());
        assertTrue(field(register, "series").values().isEmpty());
    }

    @Test
    void everyMacroIsListedWithItsCategoriesOnce() {
        MacroBrowser.Metadata metadata = metadata(Locale.ENGLISH);
        assertEquals(DESCRIPTOR.macros().stream().map(PluginDescriptor.Macro::name).toList(),
                metadata.macros().stream().map(MacroBrowser.MacroInfo::name).toList());
        assertEquals(List.of(new MacroBrowser.Category("communication", "Communication"), new MacroBrowser.Category("reporting", "Reporting")),
                metadata.categories());
        assertEquals("none", macro(metadata, "memo-guest").body());
        assertEquals(USERS, metadata.users());
        assertEquals(SPACES, metadata.spaces());
    }

    @Test
    void labelsAndDescriptionsFollowTheUsersLanguage() {
        MacroBrowser.MacroInfo fi = macro(metadata(Locale.forLanguageTag("fi")), "meeting-memo");
        assertEquals("Kokousmuistio", fi.label());
        assertEquals("Otsikko", field(fi, "title").label());
        assertEquals("Osallistujat", field(fi, "attendees").label());
        assertEquals("Määräaika", field(macro(metadata(Locale.forLanguageTag("fi")), "memo-action"), "due").label());
        MacroBrowser.MacroInfo sv = macro(metadata(Locale.forLanguageTag("sv")), "action-register");
        assertFalse(sv.label().equals("Action register"), "Swedish label: " + sv.label());
        assertFalse(field(sv, "pageSize").label().equals("Rows per page"), "Swedish parameter label");
    }

    @Test
    void hiddenMacrosAreLeftOutAndMissingTranslationsFallBackToNames() {
        String xml = """
                <atlassian-plugin key="p" name="P">
                  <resource type="i18n" name="i18n" location="i18n/meeting-memo"/>
                  <xhtml-macro name="shown" key="shown" class="x.Shown">
                    <category name="my-own-category"/>
                    <parameters><parameter name="colour" type="color"/><parameter name="link" type="url" required="true"/></parameters>
                  </xhtml-macro>
                  <xhtml-macro name="secret" key="secret" class="x.Secret"><category name="hidden-macros"/></xhtml-macro>
                </atlassian-plugin>""";
        PluginDescriptor descriptor = PluginDescriptor.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Function<String, String> body = name -> "plain-text";
        MacroBrowser.Metadata metadata = MacroBrowser.of(descriptor, I18N, Locale.ENGLISH, body, List.of(), List.of());
        assertEquals(List.of("shown"), metadata.macros().stream().map(MacroBrowser.MacroInfo::name).toList());
        MacroBrowser.MacroInfo shown = metadata.macros().get(0);
        assertEquals("shown", shown.label());
        assertEquals("", shown.description());
        assertEquals(List.of(new MacroBrowser.Category("my-own-category", "My own category")), metadata.categories());
        assertEquals("colour", field(shown, "colour").label());
        assertEquals("text", field(shown, "colour").input(), "a type without a picker is edited as text");
        assertTrue(field(shown, "link").required());
    }

    @Test
    void theJsonCarriesEveryFieldByName() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(metadata(Locale.ENGLISH)));
        JsonNode memo = json.get("macros").get(0);
        assertEquals("meeting-memo", memo.get("name").asText());
        assertEquals("rich-text", memo.get("body").asText());
        JsonNode title = memo.get("fields").get(0);
        assertEquals("title", title.get("name").asText());
        assertTrue(title.get("required").asBoolean());
        assertEquals("eeva", json.get("users").get(0).get("username").asText());
        assertEquals("EDUFUTURA", json.get("spaces").get(0).get("key").asText());
    }
}
