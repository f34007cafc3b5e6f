package io.meetingmemo.contact.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.meetingmemo.contact.domain.ContactLink;
import io.meetingmemo.contact.domain.ContactMatcher;
import io.meetingmemo.contact.domain.ContactMention;
import io.meetingmemo.contact.domain.ContactPerson;
import io.meetingmemo.contact.domain.ContactRepository;
import io.meetingmemo.contact.domain.ContactValidation;
import io.meetingmemo.contact.domain.NameKey;
import io.meetingmemo.contact.domain.Organisation;
import io.meetingmemo.contact.domain.OrganisationKind;
import io.meetingmemo.contact.domain.PersonTraces;
import io.meetingmemo.contact.domain.RelationshipStatus;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.meetingmemo.actionitem.ao.SyncRecordEntity;
import net.java.ao.Query;

/**
 * The contacts registers in Active Objects. A page's save costs a constant number of statements whatever the number of
 * guests and contacts: the candidates in two reads, each kind of new entry in one batch insert and one read of their
 * ids, and the page's links replaced with one delete and one batch insert. A changed entry is replaced under its own id
 * with a compare-and-set on its version, as series records are. The register's two lists (people, organisations) are
 * read in hand-written SQL ({@link SqlContactLists}).
 */
public final class AoContactRepository implements ContactRepository {
    private static final String PERSON_COLUMNS = "ID, SPACE_KEY, NAME, NAME_KEY, ORGANISATION_ID, ROLE, EMAIL, EMAIL_KEY, PHONE, "
            + "KEEPER_KEY, STATUS, NOTES, PURPOSE, RETAIN_UNTIL, LAST_MET, AUTO_KEY, VERSION";
    private static final String ORGANISATION_COLUMNS = "ID, SPACE_KEY, NAME, NAME_KEY, KIND, NETWORKS, NETWORK_KEYS, WEBSITE, AUTO_KEY, VERSION";
    private static final String LINK_COLUMNS = "ID, PERSON_ID, ORGANISATION_ID, PAGE_ID, SPACE_KEY, PAGE_VERSION, MEMO_KEY, PART_KEY, LINK_KEY, KIND, "
            + "MEMO_TITLE, MEMO_DATE";
    /** Values in one IN (…) list, well below every database's limit of bind parameters. */
    private static final int CHUNK = 400;

    private final ActiveObjects ao;
    private final SqlContactLists lists;

    /** @param lists the register's two lists, read in hand-written SQL */
    public AoContactRepository(ActiveObjects ao, SqlContactLists lists) {
        this.ao = ao;
        this.lists = lists;
    }

    @Override
    public ContactMatcher.Candidates candidates(String spaceKey, Set<String> emailKeys, Set<String> nameKeys,
                                                Set<String> organisationKeys, Set<Long> pickedPersonIds) {
        return ao.executeInTransaction(() -> {
            List<ContactPerson> people = new ArrayList<>();
            StringBuilder where = new StringBuilder("SPACE_KEY = ? AND (1 = 0");
            List<Object> params = new ArrayList<>(List.of(spaceKey));
            in(where, params, " OR EMAIL_KEY", limit(emailKeys));
            in(where, params, " OR NAME_KEY", limit(nameKeys));
            where.append(')');
            in(where, params, " OR ID", limit(pickedPersonIds).stream().map(id -> (Object) (int) (long) id).toList());
            if (params.size() > 1) {
                for (ContactPersonEntity e : ao.find(ContactPersonEntity.class, Query.select(PERSON_COLUMNS)
                        .where(where.toString(), params.toArray()))) people.add(toPerson(e));
            }
            Set<Object> organisationIds = new LinkedHashSet<>();
            for (ContactPerson p : people) if (p.organisationId() != null) organisationIds.add((int) (long) p.organisationId());
            List<Organisation> organisations = new ArrayList<>();
            StringBuilder orgWhere = new StringBuilder("SPACE_KEY = ? AND (1 = 0");
            List<Object> orgParams = new ArrayList<>(List.of(spaceKey));
            in(orgWhere, orgParams, " OR NAME_KEY", limit(organisationKeys));
            in(orgWhere, orgParams, " OR ID", new ArrayList<>(limit(organisationIds)));
            orgWhere.append(')');
            if (orgParams.size() > 1) {
                for (ContactOrganisationEntity e : ao.find(ContactOrganisationEntity.class, Query.select(ORGANISATION_COLUMNS)
                        .where(orgWhere.toString(), orgParams.toArray()))) organisations.add(toOrganisation(e));
            }
            return new ContactMatcher.Candidates(people, organisations);
        });
    }

