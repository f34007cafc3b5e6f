package io.meetingmemo.contact.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Schema version 9: a person of a space's contacts register. Dates are ISO strings ({@code 2026-11-29}), as a memo's
 * date is stored. Never remove or rename a column.
 */
@Table("CONTACT_PERSON")
// A space's list in name order: the database reads a page in this index's order and stops at the page size.
@Indexes(@Index(name = "person_space_name", methodNames = {"getSpaceKey", "getNameKey", "getID"}))
public interface ContactPersonEntity extends Entity {
    /** Indexed first in {@code space_name}, which serves every look-up by space as a one-column index would. */
    @NotNull String getSpaceKey();
    void setSpaceKey(String spaceKey);

    @NotNull @StringLength(450) String getName();
    void setName(String name);

    @NotNull @Indexed @StringLength(450) String getNameKey();
    void setNameKey(String nameKey);

    @Indexed Long getOrganisationId();
    void setOrganisationId(Long organisationId);

    @StringLength(450) String getRole();
    void setRole(String role);

    @StringLength(450) String getEmail();
    void setEmail(String email);

    /** The address in lower case, or null: what a memo's guest is matched by. */
    @Indexed @StringLength(450) String getEmailKey();
    void setEmailKey(String emailKey);

    String getPhone();
    void setPhone(String phone);

    String getKeeperKey();
    void setKeeperKey(String keeperKey);

    @NotNull String getStatus();
    void setStatus(String status);

    @StringLength(StringLength.UNLIMITED) String getNotes();
    void setNotes(String notes);

    @StringLength(StringLength.UNLIMITED) String getPurpose();
    void setPurpose(String purpose);

    String getRetainUntil();
    void setRetainUntil(String retainUntil);

    String getLastMet();
    void setLastMet(String lastMet);

    /** The identity of a person a page's save created (address, else name and organisation), unique; {@code manual|…} for one added by hand. */
    @Unique @StringLength(450) String getAutoKey();
    void setAutoKey(String autoKey);

    @NotNull int getVersion();
    void setVersion(int version);
}
