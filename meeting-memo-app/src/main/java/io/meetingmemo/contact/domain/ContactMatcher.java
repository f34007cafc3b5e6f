package io.meetingmemo.contact.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which register entry each guest and contact of a saved page is: the entry the author picked, else the person
 * with the same address, else the person with the same name in the same organisation, else a new person (and a new
 * organisation when the register has none of that name). Names are compared by {@link NameKey}, so spelling
 * differences of case, accents, dashes and spaces do not make a second entry. An address held by two people (in two
 * organisations) picks the one in the organisation the memo names, else the earliest entry, and says so.
 */
public final class ContactMatcher {
    private ContactMatcher() {
    }

    /** The register entries a page's mentions could match, read in one go for the page's space. */
    public record Candidates(List<ContactPerson> people, List<Organisation> organisations) {
        public Candidates {
            people = List.copyOf(people);
            organisations = List.copyOf(organisations);
        }
    }

    /** A person the page's save creates, with the organisation it belongs to (existing id, or a new one's name). */
    public record NewPerson(ContactMention firstMention, String identityKey, Long organisationId, String newOrganisation) {}

    /**
     * One mention's entry: an existing person, or the index of a person in {@link Plan#newPeople()}; or, for an
     * organisation named as such, an existing organisation or the name of a new one.
     */
    public record Link(ContactMention mention, Long personId, Integer newPersonIndex, Long organisationId,
                       String newOrganisation, String note) {
        Link(ContactMention mention, Long personId, Integer newPersonIndex, String note) {
            this(mention, personId, newPersonIndex, null, null, note);
        }
    }

    /** What a save links and creates; {@code newOrganisations} are names, each created once. */
    public record Plan(List<Link> links, List<NewPerson> newPeople, List<String> newOrganisations) {}

    public static Plan plan(String spaceKey, List<ContactMention> mentions, Candidates candidates) {
        return plan(spaceKey, mentions, candidates, java.util.Set.of());
    }

    /**
     * As {@link #plan(String, List, Candidates)}; a mention that matches no entry and whose identity's fingerprint is
     * among {@code erasedFingerprints} is left unlinked: that person was erased, and pages naming them do not bring
     * them back.
     */
    public static Plan plan(String spaceKey, List<ContactMention> mentions, Candidates candidates,
                            java.util.Set<String> erasedFingerprints) {
        Map<Long, Organisation> organisationsById = new LinkedHashMap<>();
        Map<String, Organisation> organisationsByKey = new LinkedHashMap<>();
        // Only the page's space's register: another space's entries are another team's, whatever they hold.
        candidates.organisations().stream().filter(o -> o.spaceKey().equals(spaceKey)).sorted(Comparator.comparingLong(Organisation::id)).forEach(o -> {
            organisationsById.put(o.id(), o);
            organisationsByKey.putIfAbsent(o.nameKey(), o);
        });
        Map<Long, ContactPerson> peopleById = new LinkedHashMap<>();
        candidates.people().stream().filter(p -> p.spaceKey().equals(spaceKey)).sorted(Comparator.comparingLong(ContactPerson::id)).forEach(p -> peopleById.put(p.id(), p));

        List<Link> links = new ArrayList<>();
        List<NewPerson> newPeople = new ArrayList<>();
        Map<String, Integer> newPeopleByIdentity = new LinkedHashMap<>();
        List<String> newOrganisations = new ArrayList<>();
        Map<String, String> newOrganisationsByKey = new LinkedHashMap<>();
        for (ContactMention mention : mentions) {
            if (!mention.isLinkable()) continue;
            ContactPerson picked = mention.registerRef() == null ? null : peopleById.get(mention.registerRef());
            if (picked != null) {
                links.add(new Link(mention, picked.id(), null, null));
                continue;
            }
            if (mention.namesAnOrganisation()) {
                Organisation organisation = organisationsByKey.get(mention.organisationKey());
                if (organisation != null) {
                    links.add(new Link(mention, null, null, organisation.id(), null, null));
                } else {
                    links.add(new Link(mention, null, null, null, newOrganisation(mention, newOrganisations, newOrganisationsByKey), null));
                }
                continue;
            }
            Optional<Link> existing = byEmail(mention, peopleById.values(), organisationsById)
                    .or(() -> byNameAndOrganisation(mention, peopleById.values(), organisationsById));
            if (existing.isPresent()) {
                links.add(existing.get());
                continue;
            }
            String identity = mention.identityKey(spaceKey);
            if (erasedFingerprints.contains(ErasureFingerprint.of(identity))) continue;
            Integer index = newPeopleByIdentity.get(identity);
            if (index == null) {
                Long organisationId = null;
                String newOrganisation = null;
                if (!mention.organisationKey().isEmpty()) {
                    Organisation organisation = organisationsByKey.get(mention.organisationKey());
                    if (organisation != null) {
                        organisationId = organisation.id();
                    } else {
                        newOrganisation = newOrganisation(mention, newOrganisations, newOrganisationsByKey);
                    }
                }
                index = newPeople.size();
                newPeople.add(new NewPerson(mention, identity, organisationId, newOrganisation));
                newPeopleByIdentity.put(identity, index);
            }
            links.add(new Link(mention, null, index, null));
        }
        return new Plan(links, newPeople, newOrganisations);
    }

    private static String newOrganisation(ContactMention mention, List<String> newOrganisations, Map<String, String> byKey) {
        return byKey.computeIfAbsent(mention.organisationKey(), k -> {
            newOrganisations.add(mention.organisation().strip());
            return mention.organisation().strip();
        });
    }

    private static Optional<Link> byEmail(ContactMention mention, Iterable<ContactPerson> people,
                                          Map<Long, Organisation> organisations) {
        String email = mention.emailKey();
        if (email.isEmpty()) return Optional.empty();
        List<ContactPerson> same = new ArrayList<>();
        for (ContactPerson person : people) if (person.emailKey().equals(email)) same.add(person);
        if (same.isEmpty()) return Optional.empty();
        if (same.size() == 1) return Optional.of(new Link(mention, same.get(0).id(), null, null));
        ContactPerson inNamedOrganisation = same.stream()
                .filter(p -> organisationKey(p, organisations).equals(mention.organisationKey()))
                .findFirst().orElse(same.get(0));
        return Optional.of(new Link(mention, inNamedOrganisation.id(), null, "address held by " + same.size() + " people"));
    }

    private static Optional<Link> byNameAndOrganisation(ContactMention mention, Iterable<ContactPerson> people,
                                                        Map<Long, Organisation> organisations) {
        for (ContactPerson person : people) {
            if (person.nameKey().equals(mention.nameKey())
                    && organisationKey(person, organisations).equals(mention.organisationKey())) {
                return Optional.of(new Link(mention, person.id(), null, null));
            }
        }
        return Optional.empty();
    }

    private static String organisationKey(ContactPerson person, Map<Long, Organisation> organisations) {
        Organisation organisation = person.organisationId() == null ? null : organisations.get(person.organisationId());
        return organisation == null ? "" : organisation.nameKey();
    }
}
