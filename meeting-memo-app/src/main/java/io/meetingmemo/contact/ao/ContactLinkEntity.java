package io.meetingmemo.contact.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Schema version 9: a register entry named in a memo, as of the page version last saved. Never remove a column. */
@Table("CONTACT_LINK")
public interface ContactLinkEntity extends Entity {
    /** The person named, or null when the memo names an organisation as such. */
    @Indexed Long getPersonId();
    void setPersonId(Long personId);

    /** The organisation named as such ("Sanoma WSOY" of Sanoma WSOY), or null for a person. */
    @Indexed Long getOrganisationId();
    void setOrganisationId(Long organisationId);

    @NotNull @Indexed long getPageId();
    void setPageId(long pageId);

    @NotNull String getSpaceKey();
    void setSpaceKey(String spaceKey);

    @NotNull int getPageVersion();
    void setPageVersion(int pageVersion);

    @StringLength(450) String getMemoKey();
    void setMemoKey(String memoKey);

    @StringLength(450) String getPartKey();
    void setPartKey(String partKey);

    /** Page, memo and macro: one link per macro. */
    @NotNull @Unique @StringLength(450) String getLinkKey();
    void setLinkKey(String linkKey);

    @NotNull String getKind();
    void setKind(String kind);

    @StringLength(StringLength.UNLIMITED) String getMemoTitle();
    void setMemoTitle(String memoTitle);

    String getMemoDate();
    void setMemoDate(String memoDate);
}
