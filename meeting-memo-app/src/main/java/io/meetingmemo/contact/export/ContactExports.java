package io.meetingmemo.contact.export;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Email;
import ezvcard.property.Organization;
import ezvcard.property.Telephone;
import io.meetingmemo.actionitem.export.SpreadsheetCsv;
import io.meetingmemo.contact.domain.ContactPerson;
import io.meetingmemo.contact.domain.Organisation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The people of a contacts register as CSV (the action-item export's rules: UTF-8 with a byte order mark, RFC 4180,
 * every value from people neutralised so no spreadsheet runs it) and as vCard 4.0 written by ez-vcard, which escapes
 * and folds every value itself, so a name with line breaks or semicolons stays one value of one card.
 */
public final class ContactExports {
    public static final List<String> COLUMNS = List.of("id", "name", "organisation", "role", "email", "phone", "status",
            "keeps in touch", "space", "url");

    private final Map<Long, Organisation> organisations;
    private final Function<String, String> displayNameOfUserKey;
    private final Function<ContactPerson, String> urlOf;

    public ContactExports(Map<Long, Organisation> organisations, Function<String, String> displayNameOfUserKey,
                          Function<ContactPerson, String> urlOf) {
        this.organisations = organisations;
        this.displayNameOfUserKey = displayNameOfUserKey;
        this.urlOf = urlOf;
    }

    public void csv(Iterable<ContactPerson> people, Writer out) {
        SpreadsheetCsv csv = SpreadsheetCsv.start(out, COLUMNS);
        for (ContactPerson p : people) {
            csv.row(p.id(), cell(p.name()), cell(organisation(p)), cell(p.role()), cell(p.email()), cell(p.phone()),
                    p.status().code(), cell(p.keeperKey() == null ? null : displayNameOfUserKey.apply(p.keeperKey())),
                    cell(p.spaceKey()), cell(urlOf.apply(p)));
        }
        csv.finish();
    }

    public void vcard(Iterable<ContactPerson> people, Writer out) {
        java.util.List<VCard> cards = new java.util.ArrayList<>();
        for (ContactPerson p : people) {
            VCard card = new VCard();
            card.setFormattedName(p.name());
            String organisation = organisation(p);
            if (organisation != null) {
                Organization org = new Organization();
                org.getValues().add(organisation);
                card.setOrganization(org);
            }
            if (p.role() != null) card.addTitle(p.role());
            if (p.email() != null) card.addEmail(new Email(p.email()));
            if (p.phone() != null) card.addTelephoneNumber(new Telephone(p.phone()));
            if (p.notes() != null) card.addNote(p.notes());
            card.addUrl(urlOf.apply(p));
            cards.add(card);
        }
        try {
            Ezvcard.write(cards).version(VCardVersion.V4_0).prodId(false).go(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String organisation(ContactPerson p) {
        Organisation o = p.organisationId() == null ? null : organisations.get(p.organisationId());
        return o == null ? null : o.name();
    }

    private static String cell(String value) {
        return SpreadsheetCsv.neutralised(value);
    }
}
