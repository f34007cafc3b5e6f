package io.meetingmemo.contact.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.java.ao.Query;

/**
 * The read of the registers' erasure records that the contacts register (linking guests, sending minutes) and the
 * action-item sync (owners without an account) both ask: which of these identity fingerprints were erased. One
 * statement for up to 400 fingerprints.
 */
public final class ContactErasures {
    private static final int CHUNK = 400;

    private ContactErasures() {}

    public static Set<String> erasedAmong(ActiveObjects ao, Set<String> fingerprints) {
        if (fingerprints.isEmpty()) return Set.of();
        return ao.executeInTransaction(() -> {
            Set<String> found = new LinkedHashSet<>();
            List<String> all = new ArrayList<>(fingerprints);
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<String> chunk = all.subList(from, Math.min(from + CHUNK, all.size()));
                for (ContactErasureEntity e : ao.find(ContactErasureEntity.class, Query.select("ID, FINGERPRINT")
                        .where("FINGERPRINT IN (" + "?,".repeat(chunk.size() - 1) + "?)", chunk.toArray()))) {
                    found.add(e.getFingerprint());
                }
            }
            return found;
        });
    }
}
