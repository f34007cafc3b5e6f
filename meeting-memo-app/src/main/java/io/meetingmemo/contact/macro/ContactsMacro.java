package io.meetingmemo.contact.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.meetingmemo.contact.app.ContactRegister;
import io.meetingmemo.contact.domain.OrganisationKind;
import io.meetingmemo.contact.domain.RelationshipStatus;
import io.meetingmemo.memo.macro.MacroRendering;
import io.meetingmemo.platform.Readers;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code contacts} macro: a space's contacts register on a page (the page's space unless {@code space} names
 * another), optionally narrowed by {@code kind}, {@code network} and {@code status}; organisations and people link to
 * their register pages. The same server-rendered list in PDF, Word and email. A reader who may not view the space sees
 * an empty register, as for a space with none.
 */
public final class ContactsMacro implements Macro {
    private static final int SHOWN = 100;

    private final MacroRendering rendering;
    private final ContactRegister register;
    private final Readers readers;
    private final ApplicationProperties applicationProperties;

    public ContactsMacro(MacroRendering rendering, ContactRegister register, Readers readers, ApplicationProperties applicationProperties) {
        this.rendering = rendering;
        this.register = register;
        this.readers = readers;
        this.applicationProperties = applicationProperties;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        Map<String, String> params = parameters == null ? Map.of() : parameters;
        Locale locale = rendering.viewerLocale();
        String space = blankToNull(params.get("space"));
        if (space == null && context != null && context.getSpaceKey() != null) space = context.getSpaceKey();
        OrganisationKind kind = OrganisationKind.parse(params.get("kind")).orElse(null);
        RelationshipStatus status = RelationshipStatus.parse(params.get("status")).orElse(null);
        String network = blankToNull(params.get("network"));
        ContactsViewModel view = new ContactsViewModel(rendering, readers.presenter(readers.today(), locale), locale,
                applicationProperties.getBaseUrl(UrlMode.RELATIVE));
        Map<String, Object> model = new HashMap<>();
        model.put("text", view.labels());
        try {
            model.put("register", view.register(space, null, kind, status,
                    register.organisations(space, null, kind, network, null, SHOWN),
                    register.people(space, null, null, status, null, SHOWN)));
        } catch (ContactRegister.Refused refused) {
            model.put("register", view.register(space, null, kind, status, new ContactRegister.OrganisationsPage(java.util.List.of(), null),
                    new ContactRegister.PeoplePage(java.util.List.of(), null)));
        }
        model.put("interactive", MacroRendering.isInteractive(context));
        return rendering.render(MacroRendering.MemoTemplate.CONTACTS, model);
    }

    @Override
    public BodyType getBodyType() { return BodyType.NONE; }

    @Override
    public OutputType getOutputType() { return OutputType.BLOCK; }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
