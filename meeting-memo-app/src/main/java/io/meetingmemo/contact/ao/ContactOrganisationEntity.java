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
 * Schema version 9 (upgrade task {@code v9.AddContactsRegisterUpgradeTask009}): an organisation of a space's contacts
 * register. Never remove or rename a column: Active Objects drops what the interface no longer declares.
 */
@Table("CONTACT_ORG")
// A space's list in name order: the database reads a page in this index's order and stops at the page size.
@Indexes(@Index(name = "org_space_name", methodNames = {"getSpaceKey", "getNameKey", "getID"}))
public interface ContactOrganisationEntity extends Entity {
    /** Indexed first in {@code space_name}, which serves every look-up by space as a one-column index would. */
    @NotNull String getSpaceKey();
    void setSpaceKey(String spaceKey);

    @NotNull @StringLength(450) String getName();
    void setName(String name);

    /** {@code NameKey.of(name)}: what the register compares and sorts by. */
    @NotNull @Indexed @StringLength(450) String getNameKey();
    void setNameKey(String nameKey);

    @NotNull String getKind();
    void setKind(String kind);

    /** The networks as written, one a line. */
    @StringLength(StringLength.UNLIMITED) String getNetworks();
    void setNetworks(String networks);

    /** The networks' name keys between bars ({@code |edufutura|reititin|}), for the network filter. */
    @StringLength(StringLength.UNLIMITED) String getNetworkKeys();
    void setNetworkKeys(String networkKeys);

    @StringLength(StringLength.UNLIMITED) String getWebsite();
    void setWebsite(String website);

    /** Space and name key of an organisation a page's save created, unique so two saves create one; {@code manual|…} for one added by hand. */
    @Unique @StringLength(450) String getAutoKey();
    void setAutoKey(String autoKey);

    @NotNull int getVersion();
    void setVersion(int version);
}
