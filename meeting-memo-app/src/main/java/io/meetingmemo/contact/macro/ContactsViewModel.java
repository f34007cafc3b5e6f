package io.meetingmemo.contact.macro;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.contact.app.ContactRegister;
import io.meetingmemo.contact.domain.ContactLink;
import io.meetingmemo.contact.domain.ContactPerson;
import io.meetingmemo.contact.domain.Organisation;
import io.meetingmemo.contact.domain.OrganisationKind;
import io.meetingmemo.contact.domain.RelationshipStatus;
import io.meetingmemo.memo.macro.MacroRendering;
import io.meetingmemo.platform.ItemPresenter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the contacts templates show, prepared as maps of strings: the register of a space (organisations and people),
 * an organisation's page and a person's page, every date and person through the one presenter and every label in the
 * reader's language. Links are built here from ids and fixed paths; nothing a user writes becomes a URL.
 */
public final class ContactsViewModel {
    static final String PREFIX = "meeting-memo.contacts.";
    static final List<String> LABELS = List.of("title", "registerOf", "organisations", "people", "name", "organisation", "kind",
            "networks", "role", "email", "phone", "keeper", "status", "lastMet", "lastContact", "memos", "noPeople",
            "noOrganisations", "noMemos", "search", "searchButton", "owes", "owedToIt", "noOpenItems", "website", "more", "date",
            "memo", "as", "purpose", "retainUntil", "notes", "due", "owner", "overdue", "allSpaces", "exportCsv", "exportVcard",
            "peopleOfOrganisation", "back", "guest", "contact", "anyKind", "anyStatus", "space");

    private final MacroRendering rendering;
    private final ItemPresenter presenter;
    private final Locale locale;
    private final String contextPath;

    /** @param contextPath Confluence's context path (links are relative to the site) */
    public ContactsViewModel(MacroRendering rendering, ItemPresenter presenter, Locale locale, String contextPath) {
        this.rendering = rendering;
        this.presenter = presenter;
        this.locale = locale;
        this.contextPath = contextPath == null ? "" : contextPath;
    }

    public Map<String, String> labels() {
        return rendering.labels(locale, PREFIX, LABELS);
    }

