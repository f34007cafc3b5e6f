package io.meetingmemo.series.app;

import io.meetingmemo.actionitem.domain.MemoQuery;
import io.meetingmemo.actionitem.domain.StoredMemo;
import io.meetingmemo.memo.app.MemoRecords;
import io.meetingmemo.permission.ContentPermissions;
import io.meetingmemo.series.domain.Series;
import io.meetingmemo.series.domain.SeriesKey;
import io.meetingmemo.series.domain.SeriesRepository;
import java.util.List;
import java.util.Optional;

/**
 * Meeting series as the caller of the current request sees them. A series is visible to a caller who may view one of
 * its memos' pages or its index page; to anyone else it does not exist (404, never 403, so its key reveals nothing).
 */
public final class SeriesRegister {
    private final SeriesRepository repository;
    private final MemoRecords memos;
    private final ContentPermissions permissions;

    public SeriesRegister(SeriesRepository repository, MemoRecords memos, ContentPermissions permissions) {
        this.repository = repository;
        this.memos = memos;
        this.permissions = permissions;
    }

    /**
     * A series and the latest of its memos the caller may view.
     *
     * @param latestMemo null when the caller sees none of its memos (only its index page)
     */
    public record Seen(Series series, StoredMemo latestMemo) {}

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
}