    @Override
    public boolean applyLinks(long pageId, String spaceKey, int pageVersion, ContactMatcher.Plan plan) {
        try {
            return ao.executeInTransaction(() -> {
                if (ao.find(ContactLinkEntity.class, Query.select("ID").where("PAGE_ID = ? AND PAGE_VERSION > ?", pageId, pageVersion)
                        .limit(1)).length > 0) {
                    return true; // a newer version's links stand
                }
                Map<String, Long> newOrganisationIds = createOrganisations(spaceKey, plan.newOrganisations());
                List<Long> newPersonIds = createPeople(spaceKey, plan.newPeople(), newOrganisationIds);
                ao.deleteWithSQL(ContactLinkEntity.class, "PAGE_ID = ?", pageId);
                Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
                for (ContactMatcher.Link link : plan.links()) {
                    Long personId = link.personId() != null ? link.personId()
                            : link.newPersonIndex() == null ? null : newPersonIds.get(link.newPersonIndex());
                    Long organisationId = link.organisationId() != null ? link.organisationId()
                            : link.newOrganisation() == null ? null : newOrganisationIds.get(link.newOrganisation());
                    if (personId == null && organisationId == null) continue;
                    ContactMention m = link.mention();
                    ContactLink stored = new ContactLink(personId, personId == null ? organisationId : null, pageId, spaceKey, pageVersion,
                            io.meetingmemo.actionitem.domain.ActionItem.stored(m.memoKey()), io.meetingmemo.actionitem.domain.ActionItem.stored(m.partKey()), m.kind(),
                            m.memoTitle(), m.memoDate());
                    rows.putIfAbsent(stored.linkKey(), linkRow(stored));
                }
                List<Map<String, Object>> all = new ArrayList<>(rows.values());
                for (int from = 0; from < all.size(); from += CHUNK) {
                    ao.create(ContactLinkEntity.class, all.subList(from, Math.min(from + CHUNK, all.size())));
                }
                return true;
            });
        } catch (RuntimeException e) {
            if (isDuplicateKey(e)) return false; // another save created one of the new entries first
            throw e;
        }
    }

