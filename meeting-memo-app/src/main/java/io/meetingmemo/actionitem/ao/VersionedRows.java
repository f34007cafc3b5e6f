package io.meetingmemo.actionitem.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import net.java.ao.Entity;

/**
 * What the tracker's tables share in how they are written and searched: a row the sync changes is replaced under its
 * id, and the delete of the old row matches the id and the version the sync read, so a row another writer changed
 * meanwhile is not deleted and the count tells the writer it lost (action items and decisions alike).
 */
public final class VersionedRows {
    /** Rows per statement when a write touches very many rows (bounded by SQL parameter limits). */
    public static final int CHUNK = 500;

    private VersionedRows() {}

    /**
     * Deletes the rows about to be written again, in statements of {@link #CHUNK}, each only if it still has the version
     * it had when it was read ({@code versionBefore}).
     *
     * @return false when a row was changed (or deleted) by another writer first: the caller rolls its transaction back
     */
    public static <R> boolean deleteUnchanged(ActiveObjects ao, Class<? extends Entity> type, List<R> rows, ToLongFunction<R> id,
                                              ToIntFunction<R> versionBefore) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<R> chunk = rows.subList(from, Math.min(from + CHUNK, rows.size()));
            // The leading ID IN (…) repeats what the pairs say, so that the database finds the rows by primary key:
            // H2 plans an OR of (ID AND VERSION) pairs as a scan of the whole table.
            StringBuilder criteria = new StringBuilder("ID IN (").append("?,".repeat(chunk.size() - 1)).append("?) AND (");
            Object[] params = new Object[chunk.size() * 3];
            for (int i = 0; i < chunk.size(); i++) {
                criteria.append(i == 0 ? "" : " OR ").append("(ID = ? AND VERSION = ?)");
                int rowId = (int) id.applyAsLong(chunk.get(i));
                params[i] = rowId;
                params[chunk.size() + 2 * i] = rowId;
                params[chunk.size() + 2 * i + 1] = versionBefore.applyAsInt(chunk.get(i));
            }
            criteria.append(')');
            if (ao.deleteWithSQL(type, criteria.toString(), params) != chunk.size()) return false;
        }
        return true;
    }

    /** Text for a {@code LIKE … ESCAPE '!'}: its own {@code !}, {@code %} and {@code _} match themselves. */
    public static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
