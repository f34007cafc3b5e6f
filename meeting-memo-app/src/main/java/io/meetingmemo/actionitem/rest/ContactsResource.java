package io.meetingmemo.actionitem.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.contact.app.ContactRegister;
import io.meetingmemo.contact.domain.PersonTraces;
import io.meetingmemo.contact.export.ContactExports;
import io.meetingmemo.contact.domain.ContactLink;
import io.meetingmemo.contact.domain.ContactPerson;
import io.meetingmemo.contact.domain.Organisation;
import io.meetingmemo.contact.domain.OrganisationKind;
import io.meetingmemo.contact.domain.RelationshipStatus;
import io.meetingmemo.platform.ItemPresenter;
import io.meetingmemo.platform.Readers;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code /rest/meeting-memo/1.0/organisations} and {@code /people}: the contacts registers of the spaces. Each register
 * is as visible as its space; an entry of a space the caller may not view is a 404, as an unknown one is. Writes are
 * JSON only, name the version they read (a stale one gets 409) and may hold only the entry's fields (400 otherwise,
 * with a reason per field). Exporting and erasing a person is for administrators.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@AnonymousSiteAccess
public class ContactsResource {
    private static final Set<String> ORGANISATION_FIELDS = Set.of("version", "spaceKey", "name", "kind", "networks", "website");
    private static final Set<String> PERSON_FIELDS = Set.of("version", "spaceKey", "name", "organisationId", "role", "email", "phone",
            "keeperKey", "status", "notes", "purpose", "retainUntil", "lastMet");
    private static final Set<String> MERGE_FIELDS = Set.of("version", "mergeId", "mergeVersion");

    private final ContactRegister register;
    private final Readers readers;
    private final ApplicationProperties applicationProperties;

    @Inject
    public ContactsResource(ContactRegister register, Readers readers, ApplicationProperties applicationProperties) {
        this.register = register;
        this.readers = readers;
        this.applicationProperties = applicationProperties;
    }

    @GET
    @Path("organisations")
    public ContactJson.OrganisationsPage organisations(@QueryParam("spaceKey") String spaceKey, @QueryParam("q") String q,
                                                      @QueryParam("kind") String kind, @QueryParam("network") String network,
                                                      @QueryParam("limit") @DefaultValue("50") String limit,
                                                      @QueryParam("next") String next) {
        OrganisationKind parsedKind = kind == null || kind.isBlank() ? null : OrganisationKind.parse(kind)
                .orElseThrow(() -> ApiErrors.badRequest("kind must be one of municipality, school, company, media, association, other"));
        int max = RequestValues.intInRange("limit", limit, 1, ContactRegister.MAX_LIMIT);
        ContactRegister.OrganisationsPage page = call(() -> register.organisations(RequestValues.blankToNull(spaceKey),
                RequestValues.blankToNull(q), parsedKind, RequestValues.blankToNull(network), RequestValues.blankToNull(next), max));
        return new ContactJson.OrganisationsPage(page.organisations().stream().map(ContactsResource::summary).toList(), page.next());
    }

    @POST
    @Path("organisations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createOrganisation(Map<String, Object> body) {
        Map<String, Object> fields = fields(body, ORGANISATION_FIELDS);
        Organisation draft = organisation(fields, text(fields, "spaceKey"), 0);
        Organisation created = call(() -> register.createOrganisation(draft));
        return Response.status(201).entity(json(call(() -> register.organisation(created.id())))).build();
    }

    @GET
    @Path("organisations/{id}")
    public ContactJson.Organisation organisation(@PathParam("id") String id) {
        long organisationId = RequestValues.positiveLong("id", id);
        return json(call(() -> register.organisation(organisationId)));
    }

    @PUT
    @Path("organisations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContactJson.Organisation updateOrganisation(@PathParam("id") String id, Map<String, Object> body) {
        long organisationId = RequestValues.positiveLong("id", id);
        Map<String, Object> fields = fields(body, ORGANISATION_FIELDS);
        Organisation changed = organisation(fields, null, version(fields));
        call(() -> register.updateOrganisation(organisationId, changed));
        return json(call(() -> register.organisation(organisationId)));
    }

    @GET
    @Path("people")
    public ContactJson.PeoplePage people(@QueryParam("spaceKey") String spaceKey, @QueryParam("q") String q,
                                         @QueryParam("organisation") String organisation, @QueryParam("status") String status,
                                         @QueryParam("limit") @DefaultValue("50") String limit, @QueryParam("next") String next) {
        Long organisationId = organisationId(organisation);
        RelationshipStatus parsedStatus = status(status);
        int max = RequestValues.intInRange("limit", limit, 1, ContactRegister.MAX_LIMIT);
        ContactRegister.PeoplePage page = call(() -> register.people(RequestValues.blankToNull(spaceKey), RequestValues.blankToNull(q),
                organisationId, parsedStatus, RequestValues.blankToNull(next), max));
        return new ContactJson.PeoplePage(page.people().stream().map(ContactsResource::summary).toList(), page.next());
    }

