package io.meetingmemo.contact.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Schema version 9: that a person was erased from a register: who erased and when, not who was erased. The
 * fingerprint is a one-way hash (SHA-256) of the identities a page's save would create the entry under, so pages that
 * still name the person do not bring the entry back; it cannot be turned back into a name or an address.
 */
@Table("CONTACT_ERASURE")
public interface ContactErasureEntity extends Entity {
    @NotNull String getSpaceKey();
    void setSpaceKey(String spaceKey);

    @NotNull String getErasedBy();
    void setErasedBy(String userKey);

    @NotNull Date getErasedAt();
    void setErasedAt(Date at);

    @NotNull @Indexed @StringLength(450) String getFingerprint();
    void setFingerprint(String fingerprint);
}
