package io.meetingmemo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.meetingmemo.actionitem.rest.ActionItemJson;
import io.meetingmemo.actionitem.rest.AdminResource;
import io.meetingmemo.actionitem.rest.MemoJson;
import io.meetingmemo.actionitem.rest.ContactJson;
import io.meetingmemo.actionitem.rest.MinutesJson;
import io.meetingmemo.actionitem.rest.SeriesJson;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document shipped with the app describes exactly the API the app implements: the same
 * operations, the same query and path parameters, and JSON schemas with the same properties as the
 * records the resources return. Integrators can generate clients from it and trust them.
 */
class OpenApiContractTest {
    private static final String DOCUMENT = "openapi/meeting-memo-api.json";
    private static final String REST_PACKAGE = "io.meetingmemo.actionitem.rest";
    private static final Map<String, Class<?>> SCHEMAS = Map.ofEntries(
            Map.entry("Item", ActionItemJson.Item.class), Map.entry("MemoRef", ActionItemJson.MemoRef.class),
            Map.entry("Person", ActionItemJson.Person.class), Map.entry("ItemPage", ActionItemJson.ItemPage.class),
            Map.entry("HistoryEntry", ActionItemJson.HistoryEntry.class), Map.entry("History", ActionItemJson.History.class),
            Map.entry("StatusRequest", ActionItemJson.StatusRequest.class), Map.entry("Error", ActionItemJson.Error.class),
            Map.entry("PageMemos", MemoJson.PageMemos.class), Map.entry("Memo", MemoJson.Memo.class),
            Map.entry("Attendee", MemoJson.Attendee.class), Map.entry("Guest", MemoJson.Guest.class),
            Map.entry("Contact", MemoJson.Contact.class), Map.entry("MemoAction", MemoJson.Action.class),
            Map.entry("Problem", MemoJson.Problem.class), Map.entry("MemoSummaryPage", MemoJson.MemoSummaryPage.class),
            Map.entry("MemoSummary", MemoJson.MemoSummary.class), Map.entry("MemoCounts", MemoJson.MemoCounts.class), Map.entry("ResyncRequest", AdminResource.ResyncRequest.class),
            Map.entry("ResyncProgress", AdminResource.ResyncProgress.class),
            Map.entry("Position", io.meetingmemo.actionitem.domain.ActionItemResync.Position.class),
            Map.entry("Series", SeriesJson.Series.class), Map.entry("LatestMemo", SeriesJson.LatestMemo.class),
            Map.entry("SeriesPage", SeriesJson.SeriesPage.class), Map.entry("SeriesError", SeriesJson.Error.class),
            Map.entry("NextMeetingPlacement", io.meetingmemo.actionitem.rest.NextMeetingResource.Placement.class),
            Map.entry("ContactFieldProblem", ContactJson.FieldProblem.class), Map.entry("ContactError", ContactJson.Error.class),
            Map.entry("ContactMemo", ContactJson.Memo.class), Map.entry("ContactOpenItem", ContactJson.OpenItem.class),
            Map.entry("ContactPersonSummary", ContactJson.PersonSummary.class), Map.entry("ContactPerson", ContactJson.Person.class),
            Map.entry("ContactOrganisationSummary", ContactJson.OrganisationSummary.class),
            Map.entry("ContactOrganisation", ContactJson.Organisation.class), Map.entry("ContactPeoplePage", ContactJson.PeoplePage.class),
            Map.entry("ContactOrganisationsPage", ContactJson.OrganisationsPage.class), Map.entry("ContactPageRef", ContactJson.PageRef.class),
            Map.entry("ContactErasure", ContactJson.Erasure.class),
            Map.entry("MinutesSendResult", MinutesJson.SendResult.class), Map.entry("MinutesRecipient", MinutesJson.Recipient.class),
            Map.entry("MinutesMail", MinutesJson.Mail.class), Map.entry("MinutesSendSummary", MinutesJson.SendSummary.class),
            Map.entry("MinutesSends", MinutesJson.Sends.class), Map.entry("MinutesSend", MinutesJson.Send.class),
            Map.entry("MinutesDelivery", MinutesJson.Delivery.class), Map.entry("MinutesError", MinutesJson.Error.class),
            Map.entry("ReminderSettings", io.meetingmemo.actionitem.rest.ReminderResource.AdminSettings.class),
            Map.entry("ReminderLastRun", io.meetingmemo.actionitem.rest.ReminderResource.LastRun.class),
            Map.entry("ReminderRunResult", io.meetingmemo.actionitem.rest.ReminderResource.RunResult.class),
            Map.entry("ReminderSettingsError", io.meetingmemo.actionitem.rest.ReminderResource.SettingsError.class),
            Map.entry("MySettings", io.meetingmemo.actionitem.rest.ReminderResource.MySettings.class),
            Map.entry("SeriesReminders", io.meetingmemo.actionitem.rest.SeriesRemindersResource.SeriesReminders.class),
            Map.entry("Decision", io.meetingmemo.actionitem.rest.DecisionJson.Decision.class),
            Map.entry("DecisionPage", io.meetingmemo.actionitem.rest.DecisionJson.DecisionPage.class),
            Map.entry("ContactAnonymised", ContactJson.Anonymised.class),
            Map.entry("ContactExportedItem", ContactJson.ExportedItem.class),
            Map.entry("ContactExportedDecision", ContactJson.ExportedDecision.class),
            Map.entry("ContactExportedMemo", ContactJson.ExportedMemo.class),
            Map.entry("ContactExportedDelivery", ContactJson.ExportedDelivery.class),
            Map.entry("ContactExportedSeries", ContactJson.ExportedSeries.class));

