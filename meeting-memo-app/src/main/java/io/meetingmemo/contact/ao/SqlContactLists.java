package io.meetingmemo.contact.ao;

import io.meetingmemo.actionitem.ao.VersionedRows;
import io.meetingmemo.contact.domain.ContactPerson;
import io.meetingmemo.contact.domain.ContactRepository.OrganisationQuery;
import io.meetingmemo.contact.domain.ContactRepository.PeopleQuery;
import io.meetingmemo.contact.domain.NameKey;
import io.meetingmemo.contact.domain.Organisation;
import io.meetingmemo.contact.domain.OrganisationKind;
import io.meetingmemo.contact.domain.RelationshipStatus;
import io.meetingmemo.platform.HostDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The contacts register's two lists (a space's people, its organisations; filtered, in name order, a page at a time) as
 * one hand-written statement each on the {@link ContactPersonEntity} and {@link ContactOrganisationEntity} tables,
 * mapped straight to the domain's records, value for value as {@link AoContactRepository} maps the entities. The spaces
 * are those the caller may view, decided before the list is read (in {@code ContactRegister}). A search for people
 * also finds the people of the organisations whose name matches, in the same statement.
 */
public final class SqlContactLists {
    private static final String PEOPLE = "SELECT \"ID\", \"SPACE_KEY\", \"NAME\", \"ORGANISATION_ID\", \"ROLE\", \"EMAIL\", \"PHONE\", "
            + "\"KEEPER_KEY\", \"STATUS\", \"NOTES\", \"PURPOSE\", \"RETAIN_UNTIL\", \"LAST_MET\", \"VERSION\" FROM "
            + HostDatabase.Sql.table("CONTACT_PERSON") + " WHERE ";
    private static final String ORGANISATIONS = "SELECT \"ID\", \"SPACE_KEY\", \"NAME\", \"KIND\", \"NETWORKS\", \"WEBSITE\", \"VERSION\" FROM "
            + HostDatabase.Sql.table("CONTACT_ORG") + " WHERE ";
    private static final String NAME_ORDER = " ORDER BY \"NAME_KEY\" ASC, \"ID\" ASC LIMIT ?";
    /**
     * The same order for one space's list, with the space in front: that changes nothing in the order, but lets the
     * {@code space_name} index deliver the rows in order and stop at the page size (no sort of the space's entries).
     */
    private static final String SPACE_NAME_ORDER = " ORDER BY \"SPACE_KEY\" ASC, \"NAME_KEY\" ASC, \"ID\" ASC LIMIT ?";

    private final HostDatabase database;

    public SqlContactLists(HostDatabase database) {
        this.database = database;
    }

    /** A statement's text and its values in order, the row limit last. */
    record Statement(String sql, List<Object> params) {}

