package io.meetingmemo.contact.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The contacts registers of all spaces, with the links of their people to memos. */
public interface ContactRepository {
    /** The entries of a space a page's mentions could match: people by address or name key, organisations by name key. */
    ContactMatcher.Candidates candidates(String spaceKey, Set<String> emailKeys, Set<String> nameKeys,
                                         Set<String> organisationKeys, Set<Long> pickedPersonIds);

    /**
     * Applies a save's plan for one page version in one transaction: creates the new organisations and people
     * (unique by identity, so two nodes saving pages that name one new person make one entry) and replaces the page's
     * links, unless links of a newer version of the page are already stored.
     *
     * @return false when an entry the plan creates was created meanwhile (the caller plans again)
     */
    boolean applyLinks(long pageId, String spaceKey, int pageVersion, ContactMatcher.Plan plan);

    void removePageLinks(long pageId);

    Optional<Organisation> organisation(long id);

    List<Organisation> organisations(java.util.Collection<Long> ids);

    Optional<ContactPerson> person(long id);

    /** People of the spaces given, filtered and in name order after {@code afterNameKey}/{@code afterId}. */
    List<ContactPerson> people(PeopleQuery query, int max);

    List<Organisation> organisations(OrganisationQuery query, int max);

    /** The links of a person (newest memo first). */
    List<ContactLink> linksOf(long personId);

    /** The links of the people of an organisation (newest memo first). */
    List<ContactLink> linksOfOrganisation(long organisationId);

    Organisation createOrganisation(Organisation organisation);

    ContactPerson createPerson(ContactPerson person);

    /** A compare-and-set on the version; false when the stored version is another. */
    boolean updateOrganisation(Organisation organisation);

    boolean updatePerson(ContactPerson person);

    /** Stores the merged person, moves the other's links to it and removes the other; false on a stale version. */
    boolean merge(ContactPerson merged, ContactPerson removed);

    /** What the app's other tables hold that names the person ({@link PersonTraces}). */
    PersonTraces traces(ContactPerson person);

    /**
     * In one transaction: removes a person and their links, records who erased and when (the identities'
     * fingerprints, not who), blocks re-creation from pages, and anonymises the rows of the app's other tables that
     * name the person by a field ({@link PersonTraces.Anonymised}).
     *
     * @return what named the person before, and what was anonymised; empty when the person was already gone
     */
    Optional<Erased> erase(ContactPerson person, String erasedByKey, java.time.Instant at, Set<String> identityFingerprints);

    /** @param linkedPages the pages of the person's register links, which the erasure removed */
    record Erased(PersonTraces traces, PersonTraces.Anonymised anonymised, Set<Long> linkedPages) {}

    /** Whether an entry with this identity fingerprint was erased (so saves do not create it again). */
    Set<String> erasedAmong(Set<String> identityFingerprints);

    record PeopleQuery(List<String> spaceKeys, String text, Long organisationId, RelationshipStatus status,
                       String afterNameKey, long afterId) {}

    record OrganisationQuery(List<String> spaceKeys, String text, OrganisationKind kind, String network,
                             String afterNameKey, long afterId) {}
}