    /** The same people as {@code GET /people} (every page of it, up to 5,000) as CSV. */
    @GET
    @Path("people.csv")
    @Produces("text/csv;charset=utf-8")
    public Response peopleCsv(@QueryParam("spaceKey") String spaceKey, @QueryParam("q") String q,
                              @QueryParam("organisation") String organisation, @QueryParam("status") String status) {
        ContactRegister.Export export = export(spaceKey, q, organisation, status);
        java.io.StringWriter out = new java.io.StringWriter();
        exports(export).csv(export.people(), out);
        return Response.ok(out.toString()).header("Content-Disposition", "attachment; filename=\"contacts.csv\"")
                .header(ActionItemExportResource.TRUNCATED_HEADER, export.truncated()).build();
    }

    /** The same people as vCard 4.0 cards, one per person. */
    @GET
    @Path("people.vcf")
    @Produces("text/vcard;charset=utf-8")
    public Response peopleVcard(@QueryParam("spaceKey") String spaceKey, @QueryParam("q") String q,
                                @QueryParam("organisation") String organisation, @QueryParam("status") String status) {
        ContactRegister.Export export = export(spaceKey, q, organisation, status);
        java.io.StringWriter out = new java.io.StringWriter();
        exports(export).vcard(export.people(), out);
        return Response.ok(out.toString()).header("Content-Disposition", "attachment; filename=\"contacts.vcf\"")
                .header(ActionItemExportResource.TRUNCATED_HEADER, export.truncated()).build();
    }

    private ContactRegister.Export export(String spaceKey, String q, String organisation, String status) {
        Long organisationId = organisationId(organisation);
        RelationshipStatus parsedStatus = status(status);
        return call(() -> register.exportPeople(RequestValues.blankToNull(spaceKey), RequestValues.blankToNull(q), organisationId, parsedStatus));
    }

    /** The {@code organisation} filter of the people lists: an id, or none when blank. */
    private static Long organisationId(String organisation) {
        return organisation == null || organisation.isBlank() ? null : RequestValues.positiveLong("organisation", organisation);
    }

    /** The {@code status} filter of the people lists: a relationship status, or none when blank. */
    private static RelationshipStatus status(String status) {
        return status == null || status.isBlank() ? null : RelationshipStatus.parse(status)
                .orElseThrow(() -> ApiErrors.badRequest("status must be one of lead, active, dormant"));
    }

    private ContactExports exports(ContactRegister.Export export) {
        ItemPresenter presenter = readers.presenter(readers.today(), null);
        String base = baseUrl();
        return new ContactExports(export.organisations(), presenter::personByKey,
                p -> base + "/plugins/servlet/meeting-memo/contacts?person=" + p.id());
    }

    @POST
    @Path("people")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createPerson(Map<String, Object> body) {
        Map<String, Object> fields = fields(body, PERSON_FIELDS);
        ContactPerson draft = person(fields, text(fields, "spaceKey"), 0);
        ContactPerson created = call(() -> register.createPerson(draft));
        return Response.status(201).entity(json(call(() -> register.person(created.id())))).build();
    }

    @GET
    @Path("people/{id}")
    public ContactJson.Person person(@PathParam("id") String id) {
        long personId = RequestValues.positiveLong("id", id);
        return json(call(() -> register.person(personId)));
    }

    @PUT
    @Path("people/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContactJson.Person updatePerson(@PathParam("id") String id, Map<String, Object> body) {
        long personId = RequestValues.positiveLong("id", id);
        Map<String, Object> fields = fields(body, PERSON_FIELDS);
        ContactPerson changed = person(fields, null, version(fields));
        call(() -> register.updatePerson(personId, changed));
        return json(call(() -> register.person(personId)));
    }

    /** Joins the person {@code mergeId} into this one. Body: {@code {"version":N, "mergeId":M, "mergeVersion":K}}. */
    @POST
    @Path("people/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContactJson.Person merge(@PathParam("id") String id, Map<String, Object> body) {
        long personId = RequestValues.positiveLong("id", id);
        Map<String, Object> fields = fields(body, MERGE_FIELDS);
        if (!fields.containsKey("mergeId") || !fields.containsKey("mergeVersion")) {
            throw ApiErrors.badRequest("send {\"version\":N, \"mergeId\":M, \"mergeVersion\":K}: the entry to join into this one and its version");
        }
        long mergeId = RequestValues.wholeNumber("mergeId", fields.get("mergeId"), 1, Integer.MAX_VALUE);
        int mergeVersion = RequestValues.wholeNumber("mergeVersion", fields.get("mergeVersion"), 1, Integer.MAX_VALUE);
        int version = version(fields);
        call(() -> register.merge(personId, version, mergeId, mergeVersion));
        return json(call(() -> register.person(personId)));
    }

