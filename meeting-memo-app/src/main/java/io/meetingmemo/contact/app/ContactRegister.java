package io.meetingmemo.contact.app;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ActionItemRepository;
import io.meetingmemo.contact.domain.ContactLink;
import io.meetingmemo.contact.domain.NameKey;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.contact.domain.ContactMerge;
import io.meetingmemo.contact.domain.ContactPerson;
import io.meetingmemo.contact.domain.ContactRepository;
import io.meetingmemo.contact.domain.ContactValidation;
import io.meetingmemo.contact.domain.ErasureFingerprint;
import io.meetingmemo.contact.domain.Organisation;
import io.meetingmemo.contact.domain.OrganisationKind;
import io.meetingmemo.contact.domain.RelationshipStatus;
import io.meetingmemo.permission.ContentPermissions;
import io.meetingmemo.platform.ConfluenceAccounts;
import io.meetingmemo.platform.ConfluencePages;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contacts registers for the caller. A register belongs to a space: whoever may view the space sees it, whoever
 * may add content to the space changes it (Confluence's own space permissions, asked through the one policy). Lists
 * leave out the spaces the caller may not view before paging; the memos an entry appears in are listed only where the
 * caller may view the page. Exporting and erasing what is held about a person is for administrators.
 */
public final class ContactRegister {
    public static final int MAX_LIMIT = 200;
    /** The pages an organisation's page reads open items from: its 50 latest meetings. */
    private static final int MAX_PAGES_READ = 50;

    private final ContactRepository repository;
    private final ActionItemRepository actionItems;
    private final ContentPermissions permissions;
    private final ConfluencePages pages;
    private final ConfluenceAccounts accounts;
    private final Clock clock;

    public ContactRegister(ContactRepository repository, ActionItemRepository actionItems, ContentPermissions permissions,
                           ConfluencePages pages, ConfluenceAccounts accounts, Clock clock) {
        this.repository = repository;
        this.actionItems = actionItems;
        this.permissions = permissions;
        this.pages = pages;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Why a request was refused, for the REST layer to answer with the matching status. */
    public static final class Refused extends RuntimeException {
        /** {@code CONFLICT}: the request cannot be done on this entry as it is (an entry that is a Confluence user). */
        public enum Reason { NOT_SIGNED_IN, NOT_FOUND, FORBIDDEN, INVALID, STALE, CONFLICT }

        private final Reason reason;
        private final List<ContactValidation.FieldProblem> problems;

        public Refused(Reason reason, String message) {
            this(reason, message, List.of());
        }

        public Refused(Reason reason, String message, List<ContactValidation.FieldProblem> problems) {
            super(message, null, false, false);
            this.reason = reason;
            this.problems = List.copyOf(problems);
        }

        public Reason reason() { return reason; }

        public List<ContactValidation.FieldProblem> problems() { return problems; }
    }

    /** A person as the caller sees them: the entry, its organisation, and the memos they appear in that the caller may view. */
    public record PersonView(ContactPerson person, Organisation organisation, List<ContactLink> memos, LocalDate lastMet,
                             boolean editable) {}

    /**
     * An organisation with its people, the memos it or its people appear in that the caller may view, and the open
     * action items agreed in those memos: what it owes (an item whose owner is the organisation or one of its people)
     * and what is owed to it (the others: what the team promised in its meetings).
     */
    public record OrganisationView(Organisation organisation, List<ContactPerson> people, List<ContactLink> memos,
                                   LocalDate lastContact, List<ActionItem> owes, List<ActionItem> owedToIt, boolean editable) {}

    /** @param next the position the following page starts after, or null on the last page */
    public record PeoplePage(List<ContactPerson> people, String next) {}

    public record OrganisationsPage(List<Organisation> organisations, String next) {}

    public PeoplePage people(String spaceKey, String text, Long organisationId, RelationshipStatus status, String after, int limit) {
        List<String> spaces = visibleSpaces(spaceKey);
        Position position = Position.decode(after);
        List<ContactPerson> found = repository.people(new ContactRepository.PeopleQuery(spaces, text, organisationId, status,
                position == null ? null : position.nameKey(), position == null ? 0 : position.id()), clamp(limit) + 1);
        boolean more = found.size() > clamp(limit);
        List<ContactPerson> shown = more ? found.subList(0, clamp(limit)) : found;
        ContactPerson last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new PeoplePage(List.copyOf(shown), more ? new Position(last.nameKey(), last.id()).encode() : null);
    }

    /** The most people one export holds; the answer says when there were more. */
    public static final int MAX_EXPORT = 5_000;

    /** People for an export, with their organisations; {@code truncated} when more matched than one export holds. */
    public record Export(List<ContactPerson> people, Map<Long, Organisation> organisations, boolean truncated) {}

    public Export exportPeople(String spaceKey, String text, Long organisationId, RelationshipStatus status) {
        List<ContactPerson> people = new ArrayList<>();
        String after = null;
        boolean truncated = false;
        do {
            PeoplePage page = people(spaceKey, text, organisationId, status, after, MAX_LIMIT);
            people.addAll(page.people());
            after = page.next();
            if (people.size() >= MAX_EXPORT && after != null) {
                truncated = true;
                break;
            }
        } while (after != null);
        Set<Long> organisationIds = new LinkedHashSet<>();
        people.forEach(p -> { if (p.organisationId() != null) organisationIds.add(p.organisationId()); });
        Map<Long, Organisation> organisations = new HashMap<>();
        repository.organisations(organisationIds).forEach(o -> organisations.put(o.id(), o));
        return new Export(people, organisations, truncated);
    }

    public OrganisationsPage organisations(String spaceKey, String text, OrganisationKind kind, String network, String after,
                                           int limit) {
        List<String> spaces = visibleSpaces(spaceKey);
        Position position = Position.decode(after);
        List<Organisation> found = repository.organisations(new ContactRepository.OrganisationQuery(spaces, text, kind, network,
                position == null ? null : position.nameKey(), position == null ? 0 : position.id()), clamp(limit) + 1);
        boolean more = found.size() > clamp(limit);
        List<Organisation> shown = more ? found.subList(0, clamp(limit)) : found;
        Organisation last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new OrganisationsPage(List.copyOf(shown), more ? new Position(last.nameKey(), last.id()).encode() : null);
    }

    public PersonView person(long id) {
        requireSignedIn();
        ContactPerson person = visiblePerson(id);
        Organisation organisation = person.organisationId() == null ? null : repository.organisation(person.organisationId()).orElse(null);
        List<ContactLink> memos = viewable(repository.linksOf(id));
        return new PersonView(person, organisation, memos, lastMet(person.lastMet(), memos), permissions.canEditSpace(person.spaceKey()));
    }

    public OrganisationView organisation(long id) {
        requireSignedIn();
        Organisation organisation = repository.organisation(id).filter(o -> permissions.canViewSpace(o.spaceKey()))
                .orElseThrow(() -> new Refused(Refused.Reason.NOT_FOUND, "no organisation " + id + " in a register you can view"));
        List<ContactPerson> people = repository.people(new ContactRepository.PeopleQuery(List.of(organisation.spaceKey()), null, id,
                null, null, 0), 1000);
        List<ContactLink> memos = viewable(repository.linksOfOrganisation(id));
        LocalDate last = memos.stream().map(ContactLink::memoDate).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
        Set<String> ownNames = new LinkedHashSet<>();
        ownNames.add(organisation.nameKey());
        people.forEach(p -> ownNames.add(p.nameKey()));
        List<ActionItem> owes = new ArrayList<>();
        List<ActionItem> owedToIt = new ArrayList<>();
        for (ActionItem item : openItemsOf(memos)) {
            boolean theirs = item.assigneeKey() == null && item.ownerName() != null && !io.meetingmemo.contact.domain.ErasedPerson.is(item.ownerName()) && ownNames.contains(NameKey.of(item.ownerName()));
            (theirs ? owes : owedToIt).add(item);
        }
        return new OrganisationView(organisation, people, memos, last, owes, owedToIt, permissions.canEditSpace(organisation.spaceKey()));
    }

    public Organisation createOrganisation(Organisation draft) {
        requireEditor(draft.spaceKey());
        validate(ContactValidation.organisation(draft));
        return repository.createOrganisation(new Organisation(0, draft.spaceKey(), draft.name().strip(), draft.kind(),
                draft.networks(), draft.website(), 1));
    }

    public Organisation updateOrganisation(long id, Organisation changed) {
        requireSignedIn();
        Organisation stored = repository.organisation(id).filter(o -> permissions.canViewSpace(o.spaceKey()))
                .orElseThrow(() -> new Refused(Refused.Reason.NOT_FOUND, "no organisation " + id + " in a register you can view"));
        requireEditor(stored.spaceKey());
        Organisation next = new Organisation(id, stored.spaceKey(), changed.name(), changed.kind(), changed.networks(),
                changed.website(), changed.version());
        validate(ContactValidation.organisation(next));
        if (!repository.updateOrganisation(next)) throw stale("organisation", id);
        return stored(next);
    }

    public ContactPerson createPerson(ContactPerson draft) {
        requireEditor(draft.spaceKey());
        checkOrganisation(draft);
        validate(ContactValidation.person(draft));
        return repository.createPerson(draft);
    }

    public ContactPerson updatePerson(long id, ContactPerson changed) {
        requireSignedIn();
        ContactPerson stored = visiblePerson(id);
        requireEditor(stored.spaceKey());
        ContactPerson next = new ContactPerson(id, stored.spaceKey(), changed.name(), changed.organisationId(), changed.role(),
                changed.email(), changed.phone(), changed.keeperKey(), changed.status(), changed.notes(), changed.purpose(),
                changed.retainUntil(), changed.lastMet(), changed.version());
        checkOrganisation(next);
        validate(ContactValidation.person(next));
        if (!repository.updatePerson(next)) throw stale("person", id);
        return stored(next);
    }

    /** Joins {@code otherId} into {@code keptId}: the kept entry stays with its values and gains the other's links. */
    public ContactPerson merge(long keptId, int keptVersion, long otherId, int otherVersion) {
        requireSignedIn();
        requireEditor(visiblePerson(keptId).spaceKey());
        if (keptId == otherId) {
            throw new Refused(Refused.Reason.INVALID, "an entry cannot be merged with itself",
                    List.of(new ContactValidation.FieldProblem("mergeId", "is the entry itself")));
        }
        ContactPerson kept = visiblePerson(keptId);
        ContactPerson other = visiblePerson(otherId);
        requireEditor(kept.spaceKey());
        if (!kept.spaceKey().equals(other.spaceKey())) {
            throw new Refused(Refused.Reason.INVALID, "entries of two spaces' registers cannot be merged",
                    List.of(new ContactValidation.FieldProblem("mergeId", "is in another space's register")));
        }
        if (kept.version() != keptVersion) throw stale("person", keptId);
        if (other.version() != otherVersion) throw stale("person", otherId);
        ContactPerson merged = ContactMerge.merge(kept, other);
        if (!repository.merge(merged, other)) throw stale("person", otherId);
        return stored(merged);
    }

    /**
     * Everything the app holds about a person, for an administrator answering a request about personal data: the
     * register entry, its organisation, the memos it is linked to, and the rows of the app's other tables that name
     * the person (action items, decisions, memo records, minutes sent to them as a guest).
     */
    public Map<String, Object> export(long id) {
        requireAdministrator();
        ContactPerson person = repository.person(id).orElseThrow(() -> new Refused(Refused.Reason.NOT_FOUND, "no person " + id));
        Map<String, Object> export = new HashMap<>();
        export.put("person", person);
        export.put("organisation", person.organisationId() == null ? null : repository.organisation(person.organisationId()).orElse(null));
        export.put("memos", repository.linksOf(id));
        export.put("traces", repository.traces(person));
        return export;
    }

    /** A page that still names an erased person in its text: the app does not rewrite pages, an editor may. */
    public record PageNaming(long pageId, String title) {}

    /**
     * What erasing a person did: how many rows of each table were removed or anonymised, and the pages that still name
     * them in their text (those the caller may view; administrators view all).
     */
    public record Erasure(long personId, io.meetingmemo.contact.domain.PersonTraces.Anonymised anonymised,
                          List<PageNaming> pagesStillNamingThem) {
        /** The register links removed (the entry's memos). */
        public int linksRemoved() { return anonymised.links(); }
    }

    /**
     * Erases a person from the register and anonymises them in the app's other tables, in one transaction. An entry
     * whose address is a Confluence account's is that user: Confluence's own user management erases users, and the
     * app refuses (nothing changes), since anonymising part of a user's data here would leave the rest behind.
     */
    public Erasure erase(long id) {
        requireAdministrator();
        ContactPerson person = repository.person(id).orElseThrow(() -> new Refused(Refused.Reason.NOT_FOUND, "no person " + id));
        if (accounts.anyWithEmail(person.email())) {
            throw new Refused(Refused.Reason.CONFLICT, "this person is a Confluence user (the address " + person.email()
                    + " is an account's); Confluence accounts are erased through Confluence's own user management, "
                    + "not the contacts register; nothing was changed",
                    List.of(new ContactValidation.FieldProblem("email", "is the address of a Confluence account")));
        }
        Organisation organisation = person.organisationId() == null ? null : repository.organisation(person.organisationId()).orElse(null);
        ContactRepository.Erased erased = repository.erase(person, permissions.currentUserKey(), clock.instant(),
                        ErasureFingerprint.ofPerson(person, organisation))
                .orElseThrow(() -> new Refused(Refused.Reason.NOT_FOUND, "no person " + id));
        Set<Long> naming = new LinkedHashSet<>(erased.linkedPages());
        naming.addAll(erased.traces().pages());
        List<PageNaming> shown = new ArrayList<>();
        for (long pageId : naming) {
            if (!permissions.canView(pageId)) continue;
            pages.find(pageId).ifPresent(page -> shown.add(new PageNaming(pageId, page.title())));
        }
        return new Erasure(id, erased.anonymised(), List.copyOf(shown));
    }

    /** The open items of these memos (pages already checked for the caller), soonest due first; one read per page. */
    private List<ActionItem> openItemsOf(List<ContactLink> memos) {
        Map<Long, Set<String>> memoKeysByPage = new java.util.LinkedHashMap<>();
        for (ContactLink link : memos) memoKeysByPage.computeIfAbsent(link.pageId(), p -> new LinkedHashSet<>()).add(link.memoKey());
        List<ActionItem> open = new ArrayList<>();
        memoKeysByPage.entrySet().stream().limit(MAX_PAGES_READ).forEach(page -> {
            for (ActionItem item : actionItems.findByPage(page.getKey())) {
                if (item.status() == ActionStatus.OPEN && !item.removed() && !item.hidden() && page.getValue().contains(item.memoKey())) {
                    open.add(item);
                }
            }
        });
        open.sort(java.util.Comparator.comparing(ActionItem::dueDate, java.util.Comparator.nullsLast(LocalDate::compareTo))
                .thenComparing(ActionItem::id));
        return open;
    }

    /** An entry as a successful compare-and-set stored it: the values written, one version on (no read back). */
    private static ContactPerson stored(ContactPerson written) {
        ContactPerson p = written;
        return new ContactPerson(p.id(), p.spaceKey(), p.name().strip(), p.organisationId(), text(p.role()), text(p.email()),
                text(p.phone()), p.keeperKey(), p.status(), text(p.notes()), text(p.purpose()), p.retainUntil(), p.lastMet(),
                p.version() + 1);
    }

    private static Organisation stored(Organisation written) {
        return new Organisation(written.id(), written.spaceKey(), written.name().strip(), written.kind(),
                written.networks().stream().map(String::strip).toList(), text(written.website()), written.version() + 1);
    }

    /** Text as the register stores it: stripped, and blank as none. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private ContactPerson visiblePerson(long id) {
        return repository.person(id).filter(p -> permissions.canViewSpace(p.spaceKey()))
                .orElseThrow(() -> new Refused(Refused.Reason.NOT_FOUND, "no person " + id + " in a register you can view"));
    }

    private void checkOrganisation(ContactPerson person) {
        if (person.organisationId() == null) return;
        Optional<Organisation> organisation = repository.organisation(person.organisationId());
        if (organisation.isEmpty() || !organisation.get().spaceKey().equals(person.spaceKey())) {
            throw new Refused(Refused.Reason.INVALID, "the organisation is not in this space's register",
                    List.of(new ContactValidation.FieldProblem("organisationId", "is not an organisation of the space's register")));
        }
    }

    private List<String> visibleSpaces(String spaceKey) {
        if (permissions.isAnonymous()) throw new Refused(Refused.Reason.NOT_SIGNED_IN, "sign in to see contacts registers");
        return permissions.viewableSpaces(spaceKey == null ? pages.spaceKeys() : List.of(spaceKey));
    }

    private void requireSignedIn() {
        if (permissions.isAnonymous()) throw new Refused(Refused.Reason.NOT_SIGNED_IN, "sign in to see contacts registers");
    }

    private void requireEditor(String spaceKey) {
        if (permissions.isAnonymous()) throw new Refused(Refused.Reason.NOT_SIGNED_IN, "sign in to change contacts registers");
        if (!permissions.canViewSpace(spaceKey)) throw new Refused(Refused.Reason.NOT_FOUND, "no space " + spaceKey + " you can view");
        if (!permissions.canEditSpace(spaceKey)) {
            throw new Refused(Refused.Reason.FORBIDDEN, "changing the contacts register of " + spaceKey + " needs permission to add pages there");
        }
    }

    private void requireAdministrator() {
        if (permissions.isAnonymous()) throw new Refused(Refused.Reason.NOT_SIGNED_IN, "sign in as an administrator");
        if (!permissions.isAdministrator()) throw new Refused(Refused.Reason.FORBIDDEN, "only administrators export or erase personal data");
    }

    private List<ContactLink> viewable(List<ContactLink> links) {
        Map<Long, Boolean> viewable = new HashMap<>();
        List<ContactLink> shown = new ArrayList<>();
        for (ContactLink link : links) if (viewable.computeIfAbsent(link.pageId(), permissions::canView)) shown.add(link);
        return shown;
    }

    private static LocalDate lastMet(LocalDate recorded, List<ContactLink> memos) {
        LocalDate last = recorded;
        for (ContactLink link : memos) if (link.memoDate() != null && (last == null || link.memoDate().isAfter(last))) last = link.memoDate();
        return last;
    }

    private static void validate(List<ContactValidation.FieldProblem> problems) {
        if (!problems.isEmpty()) throw new Refused(Refused.Reason.INVALID, "the entry has invalid fields", problems);
    }

    private static Refused stale(String what, long id) {
        return new Refused(Refused.Reason.STALE, "the " + what + " " + id + " was changed meanwhile; read it again");
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    /** A list position: the name key and id of the last entry shown, opaque to clients. */
    private record Position(String nameKey, long id) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((id + ":" + nameKey).getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String after) {
            if (after == null || after.isEmpty()) return null;
            try {
                String text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
                int colon = text.indexOf(':');
                return new Position(text.substring(colon + 1), Long.parseLong(text.substring(0, colon)));
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                throw new Refused(Refused.Reason.INVALID, "after is not a position an earlier page gave",
                        List.of(new ContactValidation.FieldProblem("after", "is not a position an earlier page gave")));
            }
        }
    }
}
