package io.meetingmemo.bench.jmh;

import io.meetingmemo.bench.data.AppDatabase;
import io.meetingmemo.bench.data.People;
import io.meetingmemo.contact.domain.ContactPerson;
import io.meetingmemo.contact.domain.ContactRepository;
import io.meetingmemo.contact.domain.ContactRepository.PeopleQuery;
import io.meetingmemo.contact.domain.NameKey;
import io.meetingmemo.contact.domain.RelationshipStatus;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.embeddedao.StatementCounter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The contacts register's people list at {@link #people} people in a tenth as many organisations across {@link #SPACES}
 * spaces: the first page of one space's people (50, and one more to know whether another page follows), and a search
 * of one space's people by a name prefix, which also finds the people of organisations whose name matches, each
 * through the app's repository (the hand-written statement on the connection SAL lends, mapped to the register's
 * records) against the same statement sent and mapped over plain JDBC. The spaces the caller may view are decided
 * before the list is read (the host's permission check, not measured here, as the decision log's benchmark leaves out
 * the page permissions). The space changes with every call, and the search text with every eighth, so neither
 * database may answer from a cached result of the previous call. The people and organisations are written once by the
 * set-up in spaces of their own and kept for later runs; the set-up checks that both paths answer alike.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ContactsRegisterBenchmark extends DatabaseParams {
    static final int SPACES = 8;
    static final int PAGE_SIZE = 50;
    /** Searches as people type them: the start of a surname, of an organisation's place or line of business. */
    static final List<String> SEARCHES = List.of("virta", "lahden", "kone", "mäki", "joki");
    private static final List<String> FIRST_NAMES = List.of("Aino", "Anna", "Antti", "Eero", "Elina", "Emma", "Heikki", "Helmi",
            "Ilkka", "Jaana", "Johanna", "Juha", "Kaisa", "Kalle", "Laura", "Leena", "Liisa", "Marja", "Markku", "Matti", "Mikko",
            "Minna", "Niina", "Olli", "Päivi", "Pekka", "Riikka", "Sanna", "Satu", "Seppo", "Tiina", "Timo", "Tuula", "Ulla",
            "Veikko", "Ville", "Åsa", "Björn", "Ingrid", "Nils");
    private static final List<String> LAST_NAMES = List.of("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen",
            "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
            "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen",
            "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Lindqvist", "Eriksson", "Holmberg", "Nyström", "Virta", "Jokela",
            "Hiltunen", "Leinonen", "Miettinen", "Vainio");
    private static final List<String> PLACES = List.of("Lahden", "Turun", "Oulun", "Porin", "Vaasan", "Kuopion", "Joensuun",
            "Jyväskylän", "Tampereen", "Espoon", "Vantaan", "Kotkan", "Mikkelin", "Rauman", "Kajaanin", "Kokkolan", "Seinäjoen",
            "Hämeenlinnan", "Lappeenrannan", "Rovaniemen", "Savonlinnan", "Salon", "Forssan", "Imatran", "Iisalmen");
    private static final List<String> TRADES = List.of("Kone", "Sähkö", "Rakennus", "Media", "Lehti", "Koulutus", "Kiinteistö",
            "Liikenne", "Energia", "Puutarha", "Kirja", "Ohjelmisto", "Metalli", "Elintarvike", "Matkailu", "Terveys", "Urheilu",
            "Viestintä", "Pakkaus", "Kuljetus");
    private static final List<String> FORMS = List.of("Oy", "Ab", "ry", "Oyj", "Ky");
    private static final List<String> KINDS = List.of("company", "municipality", "school", "media", "association", "other");

    @Param("100000") public int people;

    private AppDatabase db;
    private ContactRepository repository;
    private String rawSql;
    private String rawSearchSql;
    private int next;

    @Setup
    public void open() throws SQLException {
        db = AppDatabase.open(database(), people());
        repository = db.app().get("contactRepository", ContactRepository.class);
        ensureContacts();
        // The statements the register sends (SqlContactLists) for one space, one row more than a page.
        String select = "SELECT \"ID\", \"SPACE_KEY\", \"NAME\", \"ORGANISATION_ID\", \"ROLE\", \"EMAIL\", \"PHONE\", \"KEEPER_KEY\", "
                + "\"STATUS\", \"NOTES\", \"PURPOSE\", \"RETAIN_UNTIL\", \"LAST_MET\", \"VERSION\" FROM \"" + db.table("CONTACT_PERSON")
                + "\" WHERE \"SPACE_KEY\" IN (?)";
        String order = " ORDER BY \"SPACE_KEY\" ASC, \"NAME_KEY\" ASC, \"ID\" ASC LIMIT ?";
        rawSql = select + order;
        rawSearchSql = select + " AND (\"NAME_KEY\" LIKE ? ESCAPE '!' OR \"EMAIL_KEY\" LIKE ? ESCAPE '!' OR \"ORGANISATION_ID\" IN "
                + "(SELECT \"ID\" FROM \"" + db.table("CONTACT_ORG") + "\" WHERE \"SPACE_KEY\" IN (?) AND \"NAME_KEY\" LIKE ? ESCAPE '!'))"
                + order;
        for (int s = 0; s < SPACES; s++) {
            if (!firstPageOf(s).equals(rawFirstPageOf(s))) throw new IllegalStateException("the app and plain JDBC list space " + space(s) + " differently");
            for (String text : SEARCHES) {
                if (!searchOf(s, text).equals(rawSearchOf(s, text))) {
                    throw new IllegalStateException("the app and plain JDBC find " + text + " in " + space(s) + " differently");
                }
            }
        }
    }

    static String space(int s) { return "CREG" + s; }

    private static PeopleQuery query(int space, String text) {
        return new PeopleQuery(List.of(space(space)), text, null, null, null, 0);
    }

    /** Writes the people and organisations unless a previous run left exactly as many. */
    private void ensureContacts() throws SQLException {
        String personTable = "\"" + db.table("CONTACT_PERSON") + "\"", orgTable = "\"" + db.table("CONTACT_ORG") + "\"";
        String inSpaces = " WHERE \"SPACE_KEY\" IN (" + "?,".repeat(SPACES - 1) + "?)";
        int organisations = people / 10;
        try (Connection c = db.activeObjects().openConnection()) {
            if (count(c, personTable + inSpaces) == people && count(c, orgTable + inSpaces) == organisations) return;
            for (String table : List.of(personTable, orgTable)) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + inSpaces)) {
                    spaces(delete);
                    delete.executeUpdate();
                }
            }
            c.setAutoCommit(false);
            Random random = new Random(seed);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + orgTable + " (\"SPACE_KEY\", \"NAME\", \"NAME_KEY\", \"KIND\", "
                    + "\"NETWORKS\", \"NETWORK_KEYS\", \"WEBSITE\", \"AUTO_KEY\", \"VERSION\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                for (int n = 0; n < organisations; n++) {
                    String name = PLACES.get(n % PLACES.size()) + " " + TRADES.get((n / PLACES.size()) % TRADES.size()) + " "
                            + FORMS.get(random.nextInt(FORMS.size()));
                    boolean networked = n % 4 == 0;
                    insert.setString(1, space(n % SPACES));
                    insert.setString(2, name);
                    insert.setString(3, NameKey.of(name));
                    insert.setString(4, KINDS.get(n % KINDS.size()));
                    insert.setString(5, networked ? "Edufutura\nReititin" : null);
                    insert.setString(6, networked ? "|edufutura|reititin|" : null);
                    insert.setString(7, n % 3 == 0 ? "https://www.example.fi/" + n : null);
                    insert.setString(8, "bench|org|" + n);
                    insert.addBatch();
                    if (n % 1000 == 999) insert.executeBatch();
                }
                insert.executeBatch();
            }
            c.commit();
            // The organisations' ids, per space in the order they were written.
            Map<String, List<Long>> organisationIds = new HashMap<>();
            try (PreparedStatement ids = c.prepareStatement("SELECT \"ID\", \"SPACE_KEY\" FROM " + orgTable + inSpaces + " ORDER BY \"ID\"")) {
                spaces(ids);
                try (ResultSet rs = ids.executeQuery()) {
                    while (rs.next()) organisationIds.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getLong(1));
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + personTable + " (\"SPACE_KEY\", \"NAME\", \"NAME_KEY\", "
                    + "\"ORGANISATION_ID\", \"ROLE\", \"EMAIL\", \"EMAIL_KEY\", \"PHONE\", \"KEEPER_KEY\", \"STATUS\", \"NOTES\", \"PURPOSE\", "
                    + "\"RETAIN_UNTIL\", \"LAST_MET\", \"AUTO_KEY\", \"VERSION\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                for (int n = 0; n < people; n++) {
                    String space = space(n % SPACES);
                    String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())), last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
                    String name = first + " " + last;
                    List<Long> spaceOrganisations = organisationIds.get(space);
                    boolean employed = n % 20 != 0;
                    String email = n % 2 == 0 ? NameKey.of(first).replace(' ', '.') + "." + NameKey.of(last).replace(' ', '.') + n + "@example.fi" : null;
                    LocalDate met = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2_500));
                    insert.setString(1, space);
                    insert.setString(2, name);
                    insert.setString(3, NameKey.of(name));
                    if (employed) insert.setLong(4, spaceOrganisations.get(random.nextInt(spaceOrganisations.size())));
                    else insert.setNull(4, java.sql.Types.BIGINT);
                    insert.setString(5, n % 3 == 0 ? "Rehtori" : n % 3 == 1 ? "Viestintäpäällikkö" : null);
                    insert.setString(6, email);
                    insert.setString(7, email == null ? null : email.toLowerCase(Locale.ROOT));
                    insert.setString(8, n % 4 == 0 ? "+358 40 " + (1_000_000 + n) : null);
                    insert.setString(9, n % 5 == 0 ? "bench-keeper-" + n % 50 : null);
                    insert.setString(10, RelationshipStatus.values()[n % 3].code());
                    insert.setString(11, n % 3 == 0 ? "Kiinnostunut syksyn kampanjasta; soita uudelleen " + met.plusDays(30) + "." : null);
                    insert.setString(12, "Yhteistyö ja tapaamiset");
                    insert.setString(13, met.plusYears(3).toString());
                    insert.setString(14, met.toString());
                    insert.setString(15, "bench|person|" + n);
                    insert.addBatch();
                    if (n % 1000 == 999) insert.executeBatch();
                }
                insert.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            analyse(c, personTable, orgTable);
        }
    }

    private static void spaces(PreparedStatement ps) throws SQLException {
        for (int s = 0; s < SPACES; s++) ps.setString(s + 1, space(s));
    }

    private static long count(Connection c, String tableWhere) throws SQLException {
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM " + tableWhere)) {
            spaces(count);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Fresh statistics, as a database that has had its register for a while has them. */
    private static void analyse(Connection c, String... tables) throws SQLException {
        boolean h2 = c.getMetaData().getDatabaseProductName().startsWith("H2");
        try (var statement = c.createStatement()) {
            if (h2) statement.execute("ANALYZE");
            else for (String table : tables) statement.execute("ANALYZE " + table);
        }
    }

    @TearDown
    public void close() { db.close(); }

    private List<ContactPerson> firstPageOf(int space) { return repository.people(query(space, null), PAGE_SIZE + 1); }

    private List<ContactPerson> searchOf(int space, String text) { return repository.people(query(space, text), PAGE_SIZE + 1); }

    /** The first page of one space's people, as the register's list asks for it. */
    @Benchmark
    public List<ContactPerson> firstPage() {
        return firstPageOf(next++ % SPACES);
    }

    /** The first page of one space's people found by a name prefix, by name, address or organisation. */
    @Benchmark
    public List<ContactPerson> search() {
        int call = next++;
        return searchOf(call % SPACES, SEARCHES.get((call / SPACES) % SEARCHES.size()));
    }

    /** The first page's statement on plain JDBC. */
    @Benchmark
    public List<ContactPerson> rawJdbcFirstPage() throws SQLException {
        return rawFirstPageOf(next++ % SPACES);
    }

    /**
     * Diagnostic, not in the suite's table: the first page's statement on plain JDBC inside a transaction begun and
     * committed around it, as the host lends SAL's connection; what the transaction alone adds (on PostgreSQL a
     * round trip for the commit).
     */
    @Benchmark
    public List<ContactPerson> rawJdbcFirstPageInTransaction() throws SQLException {
        try (Connection c = db.activeObjects().openConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(rawSql)) {
                ps.setString(1, space(next++ % SPACES));
                ps.setInt(2, PAGE_SIZE + 1);
                List<ContactPerson> found = read(ps);
                c.commit();
                return found;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** The search's statement on plain JDBC. */
    @Benchmark
    public List<ContactPerson> rawJdbcSearch() throws SQLException {
        int call = next++;
        return rawSearchOf(call % SPACES, SEARCHES.get((call / SPACES) % SEARCHES.size()));
    }

    private List<ContactPerson> rawFirstPageOf(int space) throws SQLException {
        try (Connection c = db.activeObjects().openConnection(); PreparedStatement ps = c.prepareStatement(rawSql)) {
            ps.setString(1, space(space));
            ps.setInt(2, PAGE_SIZE + 1);
            return read(ps);
        }
    }

    private List<ContactPerson> rawSearchOf(int space, String text) throws SQLException {
        String key = NameKey.of(text);
        try (Connection c = db.activeObjects().openConnection(); PreparedStatement ps = c.prepareStatement(rawSearchSql)) {
            ps.setString(1, space(space));
            ps.setString(2, "%" + key + "%");
            ps.setString(3, "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
            ps.setString(4, space(space));
            ps.setString(5, "%" + key + "%");
            ps.setInt(6, PAGE_SIZE + 1);
            return read(ps);
        }
    }

    private static List<ContactPerson> read(PreparedStatement ps) throws SQLException {
        List<ContactPerson> found = new ArrayList<>(PAGE_SIZE + 1);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long organisationId = rs.getLong(4);
                Long organisation = rs.wasNull() ? null : organisationId;
                String retain = rs.getString(12), met = rs.getString(13);
                found.add(new ContactPerson(rs.getLong(1), rs.getString(2), rs.getString(3), organisation, rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), RelationshipStatus.parse(rs.getString(9)).orElse(RelationshipStatus.LEAD),
                        rs.getString(10), rs.getString(11), retain == null ? null : LocalDate.parse(retain),
                        met == null ? null : LocalDate.parse(met), rs.getInt(14)));
            }
        }
        return found;
    }

    /** The statements of the first page of one space's people and of a search there, and how many people each found. */
    public record Statements(long firstPage, int firstPageRows, long search, int searchRows) {}

    /** Counts the statements of one first page and one search on the loaded data set (the contacts written if missing). */
    public static Statements countStatements(DatabaseConfig database, People people, int contacts, long seed) {
        ContactsRegisterBenchmark benchmark = new ContactsRegisterBenchmark();
        benchmark.people = contacts;
        benchmark.seed = seed;
        benchmark.db = AppDatabase.open(database, people);
        try {
            benchmark.repository = benchmark.db.app().get("contactRepository", ContactRepository.class);
            benchmark.ensureContacts();
            StatementCounter.Measured<List<ContactPerson>> first = StatementCounter.measure(() -> benchmark.firstPageOf(0));
            StatementCounter.Measured<List<ContactPerson>> search = StatementCounter.measure(() -> benchmark.searchOf(0, SEARCHES.get(1)));
            return new Statements(first.statements(), first.result().size(), search.statements(), search.result().size());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the contacts: " + e.getMessage(), e);
        } finally {
            benchmark.db.close();
        }
    }
}