    /** Everything the app holds about the person, for an administrator. */
    @GET
    @Path("people/{id}/export")
    public Map<String, Object> export(@PathParam("id") String id) {
        long personId = RequestValues.positiveLong("id", id);
        Map<String, Object> export = call(() -> register.export(personId));
        ContactPerson person = (ContactPerson) export.get("person");
        Organisation organisation = (Organisation) export.get("organisation");
        @SuppressWarnings("unchecked") List<ContactLink> links = (List<ContactLink>) export.get("memos");
        PersonTraces traces = (PersonTraces) export.get("traces");
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("person", personJson(person, organisation, List.of(), person.lastMet(), false));
        json.put("memos", links.stream().map(this::memo).toList());
        json.put("memoRecords", traces.memos().stream().map(m -> new ContactJson.ExportedMemo(m.pageId(), m.pageTitle(), m.memoKey(),
                m.title(), m.date() == null ? null : m.date().toString(), m.place(), m.series())).toList());
        json.put("actionItems", traces.actionItems().stream().map(i -> new ContactJson.ExportedItem(i.id(), i.pageId(), i.pageTitle(),
                i.memoKey(), i.text(), i.ownerName(), i.status(), i.dueDate() == null ? null : i.dueDate().toString(), i.ownedByThem())).toList());
        json.put("decisions", traces.decisions().stream().map(d -> new ContactJson.ExportedDecision(d.id(), d.pageId(), d.pageTitle(),
                d.memoKey(), d.text())).toList());
        json.put("minutesDeliveries", traces.minutesDeliveries().stream().map(d -> new ContactJson.ExportedDelivery(d.sendId(), d.pageId(),
                d.memoKey(), d.sentAt().toString(), d.name(), d.address(), d.skipReason())).toList());
        json.put("series", traces.series().stream().map(x -> new ContactJson.ExportedSeries(x.seriesKey(), x.name(), x.guestLine())).toList());
        return json;
    }

    /** Erases the person from the register (an empty JSON body, {@code {}}); the answer names pages that still name them. */
    @POST
    @Path("people/{id}/erase")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContactJson.Erasure erase(@PathParam("id") String id, Map<String, Object> body) {
        long personId = RequestValues.positiveLong("id", id);
        // An empty JSON object, not an empty body: a write with no body could be a form another site submitted.
        if (body == null) throw ApiErrors.badRequest("send {} as the body (JSON)");
        fields(body, Set.of());
        ContactRegister.Erasure erasure = call(() -> register.erase(personId));
        String baseUrl = baseUrl();
        PersonTraces.Anonymised a = erasure.anonymised();
        return new ContactJson.Erasure(erasure.personId(), erasure.linksRemoved(),
                new ContactJson.Anonymised(a.links(), a.actionItems(), a.minutesDeliveries(), a.series()),
                erasure.pagesStillNamingThem().stream().map(p -> new ContactJson.PageRef(p.pageId(), p.title(),
                        baseUrl + "/pages/viewpage.action?pageId=" + p.pageId())).toList());
    }

    private ContactJson.Organisation json(ContactRegister.OrganisationView view) {
        Organisation o = view.organisation();
        ItemPresenter presenter = readers.presenter(readers.today(), null);
        return new ContactJson.Organisation(o.id(), o.spaceKey(), o.name(), o.kind().code(), o.networks(), o.website(),
                view.people().stream().map(ContactsResource::summary).toList(), view.memos().stream().map(this::memo).toList(),
                view.lastContact() == null ? null : view.lastContact().toString(),
                view.owes().stream().map(i -> openItem(i, presenter)).toList(),
                view.owedToIt().stream().map(i -> openItem(i, presenter)).toList(), view.editable(), o.version());
    }

    private ContactJson.OpenItem openItem(ActionItem item, ItemPresenter presenter) {
        return new ContactJson.OpenItem(item.id(), presenter.text(item.text()), presenter.owner(item), item.dueDate() == null ? null : item.dueDate().toString(),
                item.isOverdue(presenter.today()), baseUrl() + "/pages/viewpage.action?pageId=" + item.pageId());
    }

    private ContactJson.Person json(ContactRegister.PersonView view) {
        return personJson(view.person(), view.organisation(), view.memos(), view.lastMet(), view.editable());
    }

