package io.meetingmemo.contact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.contact.domain.ContactMatcher.Candidates;
import io.meetingmemo.contact.domain.ContactMatcher.Plan;
import io.meetingmemo.contact.domain.ContactMention.Kind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guests and contacts of memos become register entries once, however they are spelt. */
class ContactMatcherTest {
    private static final Organisation SANOMA = new Organisation(10, "REITITIN", "Sanoma WSOY", OrganisationKind.MEDIA, List.of(), null, 1);
    private static final Organisation OP = new Organisation(11, "REITITIN", "OP-Pohjola", OrganisationKind.COMPANY, List.of(), null, 1);
    private static final ContactPerson PETRI = person(100, "Petri Laine", 10L, "petri.laine@sanoma.example");
    private static final ContactPerson LIISA = person(101, "Liisa Mäkelä", 11L, null);

    @Test
    void namesDifferingInCaseAccentsDashesAndSpacesShareOneKey() {
        assertEquals(NameKey.of("OP-Pohjola"), NameKey.of("  op   pohjola "));
        assertEquals(NameKey.of("Liisa Mäkelä"), NameKey.of("LIISA MAKELA"));
        assertEquals(NameKey.of("Åbo Akademi"), NameKey.of("abo akademi"));
        assertTrue(!NameKey.of("Sanoma WSOY").equals(NameKey.of("Sanoma Oy")));
        assertEquals("", NameKey.of("  -- . "));
    }

    @Test
    void aGuestWithAKnownAddressIsThatPersonWhateverTheNameSays() {
        Plan plan = plan(mention("P. Laine", null, "PETRI.LAINE@sanoma.example"));
        assertEquals(100L, plan.links().get(0).personId());
        assertTrue(plan.newPeople().isEmpty());
    }

    @Test
    void withoutAnAddressTheNameAndOrganisationDecideAcrossSpellings() {
        Plan plan = plan(mention("liisa makela", "OP Pohjola", null));
        assertEquals(101L, plan.links().get(0).personId());
        assertTrue(plan.newOrganisations().isEmpty());
    }

    @Test
    void theSameNameInAnotherOrganisationIsAnotherPerson() {
        Plan plan = plan(mention("Liisa Mäkelä", "Sanoma WSOY", null));
        assertNull(plan.links().get(0).personId());
        assertEquals(1, plan.newPeople().size());
        assertEquals(10L, plan.newPeople().get(0).organisationId(), "the existing organisation, not a new one");
    }

    @Test
    void anUnknownPersonNamedTwiceOnOnePageIsCreatedOnceWithOneNewOrganisation() {
        Plan plan = plan(mention("Anna Berg", "Yle", null), mention("anna  berg", "YLE", null),
                mention("Matti Ek", "yle", null));
        assertEquals(2, plan.newPeople().size());
        assertEquals(List.of("Yle"), plan.newOrganisations());
        assertEquals(plan.links().get(0).newPersonIndex(), plan.links().get(1).newPersonIndex());
        assertEquals("Yle", plan.newPeople().get(1).newOrganisation());
    }

    @Test
    void anAddressHeldByTwoPeoplePicksTheOneInTheNamedOrganisationAndSaysSo() {
        ContactPerson petriAtOp = person(102, "Petri Laine", 11L, "petri.laine@sanoma.example");
        Plan plan = ContactMatcher.plan("REITITIN", List.of(mention("Petri Laine", "OP-Pohjola", "petri.laine@sanoma.example")),
                new Candidates(List.of(PETRI, petriAtOp, LIISA), List.of(SANOMA, OP)));
        assertEquals(102L, plan.links().get(0).personId());
        assertNotNull(plan.links().get(0).note());
    }

    @Test
    void anEntryPickedInTheMacroBrowserWinsButOnlyFromTheSameSpace() {
        ContactMention picked = new ContactMention("m1", "Memo", null, "g1", Kind.GUEST, "Someone Else", null, null, null, null, null, 101L);
        assertEquals(101L, plan(picked).links().get(0).personId());
        ContactPerson elsewhere = new ContactPerson(200, "EDUFUTURA", "Someone Else", null, null, null, null, null,
                RelationshipStatus.LEAD, null, null, null, null, 1);
        ContactMention pickedElsewhere = new ContactMention("m1", "Memo", null, "g1", Kind.GUEST, "Someone Else", null, null, null, null, null, 200L);
        Plan plan = ContactMatcher.plan("REITITIN", List.of(pickedElsewhere),
                new Candidates(List.of(PETRI, LIISA, elsewhere), List.of(SANOMA, OP)));
        assertNull(plan.links().get(0).personId(), "another space's entry is never linked");
    }

