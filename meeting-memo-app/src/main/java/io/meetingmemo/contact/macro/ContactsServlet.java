package io.meetingmemo.contact.macro;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.meetingmemo.contact.app.ContactRegister;
import io.meetingmemo.contact.domain.OrganisationKind;
import io.meetingmemo.contact.domain.RelationshipStatus;
import io.meetingmemo.memo.macro.MacroRendering;
import io.meetingmemo.platform.Readers;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The contacts register's pages ({@code /plugins/servlet/meeting-memo/contacts}): a space's register with its search
 * ({@code ?space=KEY&q=…&kind=…&status=…}), an organisation ({@code ?organisation=ID}: its people, the meetings it came up
 * at, last contact, what it owes and what is owed to it) and a person ({@code ?person=ID}: meetings, who keeps in
 * touch). Parameters pick what is shown, never a template. An entry of a register the reader may not view is a 404,
 * as an unknown one is. Anonymous visitors are sent to the login page and come back.
 */
@LicensedOnly
public final class ContactsServlet extends HttpServlet {
    private static final int PAGE_SIZE = 50;

    private final transient MacroRendering rendering;
    private final transient ContactRegister register;
    private final transient Readers readers;
    private final transient ApplicationProperties applicationProperties;

    public ContactsServlet(MacroRendering rendering, ContactRegister register, Readers readers, ApplicationProperties applicationProperties) {
        this.rendering = rendering;
        this.register = register;
        this.readers = readers;
        this.applicationProperties = applicationProperties;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = rendering.viewerLocale();
        // Links start at Confluence's own context path (a servlet's request may have the plugin servlets' prefix).
        String site = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
        ContactsViewModel view = new ContactsViewModel(rendering, readers.presenter(readers.today(), locale), locale, site);
        Map<String, Object> model = new HashMap<>();
        model.put("text", view.labels());
        MacroRendering.MemoTemplate template;
        try {
            String organisation = request.getParameter("organisation");
            String person = request.getParameter("person");
            if (organisation != null) {
                model.put("organisation", view.organisation(register.organisation(id(organisation))));
                template = MacroRendering.MemoTemplate.CONTACT_ORGANISATION;
            } else if (person != null) {
                model.put("person", view.person(register.person(id(person))));
                template = MacroRendering.MemoTemplate.CONTACT_PERSON;
            } else {
                String space = blankToNull(request.getParameter("space"));
                String q = blankToNull(request.getParameter("q"));
                OrganisationKind kind = OrganisationKind.parse(request.getParameter("kind")).orElse(null);
                RelationshipStatus status = RelationshipStatus.parse(request.getParameter("status")).orElse(null);
                model.put("register", view.register(space, q, kind, status,
                        register.organisations(space, q, kind, null, null, PAGE_SIZE),
                        register.people(space, q, null, status, null, PAGE_SIZE)));
                model.put("formAction", site + "/plugins/servlet/meeting-memo/contacts");
                template = MacroRendering.MemoTemplate.CONTACTS_PAGE;
                model.put("registerHtml", render(MacroRendering.MemoTemplate.CONTACTS, model));
            }
        } catch (ContactRegister.Refused refused) {
            if (refused.reason() == ContactRegister.Refused.Reason.NOT_SIGNED_IN) {
                String back = "/plugins/servlet/meeting-memo/contacts" + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                response.sendRedirect(site + "/login.action?os_destination=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
                return;
            }
            response.setStatus(refused.reason() == ContactRegister.Refused.Reason.NOT_FOUND ? 404 : 400);
            model.put("problem", rendering.textOfKey(locale, ContactsViewModel.PREFIX + "notFound"));
            template = MacroRendering.MemoTemplate.CONTACTS_PAGE;
        }
        rendering.writePage(response, template, model);
    }

    private String render(MacroRendering.MemoTemplate template, Map<String, Object> model) throws IOException {
        try {
            return rendering.render(template, model);
        } catch (MacroExecutionException e) {
            throw new IOException("cannot render the contacts register", e);
        }
    }

    private static long id(String value) {
        if (value == null || !value.strip().matches("[1-9][0-9]{0,9}")) {
            throw new ContactRegister.Refused(ContactRegister.Refused.Reason.NOT_FOUND, "not an id");
        }
        return Long.parseLong(value.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