    /** The register of a space (or of every space the reader may view), with the search that produced it. */
    public Map<String, Object> register(String spaceKey, String q, OrganisationKind kind, RelationshipStatus status,
                                        ContactRegister.OrganisationsPage organisations, ContactRegister.PeoplePage people) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("spaceKey", spaceKey == null ? "" : spaceKey);
        model.put("q", q == null ? "" : q);
        model.put("heading", spaceKey == null ? text("allSpaces") : rendering.textOfKey(locale, PREFIX + "registerOf", spaceKey));
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (OrganisationKind k : OrganisationKind.values()) {
            kinds.add(Map.of("code", k.code(), "label", kind(k), "selected", k == kind));
        }
        model.put("kinds", kinds);
        List<Map<String, Object>> statuses = new ArrayList<>();
        for (RelationshipStatus s : RelationshipStatus.values()) {
            statuses.add(Map.of("code", s.code(), "label", status(s), "selected", s == status));
        }
        model.put("statuses", statuses);
        model.put("organisations", organisations.organisations().stream().map(this::organisationRow).toList());
        model.put("people", people.people().stream().map(p -> personRow(p, null)).toList());
        model.put("hasOrganisations", !organisations.organisations().isEmpty());
        model.put("hasPeople", !people.people().isEmpty());
        model.put("morePeople", people.next() != null);
        model.put("moreOrganisations", organisations.next() != null);
        model.put("csvUrl", contextPath + "/rest/meeting-memo/1.0/people.csv" + query(spaceKey, q, status));
        model.put("vcardUrl", contextPath + "/rest/meeting-memo/1.0/people.vcf" + query(spaceKey, q, status));
        return model;
    }

    public Map<String, Object> organisation(ContactRegister.OrganisationView view) {
        Map<String, Object> model = organisationRow(view.organisation());
        model.put("people", view.people().stream().map(p -> personRow(p, view.organisation())).toList());
        model.put("memos", view.memos().stream().map(this::memo).toList());
        model.put("lastContact", date(view.lastContact()));
        model.put("owes", view.owes().stream().map(this::item).toList());
        model.put("owedToIt", view.owedToIt().stream().map(this::item).toList());
        model.put("hasPeople", !view.people().isEmpty());
        model.put("hasMemos", !view.memos().isEmpty());
        model.put("hasOwes", !view.owes().isEmpty());
        model.put("hasOwedToIt", !view.owedToIt().isEmpty());
        model.put("registerUrl", contextPath + "/plugins/servlet/meeting-memo/contacts?space=" + encode(view.organisation().spaceKey()));
        return model;
    }

    public Map<String, Object> person(ContactRegister.PersonView view) {
        Map<String, Object> model = personRow(view.person(), view.organisation());
        ContactPerson p = view.person();
        model.put("phone", nullToEmpty(p.phone()));
        model.put("keeper", p.keeperKey() == null ? "" : presenter.personByKey(p.keeperKey()));
        model.put("notes", nullToEmpty(p.notes()));
        model.put("purpose", nullToEmpty(p.purpose()));
        model.put("retainUntil", date(p.retainUntil()));
        model.put("lastMet", date(view.lastMet()));
        model.put("memos", view.memos().stream().map(this::memo).toList());
        model.put("hasMemos", !view.memos().isEmpty());
        model.put("registerUrl", contextPath + "/plugins/servlet/meeting-memo/contacts?space=" + encode(p.spaceKey()));
        return model;
    }

    private Map<String, Object> organisationRow(Organisation o) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", o.name());
        row.put("kind", kind(o.kind()));
        row.put("networks", String.join(", ", o.networks()));
        row.put("website", o.website() != null && o.website().matches("https?://[^\\s<>\"']+") ? o.website() : "");
        row.put("spaceKey", o.spaceKey());
        row.put("url", contextPath + "/plugins/servlet/meeting-memo/contacts?organisation=" + o.id());
        return row;
    }

    private Map<String, Object> personRow(ContactPerson p, Organisation organisation) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", p.name());
        row.put("role", nullToEmpty(p.role()));
        row.put("email", nullToEmpty(p.email()));
        row.put("status", status(p.status()));
        row.put("organisation", organisation == null ? "" : organisation.name());
        row.put("organisationUrl", organisation == null ? "" : contextPath + "/plugins/servlet/meeting-memo/contacts?organisation=" + organisation.id());
        row.put("url", contextPath + "/plugins/servlet/meeting-memo/contacts?person=" + p.id());
        return row;
    }

    private Map<String, Object> memo(ContactLink link) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", link.memoTitle() == null ? "" : link.memoTitle());
        row.put("date", date(link.memoDate()));
        row.put("as", text(link.kind() == io.meetingmemo.contact.domain.ContactMention.Kind.GUEST ? "guest" : "contact"));
        row.put("url", contextPath + "/pages/viewpage.action?pageId=" + link.pageId());
        return row;
    }

    private Map<String, Object> item(ActionItem item) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("text", presenter.text(item.text()));
        row.put("owner", nullToEmpty(presenter.owner(item)));
        row.put("due", date(item.dueDate()));
        row.put("overdue", item.isOverdue(presenter.today()));
        row.put("url", contextPath + "/pages/viewpage.action?pageId=" + item.pageId());
        return row;
    }

    private String date(LocalDate date) {
        return date == null ? "" : presenter.date(date, FormatStyle.MEDIUM);
    }

    private String kind(OrganisationKind kind) {
        return text("kind." + kind.code());
    }

    private String status(RelationshipStatus status) {
        return text("status." + status.code());
    }

    private String text(String name) {
        return rendering.textOfKey(locale, PREFIX + name);
    }

    private static String query(String spaceKey, String q, RelationshipStatus status) {
        StringBuilder query = new StringBuilder();
        if (spaceKey != null) query.append("&spaceKey=").append(encode(spaceKey));
        if (q != null && !q.isBlank()) query.append("&q=").append(encode(q));
        if (status != null) query.append("&status=").append(status.code());
        return query.length() == 0 ? "" : "?" + query.substring(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
