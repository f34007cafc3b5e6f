package io.meetingmemo.actionitem.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Keyset paging of rows that each live on a page, keeping only rows of pages the user may view: action items, memo
 * records. Permissions are applied before paging: rows are read in list order in growing batches until a full page
 * of visible rows (plus one to know whether more exist) is found, so a page of results never has holes and never
 * reveals that hidden rows exist. Each page's permission is asked once per call.
 *
 * @param <R> a row
 * @param <P> a position in the list order, after which the next read continues
 */
public final class VisibleRows<R, P> {
    /** Rows strictly after a position (null = from the start) in list order, at most {@code max}. */
    public interface Source<R, P> {
        List<R> after(P position, int max);
    }

    /** @param next where the following page starts, or null on the last page */
    public record Page<R, P>(List<R> rows, P next) {}

    private final Source<R, P> source;
    private final ToLongFunction<R> pageOf;
    private final Function<R, P> positionOf;
    private final int maxBatch;

    /**
     * @param pageOf     the page a row lives on
     * @param positionOf the position of a row in the list order
     * @param maxBatch   the most rows one read asks for
     */
    public VisibleRows(Source<R, P> source, ToLongFunction<R> pageOf, Function<R, P> positionOf, int maxBatch) {
        this.source = source;
        this.pageOf = pageOf;
        this.positionOf = positionOf;
        this.maxBatch = maxBatch;
    }

    /** At most {@code limit} visible rows after {@code after} (null = from the start). */
    public Page<R, P> page(P after, int limit, PageAccessPolicy access) {
        Map<Long, Boolean> viewable = new HashMap<>();
        List<R> visible = new ArrayList<>(limit + 1);
        P position = after;
        int batch = limit + 1;
        while (visible.size() <= limit) {
            List<R> rows = source.after(position, batch);
            for (R row : rows) {
                if (viewable.computeIfAbsent(pageOf.applyAsLong(row), access::canView)) {
                    visible.add(row);
                    if (visible.size() > limit) break;
                }
            }
            if (rows.size() < batch) break;
            position = positionOf.apply(rows.get(rows.size() - 1));
            batch = Math.min(batch * 2, maxBatch);
        }
        if (visible.size() <= limit) return new Page<>(visible, null);
        List<R> pageRows = List.copyOf(visible.subList(0, limit));
        return new Page<>(pageRows, positionOf.apply(pageRows.get(limit - 1)));
    }

    /** How many visible rows follow {@code after} (null = from the start), read {@code maxBatch} at a time. */
    public int count(P after, PageAccessPolicy access) {
        Map<Long, Boolean> viewable = new HashMap<>();
        int count = 0;
        P position = after;
        while (true) {
            List<R> rows = source.after(position, maxBatch);
            for (R row : rows) if (viewable.computeIfAbsent(pageOf.applyAsLong(row), access::canView)) count++;
            if (rows.size() < maxBatch) return count;
            position = positionOf.apply(rows.get(rows.size() - 1));
        }
    }
}
