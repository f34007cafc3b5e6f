package io.meetingmemo.it.tracker;

import static io.meetingmemo.it.tracker.ContactsRegisterTest.guest;
import static io.meetingmemo.it.tracker.ContactsRegisterTest.memo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.meetingmemo.contact.app.ContactRegister;
import io.meetingmemo.contact.domain.ContactPerson;
import io.meetingmemo.contact.domain.Organisation;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.embeddedao.StatementCounter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contacts register's people and organisations lists on each database, as a reader pages and searches them: in
 * name order (accents and case aside; two people of one name in the order they were added), the same entries whether
 * read in one page or one at a time, a search finding people by name, address or organisation, the filters of the
 * organisation page, only the spaces the caller may view, and each page one statement.
 */
class ContactListsTest {
    private static final String DBS = "io.meetingmemo.testsupport.TestDatabases#all";

    /** Nine people in EDU: two of one name in two organisations, one without organisation, one known by address only. */
    private static void fill(Tracker t) {
        t.save(1, "EDU", "Ohjausryhmä", memo("m1", "Ohjausryhmä", "2026-02-02",
                guest("g1", "Örjan Lindqvist", "Yle", null),
                guest("g2", "anna Virtanen", "Sitra", null),
                guest("g3", "Anna Virtanen", "Yle", null),
                guest("g4", "Bertta Ylönen", "Sitra", null),
                guest("g5", "Cecilia Åberg", null, "cecilia@kunta.fi")));
        t.save(2, "EDU", "Messut", memo("m2", "Messut", "2026-03-03",
                guest("g6", "Daniel Koski", "Reititin", "daniel@reititin.fi"),
                guest("g7", "Eino Leino", "Reititin", null),
                guest("g8", "Aarne Ylinen", null, null),
                guest("g9", "Zacharias Topelius", "Yleisradio Oy", null)));
        t.save(3, "MUU", "Toinen tila", memo("m3", "Muu", "2026-03-03", guest("g10", "Anna Muualla", "Yle", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void peopleComeInNameOrderAndPageOneAtATimeToTheSameList(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            fill(t);
            List<ContactPerson> all = t.as("A", () -> t.contacts.people("EDU", null, null, null, null, 50)).people();
            assertEquals(List.of("aarne ylinen", "anna virtanen", "anna virtanen", "bertta ylönen", "cecilia åberg", "daniel koski",
                    "eino leino", "örjan lindqvist", "zacharias topelius"), all.stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
            assertEquals(all.stream().sorted(Comparator.comparing(ContactPerson::nameKey).thenComparingLong(ContactPerson::id)).toList(), all,
                    "name order, then the order they were added");
            List<ContactPerson> paged = new ArrayList<>();
            String after = null;
            do {
                String position = after;
                ContactRegister.PeoplePage page = t.as("A", () -> t.contacts.people("EDU", null, null, null, position, 1));
                assertEquals(1, page.people().size(), "a full page until the last");
                paged.addAll(page.people());
                after = page.next();
            } while (after != null);
            assertEquals(all, paged, "one at a time, the same people in the same order, each once");
            ContactRegister.PeoplePage lastTwo = t.as("A", () -> t.contacts.people("EDU", null, null, null, null, 7));
            ContactRegister.PeoplePage rest = t.as("A", () -> t.contacts.people("EDU", null, null, null, lastTwo.next(), 7));
            assertEquals(all.subList(7, 9), rest.people());
            assertNull(rest.next(), "the last page says so");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void aSearchFindsPeopleByNameAddressOrOrganisationInTheSpacesTheCallerMayView(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            fill(t);
            assertEquals(List.of("Aarne Ylinen", "Anna Virtanen", "Bertta Ylönen", "Örjan Lindqvist", "Zacharias Topelius"),
                    names(t.as("A", () -> t.contacts.people("EDU", "yl", null, null, null, 50)).people()),
                    "by name (Ylinen, Ylönen without its accent) and by organisation (Yle, Yleisradio Oy)");
            assertEquals(List.of("Cecilia Åberg"), names(t.as("A", () -> t.contacts.people("EDU", "CECILIA@KUNTA", null, null, null, 50)).people()),
                    "by address");
            assertEquals(List.of("Daniel Koski", "Eino Leino"), names(t.as("A", () -> t.contacts.people("EDU", "reititin", null, null, null, 50)).people()));
            assertEquals(List.of("Aarne Ylinen"), names(t.as("A", () -> t.contacts.people("EDU", "yl", null, null, null, 1)).people()),
                    "a search pages as the list does");
            assertEquals(List.of("Anna Muualla", "Anna Virtanen", "Örjan Lindqvist", "Zacharias Topelius"),
                    names(t.as("A", () -> t.contacts.people(null, "yle", null, null, null, 50)).people()), "every space the caller may view");
            t.limitSpaceViewTo("MUU", "B");
            assertEquals(List.of("Anna Virtanen", "Örjan Lindqvist", "Zacharias Topelius"),
                    names(t.as("A", () -> t.contacts.people(null, "yle", null, null, null, 50)).people()), "not the spaces they may not");
            long yle = t.as("A", () -> t.contacts.organisations("EDU", "yle", null, null, null, 50)).organisations().stream()
                    .filter(o -> o.name().equals("Yle")).findFirst().orElseThrow().id();
            assertEquals(List.of("Anna Virtanen", "Örjan Lindqvist"), names(t.as("A", () -> t.contacts.organisation(yle)).people()),
                    "an organisation's page lists its people");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void organisationsComeInNameOrderAndAreFoundByName(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            fill(t);
            List<Organisation> all = t.as("A", () -> t.contacts.organisations("EDU", null, null, null, null, 50)).organisations();
            assertEquals(List.of("Reititin", "Sitra", "Yle", "Yleisradio Oy"), all.stream().map(Organisation::name).toList());
            List<Organisation> paged = new ArrayList<>();
            String after = null;
            do {
                String position = after;
                ContactRegister.OrganisationsPage page = t.as("A", () -> t.contacts.organisations("EDU", null, null, null, position, 1));
                paged.addAll(page.organisations());
                after = page.next();
            } while (after != null);
            assertEquals(all, paged, "one at a time, the same organisations in the same order");
            assertEquals(List.of("Yle", "Yleisradio Oy"), t.as("A", () -> t.contacts.organisations("EDU", "YLE", null, null, null, 50))
                    .organisations().stream().map(Organisation::name).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void aPageOfEitherListIsOneStatement(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            fill(t);
            assertEquals(1, StatementCounter.count(() -> t.as("A", () -> t.contacts.people("EDU", null, null, null, null, 50))));
            assertEquals(1, StatementCounter.count(() -> t.as("A", () -> t.contacts.people("EDU", "yle", null, null, null, 50))),
                    "a search by organisation too");
            assertEquals(1, StatementCounter.count(() -> t.as("A", () -> t.contacts.organisations("EDU", "yle", null, null, null, 50))));
        }
    }

    private static List<String> names(List<ContactPerson> people) {
        return people.stream().map(ContactPerson::name).toList();
    }
}