    @Test
    void aContactNamedAsItsOrganisationLinksTheOrganisationNotAPerson() {
        Plan plan = plan(mention("Sanoma WSOY", "Sanoma WSOY", null), mention("Yle", "YLE", null));
        assertEquals(10L, plan.links().get(0).organisationId());
        assertNull(plan.links().get(0).personId());
        assertEquals("YLE", plan.links().get(1).newOrganisation());
        assertTrue(plan.newPeople().isEmpty(), "no person called Sanoma WSOY");
        assertEquals(List.of("YLE"), plan.newOrganisations());
    }

    @Test
    void aMentionWithoutAnyLetterIsNotAnEntry() {
        assertTrue(plan(mention(" -- ", "Yle", null)).links().isEmpty());
    }

    @Test
    void identityUsesTheAddressElseNameAndOrganisation() {
        assertEquals("S|e:a@b.fi", mention("A", "X", " A@B.fi ").identityKey("S"));
        assertEquals("S|n:anna berg|yle", mention("Anna-Berg", "YLE", "not an address").identityKey("S"));
    }

    @Test
    void mergingKeepsTheKeptValuesFillsTheBlanksAndJoinsNotes() {
        ContactPerson kept = new ContactPerson(1, "S", "Petri Laine", null, "Editor", null, null, null,
                RelationshipStatus.ACTIVE, "Met at the fair", null, null, LocalDate.of(2026, 3, 1), 4);
        ContactPerson other = new ContactPerson(2, "S", "P. Laine", 10L, "Journalist", "p@x.fi", "+358 40 1", "k1",
                RelationshipStatus.LEAD, "Prefers mail", "press", LocalDate.of(2027, 1, 1), LocalDate.of(2026, 5, 2), 1);
        ContactPerson merged = ContactMerge.merge(kept, other);
        assertEquals("Petri Laine", merged.name());
        assertEquals("Editor", merged.role());
        assertEquals("p@x.fi", merged.email());
        assertEquals(10L, merged.organisationId());
        assertEquals("Met at the fair\n\nPrefers mail", merged.notes());
        assertEquals(LocalDate.of(2026, 5, 2), merged.lastMet());
        assertEquals(RelationshipStatus.ACTIVE, merged.status());
        assertEquals(4, merged.version());
        assertThrows(IllegalArgumentException.class, () -> ContactMerge.merge(kept, kept));
    }

    @Test
    void validationNamesEachFieldAndWhy() {
        ContactPerson bad = new ContactPerson(0, "S", " ", null, "r".repeat(201), "petri@", "call me", null, null,
                null, null, null, null, 0);
        List<String> fields = ContactValidation.person(bad).stream().map(ContactValidation.FieldProblem::field).toList();
        assertEquals(List.of("name", "role", "email", "phone"), fields);
        Organisation org = new Organisation(0, "S", "Yle", null, List.of("EduFutura", " "), "javascript:alert(1)", 0);
        assertEquals(List.of("website", "networks"),
                ContactValidation.organisation(org).stream().map(ContactValidation.FieldProblem::field).toList());
        assertTrue(ContactValidation.person(PETRI).isEmpty());
    }

    private static Plan plan(ContactMention... mentions) {
        return ContactMatcher.plan("REITITIN", List.of(mentions), new Candidates(List.of(PETRI, LIISA), List.of(SANOMA, OP)));
    }

    private static ContactMention mention(String name, String organisation, String email) {
        return new ContactMention("m1", "Memo", null, "g" + name.hashCode(), Kind.GUEST, name, organisation, null, email, null, null, null);
    }

    private static ContactPerson person(long id, String name, Long organisationId, String email) {
        return new ContactPerson(id, "REITITIN", name, organisationId, null, email, null, null, RelationshipStatus.ACTIVE,
                null, null, null, null, 1);
    }
}
