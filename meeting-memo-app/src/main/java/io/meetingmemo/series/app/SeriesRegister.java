package io.meetingmemo.series.app;

import io.meetingmemo.actionitem.domain.MemoQuery;
import io.meetingmemo.actionitem.domain.MemoRecordRepository;
import io.meetingmemo.actionitem.domain.SeriesMemoPosition;
import io.meetingmemo.actionitem.domain.StoredMemo;
import io.meetingmemo.memo.app.MemoRecords;
import io.meetingmemo.permission.ContentPermissions;
import io.meetingmemo.series.domain.Cadence;
import io.meetingmemo.series.domain.Series;
import io.meetingmemo.series.domain.SeriesKey;
import io.meetingmemo.series.domain.SeriesRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Meeting series as the caller of the current request sees them. A series is visible to a caller who may view one of
 * its memos' pages or its index page; to anyone else it does not exist (404, never 403, so its key reveals nothing).
 * Its settings may be changed by whoever may edit its latest memo's page or its index page, and by administrators.
 */
public final class SeriesRegister {
    public static final int MAX_LIMIT = 200;
    /** Memo rows read per query while looking for the series a caller may see. */
    private static final int BATCH = 500;
    /** Memo rows one list request reads at most, so a caller who may see few pages cannot make a request scan forever. */
    private static final int MAX_SCANNED = 50_000;

    private final SeriesRepository repository;
    private final MemoRecordRepository memoRows;
    private final MemoRecords memos;
    private final ContentPermissions permissions;

    public SeriesRegister(SeriesRepository repository, MemoRecordRepository memoRows, MemoRecords memos,
                          ContentPermissions permissions) {
        this.repository = repository;
        this.memoRows = memoRows;
        this.memos = memos;
        this.permissions = permissions;
    }

    /**
     * A series and the latest of its memos the caller may view.
     *
     * @param latestMemo null when the caller sees none of its memos (only its index page)
     */
    public record Seen(Series series, StoredMemo latestMemo) {}

    /** @param next the key the following page starts after, or null on the last page */
    public record Page(List<Seen> series, String next) {}

    public boolean callerIsAnonymous() { return permissions.isAnonymous(); }

    /** The series if the caller may see it; empty for an invalid key, an unknown series or one the caller may not see. */
    public Optional<Seen> find(String key) {
        if (!SeriesKey.isValid(key) || permissions.isAnonymous()) return Optional.empty();
        Optional<Series> stored = repository.find(key);
        List<MemoRecords.Listed> latest = memos.list(new MemoQuery(List.of(), key, null, null), null, 1).memos();
        StoredMemo latestMemo = latest.isEmpty() ? null : latest.get(0).memo();
        if (latestMemo == null) {
            // Known only by its record: visible through its index page.
            return stored.filter(s -> s.indexPageId() != null && permissions.canView(s.indexPageId()))
                    .map(s -> new Seen(s, null));
        }
        Series series = stored.orElseGet(() -> Series.implicit(key, latestMemo.memo().spaceKey()));
        return Optional.of(new Seen(series, latestMemo));
    }