    private Map<String, Long> createOrganisations(String spaceKey, List<String> names) {
        if (names.isEmpty()) return Map.of();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String name : names) {
            Organisation o = new Organisation(0, spaceKey, name, OrganisationKind.OTHER, List.of(), null, 1);
            Map<String, Object> row = organisationRow(o, 1);
            row.put("AUTO_KEY", spaceKey + "|" + o.nameKey());
            rows.add(row);
        }
        ao.create(ContactOrganisationEntity.class, rows);
        Map<String, Long> ids = new HashMap<>();
        for (ContactOrganisationEntity e : ao.find(ContactOrganisationEntity.class, Query.select("ID, NAME_KEY, AUTO_KEY")
                .where(inClause("AUTO_KEY", rows.size()), rows.stream().map(r -> r.get("AUTO_KEY")).toArray()))) {
            ids.put(e.getNameKey(), (long) e.getID());
        }
        Map<String, Long> byName = new HashMap<>();
        for (String name : names) byName.put(name, ids.get(NameKey.of(name)));
        return byName;
    }

    private List<Long> createPeople(String spaceKey, List<ContactMatcher.NewPerson> people, Map<String, Long> newOrganisationIds) {
        if (people.isEmpty()) return List.of();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ContactMatcher.NewPerson p : people) {
            ContactMention m = p.firstMention();
            Long organisationId = p.organisationId() != null ? p.organisationId()
                    : p.newOrganisation() == null ? null : newOrganisationIds.get(p.newOrganisation());
            String email = m.emailKey().isEmpty() ? null : m.email().strip();
            // What a memo says of a person is kept when it fits the register's rules, and left on the page when not.
            String role = m.role() == null || m.role().strip().length() > ContactValidation.ROLE_MAX ? null : blankToNull(m.role());
            String phone = m.phone() == null || !m.phone().strip().matches(ContactValidation.PHONE_PATTERN) ? null : m.phone().strip();
            ContactPerson person = new ContactPerson(0, spaceKey, m.name().strip(), organisationId, role, email,
                    phone, m.keeperKey(), m.kind() == ContactMention.Kind.GUEST ? RelationshipStatus.ACTIVE
                    : RelationshipStatus.LEAD, null, null, null, null, 1);
            Map<String, Object> row = personRow(person, 1);
            row.put("AUTO_KEY", p.identityKey());
            rows.add(row);
        }
        ao.create(ContactPersonEntity.class, rows);
        Map<String, Long> ids = new HashMap<>();
        for (ContactPersonEntity e : ao.find(ContactPersonEntity.class, Query.select("ID, AUTO_KEY")
                .where(inClause("AUTO_KEY", rows.size()), rows.stream().map(r -> r.get("AUTO_KEY")).toArray()))) {
            ids.put(e.getAutoKey(), (long) e.getID());
        }
        return people.stream().map(p -> ids.get(p.identityKey())).toList();
    }

    @Override
    public void removePageLinks(long pageId) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(ContactLinkEntity.class, "PAGE_ID = ?", pageId));
    }

    @Override
    public Optional<Organisation> organisation(long id) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(ContactOrganisationEntity.class,
                Query.select(ORGANISATION_COLUMNS).where("ID = ?", (int) id))).findFirst().map(AoContactRepository::toOrganisation));
    }

    @Override
    public List<Organisation> organisations(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return ao.executeInTransaction(() -> {
            List<Object> all = ids.stream().distinct().map(id -> (Object) (int) (long) id).toList();
            List<Organisation> found = new ArrayList<>();
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<Object> chunk = all.subList(from, Math.min(from + CHUNK, all.size()));
                for (ContactOrganisationEntity e : ao.find(ContactOrganisationEntity.class, Query.select(ORGANISATION_COLUMNS)
                        .where(inClause("ID", chunk.size()), chunk.toArray()))) found.add(toOrganisation(e));
            }
            return found;
        });
    }

    @Override
    public Optional<ContactPerson> person(long id) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(ContactPersonEntity.class,
                Query.select(PERSON_COLUMNS).where("ID = ?", (int) id))).findFirst().map(AoContactRepository::toPerson));
    }

    @Override
    public List<ContactPerson> people(PeopleQuery q, int max) {
        return lists.people(q, max);
    }

    @Override
    public List<Organisation> organisations(OrganisationQuery q, int max) {
        return lists.organisations(q, max);
    }

    @Override
    public List<ContactLink> linksOf(long personId) {
        return links("PERSON_ID = ?", List.of(personId));
    }

    @Override
    public List<ContactLink> linksOfOrganisation(long organisationId) {
        return ao.executeInTransaction(() -> {
            List<Object> ids = new ArrayList<>();
            for (ContactPersonEntity e : ao.find(ContactPersonEntity.class, Query.select("ID")
                    .where("ORGANISATION_ID = ?", organisationId))) ids.add((long) e.getID());
            List<ContactLink> all = new ArrayList<>(links("ORGANISATION_ID = ?", List.of(organisationId)));
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Object> chunk = ids.subList(from, Math.min(from + CHUNK, ids.size()));
                all.addAll(links(inClause("PERSON_ID", chunk.size()), chunk));
            }
            all.sort(LINK_ORDER);
            return all;
        });
    }

    /** Newest memo first; memos without a date last; then page and memo. */
    private static final java.util.Comparator<ContactLink> LINK_ORDER = java.util.Comparator
            .comparing(ContactLink::memoDate, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
            .thenComparing(ContactLink::pageId, java.util.Comparator.reverseOrder())
            .thenComparing(l -> l.memoKey() == null ? "" : l.memoKey());

    private List<ContactLink> links(String where, List<?> params) {
        return ao.executeInTransaction(() -> {
            List<ContactLink> found = new ArrayList<>();
            for (ContactLinkEntity e : ao.find(ContactLinkEntity.class, Query.select(LINK_COLUMNS).where(where, params.toArray()))) {
                found.add(new ContactLink(e.getPersonId(), e.getOrganisationId(), e.getPageId(), e.getSpaceKey(), e.getPageVersion(),
                        e.getMemoKey(), e.getPartKey(), ContactMention.Kind.valueOf(e.getKind()), e.getMemoTitle(), date(e.getMemoDate())));
            }
            List<ContactLink> current = current(found);
            current.sort(LINK_ORDER);
            return current;
        });
    }

    /**
     * The links that the current version of their page still makes. A save of a page without guests or contacts costs
     * the register nothing, so it leaves the links of the page's older version in place: they are left out here, as are
     * links of pages the tracker no longer shows (trashed or purged), by the tracker's record of each page's version.
     */
    private List<ContactLink> current(List<ContactLink> links) {
        if (links.isEmpty()) return links;
        List<String> pageRows = links.stream().map(l -> String.valueOf(l.pageId())).distinct().toList();
        Map<Long, Integer> versions = new HashMap<>();
        for (int from = 0; from < pageRows.size(); from += CHUNK) {
            List<String> chunk = pageRows.subList(from, Math.min(from + CHUNK, pageRows.size()));
            for (SyncRecordEntity row : ao.find(SyncRecordEntity.class, Query.select("ID, PAGE_ID, PAGE_VERSION, ROW_KEY, HIDDEN, REMOVED")
                    .where(inClause(SyncRecordEntity.ROW_KEY, chunk.size()), chunk.toArray()))) {
                if (!row.isHidden() && !row.isRemoved()) {
                    versions.put(row.getPageId(), row.getPageVersion());
                }
            }
        }
        List<ContactLink> current = new ArrayList<>();
        for (ContactLink link : links) {
            Integer version = versions.get(link.pageId());
            if (version != null && link.pageVersion() >= version) current.add(link);
        }
        return current;
    }

    @Override
    public Organisation createOrganisation(Organisation organisation) {
        return ao.executeInTransaction(() -> {
            Map<String, Object> row = organisationRow(organisation, 1);
            row.put("AUTO_KEY", manualKey());
            return toOrganisation(ao.create(ContactOrganisationEntity.class, row));
        });
    }

    @Override
    public ContactPerson createPerson(ContactPerson person) {
        Map<String, Object> row = personRow(person, 1);
        row.put("AUTO_KEY", manualKey());
        return ao.executeInTransaction(() -> toPerson(ao.create(ContactPersonEntity.class, row)));
    }

    @Override
    public boolean updateOrganisation(Organisation o) {
        return ao.executeInTransaction(() -> {
            ContactOrganisationEntity[] rows = ao.find(ContactOrganisationEntity.class, Query.select("ID, AUTO_KEY")
                    .where("ID = ? AND VERSION = ?", (int) o.id(), o.version()));
            if (rows.length == 0) return false;
            String autoKey = rows[0].getAutoKey();
            if (ao.deleteWithSQL(ContactOrganisationEntity.class, "ID = ? AND VERSION = ?", (int) o.id(), o.version()) != 1) return false;
            Map<String, Object> row = organisationRow(o, o.version() + 1);
            row.put("ID", (int) o.id());
            row.put("AUTO_KEY", autoKey);
            ao.create(ContactOrganisationEntity.class, List.of(row));
            return true;
        });
    }

    @Override
    public boolean updatePerson(ContactPerson p) {
        return ao.executeInTransaction(() -> replacePerson(p));
    }

    private boolean replacePerson(ContactPerson p) {
        ContactPersonEntity[] rows = ao.find(ContactPersonEntity.class, Query.select("ID, AUTO_KEY")
                .where("ID = ? AND VERSION = ?", (int) p.id(), p.version()));
        if (rows.length == 0) return false;
        String autoKey = rows[0].getAutoKey();
        if (ao.deleteWithSQL(ContactPersonEntity.class, "ID = ? AND VERSION = ?", (int) p.id(), p.version()) != 1) return false;
        Map<String, Object> row = personRow(p, p.version() + 1);
        row.put("ID", (int) p.id());
        row.put("AUTO_KEY", autoKey);
        ao.create(ContactPersonEntity.class, List.of(row));
        return true;
    }

    @Override
    public boolean merge(ContactPerson merged, ContactPerson removed) {
        return ao.executeInTransaction(() -> {
            if (ao.deleteWithSQL(ContactPersonEntity.class, "ID = ? AND VERSION = ?", (int) removed.id(), removed.version()) != 1) {
                return false;
            }
            if (!replacePerson(merged)) throw new StaleMerge();
            // The removed entry's links move; where both were linked to one macro, the kept entry's link stays.
            Set<String> keptKeys = new LinkedHashSet<>();
            for (ContactLinkEntity e : ao.find(ContactLinkEntity.class, Query.select("ID, LINK_KEY").where("PERSON_ID = ?", merged.id()))) {
                keptKeys.add(e.getLinkKey());
            }
            List<Map<String, Object>> moved = new ArrayList<>();
            for (ContactLinkEntity e : ao.find(ContactLinkEntity.class, Query.select(LINK_COLUMNS).where("PERSON_ID = ?", removed.id()))) {
                if (keptKeys.contains(e.getLinkKey())) continue;
                moved.add(linkRow(new ContactLink(merged.id(), null, e.getPageId(), e.getSpaceKey(), e.getPageVersion(), e.getMemoKey(),
                        e.getPartKey(), ContactMention.Kind.valueOf(e.getKind()), e.getMemoTitle(), date(e.getMemoDate()))));
            }
            ao.deleteWithSQL(ContactLinkEntity.class, "PERSON_ID = ?", removed.id());
            if (!moved.isEmpty()) ao.create(ContactLinkEntity.class, moved);
            return true;
        });
    }

    /** Thrown inside the merge's transaction to roll back the removal when the kept entry changed meanwhile. */
    private static final class StaleMerge extends RuntimeException {
        StaleMerge() {
            super("the kept entry changed meanwhile", null, false, false);
        }
    }

    @Override
    public PersonTraces traces(ContactPerson person) {
        return ao.executeInTransaction(() -> new PersonRows(ao).traces(person, linksOf(person.id())));
    }

    @Override
    public Optional<Erased> erase(ContactPerson person, String erasedByKey, Instant at, Set<String> identityFingerprints) {
        return ao.executeInTransaction(() -> {
            List<ContactLink> links = linksOf(person.id());
            if (ao.deleteWithSQL(ContactPersonEntity.class, "ID = ?", (int) person.id()) != 1) return Optional.<Erased>empty();
            PersonRows rows = new PersonRows(ao);
            PersonTraces traces = rows.traces(person, links);
            int linksRemoved = ao.deleteWithSQL(ContactLinkEntity.class, "PERSON_ID = ?", person.id());
            List<Map<String, Object>> erasures = new ArrayList<>();
            for (String fingerprint : identityFingerprints) {
                Map<String, Object> row = new HashMap<>();
                row.put("SPACE_KEY", person.spaceKey());
                row.put("ERASED_BY", erasedByKey);
                row.put("ERASED_AT", Date.from(at));
                row.put("FINGERPRINT", fingerprint);
                erasures.add(row);
            }
            ao.create(ContactErasureEntity.class, erasures);
            Set<Long> linkedPages = new LinkedHashSet<>();
            links.forEach(l -> linkedPages.add(l.pageId()));
            return Optional.of(new Erased(traces, rows.anonymise(person, traces, linksRemoved), linkedPages));
        });
    }

    @Override
    public Set<String> erasedAmong(Set<String> fingerprints) {
        return ContactErasures.erasedAmong(ao, fingerprints);
    }

    /**
     * The unique key of an entry someone added by hand: Active Objects makes a unique column NOT NULL, and such an entry
     * has no identity a page's save would create it under, so it gets a key no save will ever make.
     */
    private static String manualKey() {
        return "manual|" + java.util.UUID.randomUUID();
    }

    private static Map<String, Object> organisationRow(Organisation o, int version) {
        Map<String, Object> row = new HashMap<>();
        row.put("SPACE_KEY", o.spaceKey());
        row.put("NAME", o.name().strip());
        row.put("NAME_KEY", o.nameKey());
        row.put("KIND", o.kind().code());
        row.put("NETWORKS", o.networks().isEmpty() ? null : String.join("\n", o.networks().stream().map(String::strip).toList()));
        row.put("NETWORK_KEYS", o.networks().isEmpty() ? null
                : "|" + String.join("|", o.networks().stream().map(NameKey::of).toList()) + "|");
        row.put("WEBSITE", blankToNull(o.website()));
        row.put("VERSION", version);
        return row;
    }

    private static Map<String, Object> personRow(ContactPerson p, int version) {
        Map<String, Object> row = new HashMap<>();
        row.put("SPACE_KEY", p.spaceKey());
        row.put("NAME", p.name().strip());
        row.put("NAME_KEY", p.nameKey());
        row.put("ORGANISATION_ID", p.organisationId());
        row.put("ROLE", blankToNull(p.role()));
        row.put("EMAIL", blankToNull(p.email()));
        row.put("EMAIL_KEY", p.emailKey().isEmpty() ? null : p.emailKey());
        row.put("PHONE", blankToNull(p.phone()));
        row.put("KEEPER_KEY", p.keeperKey());
        row.put("STATUS", p.status().code());
        row.put("NOTES", blankToNull(p.notes()));
        row.put("PURPOSE", blankToNull(p.purpose()));
        row.put("RETAIN_UNTIL", p.retainUntil() == null ? null : p.retainUntil().toString());
        row.put("LAST_MET", p.lastMet() == null ? null : p.lastMet().toString());
        row.put("VERSION", version);
        return row;
    }

    private static Map<String, Object> linkRow(ContactLink l) {
        Map<String, Object> row = new HashMap<>();
        row.put("PERSON_ID", l.personId());
        row.put("ORGANISATION_ID", l.organisationId());
        row.put("PAGE_ID", l.pageId());
        row.put("SPACE_KEY", l.spaceKey());
        row.put("PAGE_VERSION", l.pageVersion());
        row.put("MEMO_KEY", l.memoKey());
        row.put("PART_KEY", l.partKey());
        row.put("LINK_KEY", l.linkKey());
        row.put("KIND", l.kind().name());
        row.put("MEMO_TITLE", l.memoTitle());
        row.put("MEMO_DATE", l.memoDate() == null ? null : l.memoDate().toString());
        return row;
    }

    private static Organisation toOrganisation(ContactOrganisationEntity e) {
        List<String> networks = e.getNetworks() == null || e.getNetworks().isEmpty() ? List.of() : List.of(e.getNetworks().split("\n"));
        return new Organisation(e.getID(), e.getSpaceKey(), e.getName(), OrganisationKind.parse(e.getKind()).orElse(OrganisationKind.OTHER),
                networks, e.getWebsite(), e.getVersion());
    }

    private static ContactPerson toPerson(ContactPersonEntity e) {
        return new ContactPerson(e.getID(), e.getSpaceKey(), e.getName(), e.getOrganisationId(), e.getRole(), e.getEmail(),
                e.getPhone(), e.getKeeperKey(), RelationshipStatus.parse(e.getStatus()).orElse(RelationshipStatus.LEAD), e.getNotes(),
                e.getPurpose(), date(e.getRetainUntil()), date(e.getLastMet()), e.getVersion());
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> List<T> limit(Collection<T> values) {
        return values.stream().limit(CHUNK).toList();
    }

    private static void in(StringBuilder where, List<Object> params, String column, Collection<?> values) {
        if (values.isEmpty()) return;
        where.append(column).append(" IN (").append("?,".repeat(values.size() - 1)).append("?)");
        params.addAll(values);
    }

    private static String inClause(String column, int count) {
        return column + " IN (" + "?,".repeat(count - 1) + "?)";
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().equals("23505") || s.getSQLState().startsWith("40"))) return true;
        }
        return false;
    }
}