    private static JsonNode document() throws Exception {
        try (InputStream in = OpenApiContractTest.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            return TestHost.JSON.readTree(in);
        }
    }

    @Test
    void everyImplementedOperationIsDocumentedWithItsParametersAndNothingElseIs() throws Exception {
        Map<String, Set<String>> implemented = new TreeMap<>();
        for (Class<?> resource : resources()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getMethods()) {
                String verb = verb(m);
                if (verb == null) continue;
                String path = join(base, m.isAnnotationPresent(Path.class) ? m.getAnnotation(Path.class).value() : "");
                implemented.put(verb + " " + path, parameters(m));
            }
        }
        Map<String, Set<String>> documented = new TreeMap<>();
        JsonNode paths = document().get("paths");
        for (Iterator<String> p = paths.fieldNames(); p.hasNext(); ) {
            String path = p.next();
            for (Iterator<String> v = paths.get(path).fieldNames(); v.hasNext(); ) {
                String verb = v.next();
                Set<String> params = new TreeSet<>();
                JsonNode list = paths.get(path).get(verb).get("parameters");
                if (list != null) list.forEach(param -> params.add(param.get("in").asText() + ":" + param.get("name").asText()));
                documented.put(verb.toUpperCase() + " " + path, params);
            }
        }
        assertEquals(implemented, documented);
    }

    @Test
    void everySchemaHasExactlyThePropertiesOfTheJsonTheApiWrites() throws Exception {
        JsonNode schemas = document().get("components").get("schemas");
        for (Map.Entry<String, Class<?>> schema : SCHEMAS.entrySet()) {
            Set<String> documented = new TreeSet<>();
            schemas.get(schema.getKey()).get("properties").fieldNames().forEachRemaining(documented::add);
            Set<String> implemented = new TreeSet<>();
            for (RecordComponent c : schema.getValue().getRecordComponents()) implemented.add(c.getName());
            assertEquals(implemented, documented, schema.getKey());
        }
    }

    @Test
    void theAppServesTheDocument() throws Exception {
        try (TestHost test = TestHost.startOnH2()) {
            JsonNode served = test.as("olli").json("GET", "/rest/meeting-memo/1.0/openapi.json", null, 200);
            assertEquals(document(), served);
            assertTrue(served.get("paths").has("/action-items"));
        }
    }

    private static Set<Class<?>> resources() throws Exception {
        Set<Class<?>> found = new java.util.LinkedHashSet<>();
        for (String name : Set.of("ActionItemResource", "ActionItemExportResource", "PageMemosResource", "MemoRecordResource", "AdminResource",
                "ApiDocumentResource", "SeriesResource", "NextMeetingResource", "MinutesResource", "ReminderResource", "MySettingsResource",
                "SeriesRemindersResource", "ContactsResource", "DecisionResource", "DecisionExportResource")) {
            found.add(Class.forName(REST_PACKAGE + "." + name));
        }
        // Guard against a resource class added without a row above: scan the package directory.
        java.net.URL dir = OpenApiContractTest.class.getClassLoader().getResource(REST_PACKAGE.replace('.', '/'));
        if (dir != null && dir.getProtocol().equals("file")) {
            for (String file : new java.io.File(dir.toURI()).list()) {
                if (!file.endsWith(".class") || file.contains("$")) continue;
                Class<?> type = Class.forName(REST_PACKAGE + "." + file.replace(".class", ""));
                if (type.isAnnotationPresent(Path.class)) assertTrue(found.contains(type), type + " is not covered by the contract test");
            }
        }
        return found;
    }

    private static Set<String> parameters(Method m) {
        Set<String> names = new TreeSet<>();
        for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(QueryParam.class)) names.add("query:" + p.getAnnotation(QueryParam.class).value());
            if (p.isAnnotationPresent(PathParam.class)) names.add("path:" + p.getAnnotation(PathParam.class).value());
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Field f : p.getType().getDeclaredFields()) {
                    if (f.isAnnotationPresent(QueryParam.class)) names.add("query:" + f.getAnnotation(QueryParam.class).value());
                }
            }
        }
        return names;
    }

    private static String verb(Method m) {
        if (m.isAnnotationPresent(GET.class)) return "GET";
        if (m.isAnnotationPresent(PUT.class)) return "PUT";
        if (m.isAnnotationPresent(POST.class)) return "POST";
        if (m.isAnnotationPresent(DELETE.class)) return "DELETE";
        if (m.isAnnotationPresent(PATCH.class)) return "PATCH";
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