    private ContactJson.Person personJson(ContactPerson p, Organisation organisation, List<ContactLink> memos, LocalDate lastMet,
                                          boolean editable) {
        ItemPresenter presenter = readers.presenter(readers.today(), null);
        return new ContactJson.Person(p.id(), p.spaceKey(), p.name(), p.organisationId(), organisation == null ? null : organisation.name(),
                p.role(), p.email(), p.phone(), p.keeperKey(), presenter.personByKey(p.keeperKey()), p.status().code(), p.notes(),
                p.purpose(), p.retainUntil() == null ? null : p.retainUntil().toString(), lastMet == null ? null : lastMet.toString(),
                memos.stream().map(this::memo).toList(), editable, p.version());
    }

    private ContactJson.Memo memo(ContactLink link) {
        return new ContactJson.Memo(link.pageId(), link.memoKey(), link.memoTitle(), link.memoDate() == null ? null : link.memoDate().toString(),
                link.kind().name().toLowerCase(java.util.Locale.ROOT), baseUrl() + "/pages/viewpage.action?pageId=" + link.pageId());
    }

    private static ContactJson.PersonSummary summary(ContactPerson p) {
        return new ContactJson.PersonSummary(p.id(), p.spaceKey(), p.name(), p.organisationId(), p.role(), p.email(), p.status().code(),
                p.version());
    }

    private static ContactJson.OrganisationSummary summary(Organisation o) {
        return new ContactJson.OrganisationSummary(o.id(), o.spaceKey(), o.name(), o.kind().code(), o.networks(), o.website(), o.version());
    }

    private String baseUrl() {
        return applicationProperties.getBaseUrl(UrlMode.CANONICAL);
    }

    private static Organisation organisation(Map<String, Object> fields, String spaceKey, int version) {
        String kind = text(fields, "kind");
        OrganisationKind parsedKind = kind == null ? OrganisationKind.OTHER : OrganisationKind.parse(kind)
                .orElseThrow(() -> ApiErrors.badRequest("kind must be one of municipality, school, company, media, association, other"));
        return new Organisation(0, spaceKey == null ? "" : spaceKey, nameOf(fields), parsedKind, textList(fields, "networks"),
                text(fields, "website"), version);
    }

    private static ContactPerson person(Map<String, Object> fields, String spaceKey, int version) {
        String status = text(fields, "status");
        RelationshipStatus parsedStatus = status == null ? RelationshipStatus.LEAD : RelationshipStatus.parse(status)
                .orElseThrow(() -> ApiErrors.badRequest("status must be one of lead, active, dormant"));
        Object organisation = fields.get("organisationId");
        Long organisationId = organisation == null ? null : (long) RequestValues.wholeNumber("organisationId", organisation, 1, Integer.MAX_VALUE);
        return new ContactPerson(0, spaceKey == null ? "" : spaceKey, nameOf(fields), organisationId, text(fields, "role"),
                text(fields, "email"), text(fields, "phone"), text(fields, "keeperKey"), parsedStatus, text(fields, "notes"),
                text(fields, "purpose"), RequestValues.date("retainUntil", text(fields, "retainUntil")),
                RequestValues.date("lastMet", text(fields, "lastMet")), version);
    }

    private static String nameOf(Map<String, Object> fields) {
        String name = text(fields, "name");
        return name == null ? "" : name;
    }

    private static Map<String, Object> fields(Map<String, Object> body, Set<String> allowed) {
        if (body == null) throw ApiErrors.badRequest("send a JSON object with the entry's fields");
        RequestValues.noUnknownFields(body, allowed);
        return body;
    }

    private static int version(Map<String, Object> fields) {
        if (!fields.containsKey("version")) throw ApiErrors.badRequest("version is required (the entry's version you last read)");
        return RequestValues.wholeNumber("version", fields.get("version"), 1, Integer.MAX_VALUE);
    }

    private static String text(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        if (value == null) return null;
        if (!(value instanceof String s)) throw ApiErrors.badRequest(name + " must be a string");
        return s.isBlank() ? null : s.strip();
    }

    private static List<String> textList(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        if (value == null) return List.of();
        if (!(value instanceof List<?> list)) throw ApiErrors.badRequest(name + " must be a list of strings");
        List<String> texts = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String s)) throw ApiErrors.badRequest(name + " must be a list of strings");
            texts.add(s.strip());
        }
        return texts;
    }

    /** Runs a use case; its refusals become the matching JSON errors. */
    private static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (ContactRegister.Refused refused) {
            int status = switch (refused.reason()) {
                case NOT_SIGNED_IN -> 401;
                case NOT_FOUND -> 404;
                case FORBIDDEN -> 403;
                case INVALID -> 400;
                case STALE, CONFLICT -> 409;
            };
            List<ContactJson.FieldProblem> problems = refused.problems().stream()
                    .map(p -> new ContactJson.FieldProblem(p.field(), p.reason())).toList();
            throw new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ContactJson.Error(status, refused.getMessage(), problems)).build());
        }
    }
}
