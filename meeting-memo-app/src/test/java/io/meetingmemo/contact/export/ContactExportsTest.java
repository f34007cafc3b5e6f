package io.meetingmemo.contact.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import io.meetingmemo.contact.domain.ContactPerson;
import io.meetingmemo.contact.domain.Organisation;
import io.meetingmemo.contact.domain.OrganisationKind;
import io.meetingmemo.contact.domain.RelationshipStatus;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Exports of the contacts register open safely: no spreadsheet formula runs, and a hostile name stays one vCard value. */
class ContactExportsTest {
    private static final Organisation YLE = new Organisation(7, "EDU", "=HYPERLINK(\"http://evil.example\")", OrganisationKind.MEDIA,
            List.of(), null, 1);
    private static final ContactPerson HOSTILE = new ContactPerson(1, "EDU", "Eve\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Mallory; x, y", 7L,
            "@SUM(A1)", "eve@evil.example", "+358 40 123", null, RelationshipStatus.LEAD, "line one\nline two", null, null, null, 1);
    private static final ContactPerson PLAIN = new ContactPerson(2, "EDU", "Petri Laine", null, "Toimittaja", null, null, null,
            RelationshipStatus.ACTIVE, null, null, null, null, 1);

    private final ContactExports exports = new ContactExports(Map.of(7L, YLE), key -> "Keeper " + key,
            p -> "https://confluence.example/plugins/servlet/meeting-memo/contacts?person=" + p.id());

    @Test
    void csvCellsStartingAFormulaAreQuotedAndEverythingElseIsKept() throws Exception {
        StringWriter out = new StringWriter();
        exports.csv(List.of(HOSTILE, PLAIN), out);
        String csv = out.toString();
        assertTrue(csv.startsWith("\uFEFFid,name,organisation"), csv);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertEquals(2, rows.size());
        assertEquals("'=HYPERLINK(\"http://evil.example\")", rows.get(0).get("organisation"));
        assertEquals("'@SUM(A1)", rows.get(0).get("role"));
        assertEquals("'+358 40 123", rows.get(0).get("phone"), "a leading + is a formula to a spreadsheet");
        assertEquals(HOSTILE.name(), rows.get(0).get("name"), "line breaks stay inside the quoted cell");
        assertEquals("Petri Laine", rows.get(1).get("name"));
    }

    @Test
    void eachPersonIsOneCardWhateverTheirNameHolds() {
        StringWriter out = new StringWriter();
        exports.vcard(List.of(HOSTILE, PLAIN), out);
        List<VCard> cards = Ezvcard.parse(out.toString()).all();
        assertEquals(2, cards.size(), out.toString());
        assertEquals(HOSTILE.name().replace("\r\n", "\n"), cards.get(0).getFormattedName().getValue(),
                "the whole name is the card's name (vCard keeps line breaks as \\n)");
        assertEquals("eve@evil.example", cards.get(0).getEmails().get(0).getValue());
        assertEquals(YLE.name(), cards.get(0).getOrganization().getValues().get(0));
        assertEquals("line one\nline two", cards.get(0).getNotes().get(0).getValue());
        assertEquals("Petri Laine", cards.get(1).getFormattedName().getValue());
        assertTrue(out.toString().contains("VERSION:4.0"));
    }
}