    /**
     * The series named by memos the caller may view, by key, each with its latest such memo: series whose memos are
     * all on pages the caller may not view are left out before paging. Series with a record but no memos yet are not
     * listed (they are found by key).
     */
    public Page list(List<String> spaceKeys, String afterKey, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        if (permissions.isAnonymous()) return new Page(List.of(), null);
        Map<Long, Boolean> visible = new HashMap<>();
        List<StoredMemo> latest = new ArrayList<>();
        SeriesMemoPosition position = afterKey == null ? null : SeriesMemoPosition.pastSeries(afterKey);
        int scanned = 0;
        scan:
        while (scanned < MAX_SCANNED) {
            List<StoredMemo> rows = memoRows.findInSeriesAfter(spaceKeys, position, BATCH);
            scanned += rows.size();
            String found = null;
            for (StoredMemo row : rows) {
                String series = row.memo().series();
                if (series.equals(found)) continue; // newest first: its first visible row is its latest memo
                position = SeriesMemoPosition.of(row);
                if (visible.computeIfAbsent(row.pageId(), permissions::canView)) {
                    latest.add(row);
                    found = series;
                    if (latest.size() > limit) break scan;
                }
            }
            if (rows.size() < BATCH) break;
            if (found != null && found.equals(position.series())) position = SeriesMemoPosition.pastSeries(found);
        }
        boolean more = latest.size() > limit;
        if (more) latest = latest.subList(0, limit);
        Map<String, Series> stored = new HashMap<>();
        for (Series s : repository.findAll(latest.stream().map(m -> m.memo().series()).toList())) stored.put(s.key(), s);
        List<Seen> page = new ArrayList<>(latest.size());
        for (StoredMemo memo : latest) {
            String key = memo.memo().series();
            page.add(new Seen(stored.getOrDefault(key, Series.implicit(key, memo.memo().spaceKey())), memo));
        }
        return new Page(page, more ? page.get(page.size() - 1).series().key() : null);
    }

    /**
     * What a change sets; null leaves a value as it is. An empty place clears it; empty lists clear the defaults; an
     * index page of 0 clears it.
     */
    public record Changes(String name, Cadence cadence, String defaultPlace, List<String> defaultAttendeeKeys,
                          List<String> defaultGuests, Long indexPageId) {}

    public sealed interface Changed {
        record Saved(Seen series) implements Changed {}
        /** Someone changed the series since the caller read {@code version}; {@code current} is what is stored now. */
        record Stale(Seen current) implements Changed {}
        record NotFound() implements Changed {}
        record Forbidden(String reason) implements Changed {}
        record Refused(String reason) implements Changed {}
    }

    /** The series as the caller sees it, if the caller may also change its settings (for the settings form). */
    public Optional<Seen> changeable(String key) {
        return find(key).filter(this::mayChange);
    }

    private boolean mayChange(Seen seen) {
        Series current = seen.series();
        StoredMemo latest = seen.latestMemo();
        return permissions.isAdministrator()
                || latest != null && permissions.canEdit(latest.pageId())
                || current.indexPageId() != null && permissions.canEdit(current.indexPageId());
    }

    /** Changes a series' settings if the caller may, and nobody changed them since {@code version}. */
    public Changed change(String key, int version, Changes changes) {
        Optional<Seen> seen = find(key);
        if (seen.isEmpty()) return new Changed.NotFound();
        Series current = seen.get().series();
        boolean mayEdit = mayChange(seen.get());
        if (!mayEdit) return new Changed.Forbidden("only people who may edit the series' latest memo or its index page may change it");
        if (version != current.version()) return new Changed.Stale(seen.get());
        Long indexPageId = current.indexPageId();
        if (changes.indexPageId() != null) {
            if (changes.indexPageId() == 0) indexPageId = null;
            else if (!permissions.canEdit(changes.indexPageId())) {
                return new Changed.Refused("indexPageId " + changes.indexPageId() + " is no page you may edit");
            } else indexPageId = changes.indexPageId();
        }
        String place = changes.defaultPlace() == null ? current.defaultPlace()
                : changes.defaultPlace().isBlank() ? null : changes.defaultPlace().trim();
        Series next = new Series(key, changes.name() != null ? changes.name().trim() : current.name(), current.spaceKey(),
                indexPageId, place,
                changes.defaultAttendeeKeys() != null ? changes.defaultAttendeeKeys() : current.defaultAttendeeKeys(),
                changes.defaultGuests() != null ? changes.defaultGuests() : current.defaultGuests(),
                changes.cadence() != null ? changes.cadence() : current.cadence(), current.version());
        if (!repository.save(next)) return new Changed.Stale(find(key).orElse(seen.get()));
        return new Changed.Saved(find(key).orElseThrow());
    }
}
