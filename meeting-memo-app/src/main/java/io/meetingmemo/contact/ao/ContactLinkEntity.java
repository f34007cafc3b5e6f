package io.meetingmemo.contact.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Schema version 9: a register person named in a memo, as of the page version last saved. Never remove a column. */
@Table("CONTACT_LINK")
public interface ContactLinkEntity extends Entity {
    @NotNull @Indexed long getPersonId();
    void setPersonId(long personId);

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
