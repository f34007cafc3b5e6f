package io.meetingmemo.actionitem.domain;

import io.meetingmemo.memo.domain.ActionStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Changes an item's status on behalf of a user, with optimistic locking: the caller names the version
 * it saw, and a stale version is refused with the current item instead of silently overwriting.
 */
public final class ActionItemStatusService {
    /** Writes tried when the database, not another user, refused one (the item's version did not move). */
    private static final int ATTEMPTS = 3;

    private final ActionItemRepository repository;
    private final Clock clock;

    public ActionItemStatusService(ActionItemRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public sealed interface Result permits Updated, Stale, NotFound {}

    public record Updated(ActionItem item) implements Result {}

    public record Stale(ActionItem current) implements Result {}

    public record NotFound() implements Result {}

    public Result changeStatus(long itemId, int expectedVersion, ActionStatus newStatus, String actorKey) {
        for (int attempt = 1; ; attempt++) {
            Optional<ActionItem> found = repository.findById(itemId);
            if (found.isEmpty()) return new NotFound();
            ActionItem current = found.get();
            if (current.version() != expectedVersion) return new Stale(current);
            if (current.status() == newStatus) return new Updated(current);
            Instant now = clock.instant();
            ActionItem updated = current.withStatus(newStatus, actorKey, now);
            StatusChange change = new StatusChange(itemId, now, actorKey, current.status(), newStatus, StatusChange.Via.REST);
            if (repository.write(new SyncWrite(List.of(), List.of(updated), List.of(change)))) return new Updated(updated);
            // Not written: either someone changed the item (the next read says so: stale), or the database
            // rolled this write back in a conflict with another writer while the item stayed as it was.
            if (attempt == ATTEMPTS) return repository.findById(itemId).<Result>map(Stale::new).orElseGet(NotFound::new);
        }
    }
}
