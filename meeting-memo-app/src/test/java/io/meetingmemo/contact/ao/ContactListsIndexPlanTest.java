package io.meetingmemo.contact.ao;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.contact.domain.ContactRepository.OrganisationQuery;
import io.meetingmemo.contact.domain.ContactRepository.PeopleQuery;
import io.meetingmemo.contact.domain.NameKey;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.embeddedao.EmbeddedActiveObjects;
import io.meetingmemo.testsupport.DescriptorSchema;
import io.meetingmemo.testsupport.QueryPlans;
import io.meetingmemo.testsupport.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One space's people and organisations lists are read in index order and stop at the page size: on tables of 20,000
 * people and 2,000 organisations in five spaces, the plan of the statement the register sends ({@link SqlContactLists})
 * for the first page and a later one uses the entity's {@code space_name} index and sorts nothing. Without it, H2 and
 * PostgreSQL read and sorted every entry of the space for each page (68 ms a first page at 100,000 people on H2).
 */
class ContactListsIndexPlanTest {
    private static final int PEOPLE = 20_000;
    private static final int ORGANISATIONS = 2_000;

    static List<Named<Supplier<DatabaseConfig>>> databases() {
        return List.of(
                Named.of("H2", () -> DatabaseConfig.h2Memory("c" + UUID.randomUUID().toString().replace("-", ""))),
                Named.of("PostgreSQL", TestDatabases::freshPostgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void oneSpacesListsAreReadInIndexOrderWithoutSorting(Supplier<DatabaseConfig> db) throws SQLException {
        try (EmbeddedActiveObjects ao = DescriptorSchema.open(db.get()); Connection c = ao.openConnection()) {
            fill(c, ao.tablePrefix());
            List<String> space = List.of("S3");
            assertIndexOrder(c, SqlContactLists.peopleStatement(new PeopleQuery(space, null, null, null, null, 0), 51), "person_space_name", true);
            assertIndexOrder(c, SqlContactLists.peopleStatement(new PeopleQuery(space, null, null, null, "liisa virtanen", 12_345), 51),
                    "person_space_name", false);
            assertIndexOrder(c, SqlContactLists.organisationsStatement(new OrganisationQuery(space, null, null, null, null, 0), 51),
                    "org_space_name", true);
            assertIndexOrder(c, SqlContactLists.organisationsStatement(new OrganisationQuery(space, null, null, null, "oulun", 777), 51),
                    "org_space_name", false);
        }
    }

    private static void assertIndexOrder(Connection c, SqlContactLists.Statement statement, String index, boolean first) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement s = c.prepareStatement("EXPLAIN " + statement.sql())) {
            for (int i = 0; i < statement.params().size(); i++) s.setObject(i + 1, statement.params().get(i));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) plan.append(rs.getString(1)).append('\n');
            }
        }
        String p = plan.toString().toLowerCase(Locale.ROOT);
        if (QueryPlans.isH2(c)) {
            assertTrue(p.contains(index), "plan uses the " + index + " index for " + statement.sql() + ":\n" + plan);
            assertTrue(p.contains("index sorted"), "H2 reads in index order for " + statement.sql() + ":\n" + plan);
        } else {
            assertTrue(p.contains(index), "plan uses the " + index + " index for " + statement.sql() + ":\n" + plan);
            if (first) assertFalse(QueryPlans.sorts(plan.toString()), "PostgreSQL sorts nothing for " + statement.sql() + ":\n" + plan);
        }
    }

    /** 20,000 people of 40 names in 2,000 organisations of 25 names, five spaces. */
    private static void fill(Connection c, String prefix) throws SQLException {
        List<String> places = List.of("Lahden", "Turun", "Oulun", "Porin", "Vaasan");
        List<String> names = List.of("Aino", "Liisa", "Matti", "Timo", "Sanna", "Eero", "Olli", "Minna");
        List<String> surnames = List.of("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Laine");
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO \"" + prefix + "CONTACT_ORG\" (\"SPACE_KEY\", \"NAME\", \"NAME_KEY\", "
                + "\"KIND\", \"AUTO_KEY\", \"VERSION\") VALUES (?, ?, ?, 'company', ?, 1)")) {
            for (int i = 0; i < ORGANISATIONS; i++) {
                String name = places.get(i % 5) + " Kone " + (i / 5 % 5);
                s.setString(1, "S" + (i / 25 % 5));
                s.setString(2, name);
                s.setString(3, NameKey.of(name));
                s.setString(4, "org|" + i);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO \"" + prefix + "CONTACT_PERSON\" (\"SPACE_KEY\", \"NAME\", \"NAME_KEY\", "
                + "\"STATUS\", \"AUTO_KEY\", \"VERSION\") VALUES (?, ?, ?, 'lead', ?, 1)")) {
            for (int i = 0; i < PEOPLE; i++) {
                String name = names.get(i % 8) + " " + surnames.get(i / 8 % 5);
                s.setString(1, "S" + (i / 40 % 5));
                s.setString(2, name);
                s.setString(3, NameKey.of(name));
                s.setString(4, "person|" + i);
                s.addBatch();
                if (i % 1000 == 999) s.executeBatch();
            }
            s.executeBatch();
        }
        c.commit();
        c.setAutoCommit(autoCommit);
        try (var analyse = c.createStatement()) {
            if (QueryPlans.isH2(c)) analyse.execute("ANALYZE");
            else {
                analyse.execute("ANALYZE \"" + prefix + "CONTACT_ORG\"");
                analyse.execute("ANALYZE \"" + prefix + "CONTACT_PERSON\"");
            }
        }
    }
}