    /** People of the spaces given, filtered and in name order after the query's position; one statement. */
    public List<ContactPerson> people(PeopleQuery q, int max) {
        if (q.spaceKeys().isEmpty()) return List.of();
        Statement statement = peopleStatement(q, max);
        return database.read(sql -> {
            try (PreparedStatement ps = sql.prepare(statement.sql(), statement.params())) {
                List<ContactPerson> people = new ArrayList<>(Math.min(max, 256));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) people.add(person(rs));
                }
                return people;
            }
        });
    }

    /** Organisations of the spaces given, filtered and in name order after the query's position; one statement. */
    public List<Organisation> organisations(OrganisationQuery q, int max) {
        if (q.spaceKeys().isEmpty()) return List.of();
        Statement statement = organisationsStatement(q, max);
        return database.read(sql -> {
            try (PreparedStatement ps = sql.prepare(statement.sql(), statement.params())) {
                List<Organisation> organisations = new ArrayList<>(Math.min(max, 256));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) organisations.add(organisation(rs));
                }
                return organisations;
            }
        });
    }

    static Statement peopleStatement(PeopleQuery q, int max) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        in(where, params, "\"SPACE_KEY\"", q.spaceKeys());
        if (q.text() != null && !NameKey.of(q.text()).isEmpty()) {
            String pattern = "%" + VersionedRows.likeEscape(NameKey.of(q.text())) + "%";
            // By name, by address, or by the name of their organisation in the same spaces.
            where.append(" AND (\"NAME_KEY\" LIKE ? ESCAPE '!' OR \"EMAIL_KEY\" LIKE ? ESCAPE '!' OR \"ORGANISATION_ID\" IN (SELECT \"ID\" FROM ")
                    .append(HostDatabase.Sql.table("CONTACT_ORG")).append(" WHERE ");
            params.add(pattern);
            params.add("%" + VersionedRows.likeEscape(q.text().strip().toLowerCase(Locale.ROOT)) + "%");
            in(where, params, "\"SPACE_KEY\"", q.spaceKeys());
            where.append(" AND \"NAME_KEY\" LIKE ? ESCAPE '!'))");
            params.add(pattern);
        }
        if (q.organisationId() != null) {
            where.append(" AND \"ORGANISATION_ID\" = ?");
            params.add(q.organisationId());
        }
        if (q.status() != null) {
            where.append(" AND \"STATUS\" = ?");
            params.add(q.status().code());
        }
        after(where, params, q.afterNameKey(), q.afterId());
        params.add(max);
        return new Statement(PEOPLE + where + order(q.spaceKeys()), params);
    }

    static Statement organisationsStatement(OrganisationQuery q, int max) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        in(where, params, "\"SPACE_KEY\"", q.spaceKeys());
        if (q.text() != null && !NameKey.of(q.text()).isEmpty()) {
            where.append(" AND \"NAME_KEY\" LIKE ? ESCAPE '!'");
            params.add("%" + VersionedRows.likeEscape(NameKey.of(q.text())) + "%");
        }
        if (q.kind() != null) {
            where.append(" AND \"KIND\" = ?");
            params.add(q.kind().code());
        }
        if (q.network() != null && !NameKey.of(q.network()).isEmpty()) {
            where.append(" AND \"NETWORK_KEYS\" LIKE ? ESCAPE '!'");
            params.add("%|" + VersionedRows.likeEscape(NameKey.of(q.network())) + "|%");
        }
        after(where, params, q.afterNameKey(), q.afterId());
        params.add(max);
        return new Statement(ORGANISATIONS + where + order(q.spaceKeys()), params);
    }

    private static String order(List<String> spaceKeys) {
        return spaceKeys.size() == 1 ? SPACE_NAME_ORDER : NAME_ORDER;
    }

    private static void in(StringBuilder where, List<Object> params, String column, Collection<String> values) {
        where.append(column).append(" IN (").append("?,".repeat(values.size() - 1)).append("?)");
        params.addAll(values);
    }

    /** The keyset position of a list in name order: entries after this name key and id (the leading bound seeks the index). */
    private static void after(StringBuilder where, List<Object> params, String nameKey, long id) {
        if (nameKey == null) return;
        where.append(" AND \"NAME_KEY\" >= ? AND (\"NAME_KEY\" > ? OR \"ID\" > ?)");
        params.add(nameKey);
        params.add(nameKey);
        params.add((int) id);
    }



    private static ContactPerson person(ResultSet rs) throws SQLException {
        long organisationId = rs.getLong(4);
        Long organisation = rs.wasNull() ? null : organisationId;
        return new ContactPerson(rs.getLong(1), rs.getString(2), rs.getString(3), organisation, rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), RelationshipStatus.parse(rs.getString(9)).orElse(RelationshipStatus.LEAD), rs.getString(10),
                rs.getString(11), date(rs.getString(12)), date(rs.getString(13)), rs.getInt(14));
    }

    private static Organisation organisation(ResultSet rs) throws SQLException {
        String networks = rs.getString(5);
        return new Organisation(rs.getLong(1), rs.getString(2), rs.getString(3),
                OrganisationKind.parse(rs.getString(4)).orElse(OrganisationKind.OTHER),
                networks == null || networks.isEmpty() ? List.of() : List.of(networks.split("\n")), rs.getString(6), rs.getInt(7));
    }

    /** As {@link AoContactRepository} reads a stored day: an unreadable one is no day. */
    private static LocalDate date(String iso) {
        try {
            return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
