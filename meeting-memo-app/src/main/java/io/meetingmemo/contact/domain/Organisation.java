package io.meetingmemo.contact.domain;

import java.util.List;

/**
 * An organisation of a space's contacts register.
 *
 * @param id       0 for one not yet stored
 * @param networks the networks it belongs to (e.g. "EduFutura", "Reititin"), as people write them
 * @param website  an absolute http(s) address, or null
 * @param version  the stored version, for updates that must not overwrite someone else's
 */
public record Organisation(long id, String spaceKey, String name, OrganisationKind kind, List<String> networks,
                           String website, int version) {
    public Organisation {
        networks = networks == null ? List.of() : List.copyOf(networks);
        kind = kind == null ? OrganisationKind.OTHER : kind;
    }

    public String nameKey() {
        return NameKey.of(name);
    }
}
