package io.meetingmemo.embeddedao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A small entity for the service's own tests: a plain index, a composite index and an unlimited text. */
@Table("Note")
@Indexes(@Index(name = "page_title", methodNames = {"getPageId", "getTitle"}))
public interface Note extends Entity {
    @NotNull @Indexed
    long getPageId();
    void setPageId(long pageId);

    @NotNull
    String getTitle();
    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getBody();
    void setBody(String body);
}
