package io.meetingmemo.actionitem.attic.v1;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;

/*
 * ATTIC: a frozen copy of the version-1 entity, exactly as released (same table, same columns). Never edit
 * it; the upgrade tests use it to build a real version-1 database with version-1 rows before upgrading.
 */
/** Schema version 1 of one status change of an item (table AO_xxxxxx_STATUS_CHANGE). Insert-only. */
@Table("STATUS_CHANGE")
@Preload
public interface StatusChangeEntity extends Entity {
    @Indexed long getItemId();
    void setItemId(long itemId);

    Date getChangedAt();
    void setChangedAt(Date at);

    String getActorKey();
    void setActorKey(String userKey);

    String getOldStatus();
    void setOldStatus(String status);

    String getNewStatus();
    void setNewStatus(String status);

    String getVia();
    void setVia(String via);
}
