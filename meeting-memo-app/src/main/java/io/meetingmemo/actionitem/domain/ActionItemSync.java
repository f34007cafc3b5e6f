package io.meetingmemo.actionitem.domain;

import io.meetingmemo.decision.domain.DecisionChanges;
import io.meetingmemo.decision.domain.DecisionSync;
import io.meetingmemo.decision.domain.StoredDecision;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.memo.domain.Memo;
import io.meetingmemo.memo.domain.MemoAction;
import io.meetingmemo.memo.domain.MemoRecord;
import io.meetingmemo.memo.domain.ParsedPage;
import io.meetingmemo.memo.domain.StorageFormatParser;
import io.meetingmemo.memo.domain.UserRef;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Brings the tracker in line with a page: parses the page, compares its action items and its decisions with the stored
 * rows and writes only the difference, both in one transaction. Items and decisions that leave the page are marked
 * removed (never deleted) and come back when their text (a decision: its key) returns. Saving the same page twice
 * writes nothing the second time.
 *
 * <p>Each sync records the page version it applied, in the transaction that writes the items, and never
 * applies an older version over a newer one: syncs of rapid saves of one page overlap and may finish in any
 * order. A sync that loses a race (a newer version recorded, or rows changed by another writer meanwhile)
 * reads the page's latest version from Confluence: if it is newer, that save's own page event syncs it and this
 * sync stops, so that of many overlapping syncs only the newest keeps trying and wins; if it is the same, the sync
 * plans again on the rows as they are now and applies it. On one node, syncs of
 * the same page also take turns ({@link PageLocks}), so they do not make each other lose; across the nodes of a
 * cluster the recorded version alone keeps them in order.
 */
public final class ActionItemSync {
    /** Rounds of a sync that keeps losing races; each lost round means another writer got through first. */
    static final int ROUNDS = 20;

    private final ActionItemRepository repository;
    private final StorageFormatParser parser;
    private final UserKeyResolver users;
    private final Clock clock;
    private final LatestPages pages;
    private final PageLocks locks = new PageLocks();

    public ActionItemSync(ActionItemRepository repository, StorageFormatParser parser, UserKeyResolver users, Clock clock,
                          LatestPages pages) {
        this.repository = repository;
        this.parser = parser;
        this.users = users;
        this.clock = clock;
        this.pages = pages;
    }

    /** Where a sync that lost a race reads the page again: Confluence's current version of it. */
    public interface LatestPages {
        /** The page's current version, or empty when it no longer exists or is in the trash. */
        Optional<PageSnapshot> latest(long pageId);
    }

    /**
     * What a sync did, for logs and the re-sync progress report.
     *
     * @param parsed         the page version the sync read last
     * @param appliedVersion the page version this sync applied, or 0 when this sync had nothing to do: a newer one
     *                       was already applied or saved (its own sync applies it), or the page is gone
     * @param rounds         1, or more when the sync lost races and read the page again
     */
    public record Outcome(int inserted, int updated, int removed, ParsedPage parsed, int appliedVersion, int rounds) {}

    /**
     * Upsert after create, update or restore. {@code actorKey} is who saved the page (may be null).
     *
     * @throws ConcurrentChangeException only if the sync lost {@link #ROUNDS} races in a row (the listener logs it)
     */
    public Outcome pageSaved(PageSnapshot page, String actorKey) {
        ParsedPage parsed = parser.parse(page.storageBody());
        return locks.locked(page.pageId(), () -> apply(page, parsed, actorKey));
    }

    private Outcome apply(PageSnapshot page, ParsedPage parsed, String actorKey) {
        for (int round = 1; ; round++) {
            List<ActionItem> existing = repository.findByPage(page.pageId());
            List<StoredDecision> decisions = repository.decisionsOfPage(page.pageId());
            Instant now = clock.instant();
            Plan plan = plan(page, parsed, existing, actorKey, now, users);
            SyncWrite write = plan.write.claiming(page.pageId(), page.version(), memoRecords(page, parsed, users))
                    .withDecisions(DecisionSync.plan(DecisionSync.onPage(page.pageId(), page.spaceKey(), page.title(), parsed.memos()),
                            decisions, now));
            if (repository.write(write)) {
                return new Outcome(plan.write.inserts().size(), plan.updated, plan.removed, parsed, page.version(), round);
            }
            // Lost. A newer version is recorded: it was applied with its items, this one must not be.
            if (repository.syncedVersion(page.pageId()) > page.version()) return new Outcome(0, 0, 0, parsed, 0, round);
            if (round == ROUNDS) throw new ConcurrentChangeException(page.pageId(), ROUNDS);
            backOff(round);
            // Rows changed under this sync. A newer save (or the trash) has a page event of its own that syncs it:
            // chasing it here would only make that sync lose a round too, and under rapid saves every sync would
            // chase every other one. Otherwise plan this version again on the rows as they are now.
            Optional<PageSnapshot> latest = pages.latest(page.pageId());
            if (latest.isEmpty() || latest.get().version() > page.version()) return new Outcome(0, 0, 0, parsed, 0, round);
        }
    }

    /**
     * A short random pause after a lost round, up to 2, 4, 8 … at most 64 ms: syncs of the same page on other
     * nodes that keep meeting this one in the database fall out of step instead of colliding round after round.
     */
    private static void backOff(int round) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt((1 << Math.min(round, 6)) + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The page went to the trash: its items, decisions and memos disappear from lists until it is restored (the
     * restore's sync applies the page again, which shows them).
     */
    public void pageTrashed(long pageId) { locks.locked(pageId, () -> setFlags(pageId, null, true)); }

    /** The page was purged: its items, decisions and memo records stay, marked removed, so nothing is lost. */
    public void pageRemoved(long pageId) { locks.locked(pageId, () -> setFlags(pageId, true, null)); }

    private Void setFlags(long pageId, Boolean removed, Boolean hidden) {
        for (int attempt = 1; ; attempt++) {
            Instant now = clock.instant();
            List<ActionItem> changed = new ArrayList<>();
            for (ActionItem item : repository.findByPage(pageId)) {
                boolean newRemoved = removed != null ? removed : item.removed();
                boolean newHidden = hidden != null ? hidden : item.hidden();
                if (newRemoved != item.removed() || newHidden != item.hidden()) {
                    changed.add(item.withFlags(newRemoved, newHidden, now));
                }
            }
            List<StoredDecision> decisions = DecisionSync.flagged(repository.decisionsOfPage(pageId), removed, hidden, now);
            SyncWrite write = new SyncWrite(List.of(), changed, List.of())
                    .withDecisions(new DecisionChanges(List.of(), decisions));
            if (write.isEmpty() || repository.write(write)) break;
            if (attempt == ROUNDS) throw new ConcurrentChangeException(pageId, ROUNDS);
        }
        repository.flagMemos(pageId, removed, hidden);
        return null;
    }

    private record Plan(SyncWrite write, int updated, int removed) {}

    private static Plan plan(PageSnapshot page, ParsedPage parsed, List<ActionItem> existing, String actorKey, Instant now,
                             UserKeyResolver users) {
        Map<String, ActionItem> stored = new HashMap<>();
        for (ActionItem item : existing) stored.put(item.itemKey(), item);

        Map<String, PageContent> wanted = new LinkedHashMap<>();
        for (Memo memo : parsed.memos()) {
            for (MemoAction action : memo.actions()) {
                wanted.putIfAbsent(action.key(), PageContent.of(page, memo, action, userKey(action.assignee(), users),
                        userKey(action.followUp(), users)));
            }
        }

        List<ActionItem> inserts = new ArrayList<>();
        List<ActionItem> replacements = new ArrayList<>();
        List<StatusChange> history = new ArrayList<>();
        Set<Long> handled = new HashSet<>();
        int removedCount = 0;
        for (PageContent fresh : wanted.values()) {
            ActionItem old = stored.get(fresh.itemKey());
            if (old != null && !old.sameActionAs(fresh)) {
                ActionItem copy = renumberedCopy(fresh, existing, wanted, handled);
                if (copy != null) {
                    // The copy takes the bare key; the original's row keeps its status and history, takes the
                    // copy's old key (keys stay unique) and is marked removed, as its action left the page.
                    handled.add(old.id());
                    replacements.add(old.renumberedAndRemoved(copy.itemKey(), now));
                    if (!old.removed()) removedCount++;
                    old = copy;
                }
            }
            if (old != null) handled.add(old.id());
            if (old == null) {
                ActionStatus status = fresh.pageStatus() != null ? fresh.pageStatus() : ActionStatus.OPEN;
                inserts.add(ActionItem.newFromPage(fresh, status, actorKey, now));
                continue;
            }
            // A task's checkbox wins only when it changed on the page; otherwise the tracker's status stays.
            boolean checkboxChanged = fresh.pageStatus() != null && fresh.pageStatus() != old.pageStatus();
            ActionStatus status = checkboxChanged ? fresh.pageStatus() : old.status();
            if (old.sameContentAs(fresh) && status == old.status() && !old.removed() && !old.hidden()) continue;
            replacements.add(old.updatedFrom(fresh, status, actorKey, now));
            if (status != old.status()) {
                history.add(new StatusChange(old.id(), now, actorKey, old.status(), status, StatusChange.Via.PAGE));
            }
        }
        for (ActionItem old : existing) {
            if (!handled.contains(old.id()) && !wanted.containsKey(old.itemKey()) && !old.removed()) {
                replacements.add(old.withFlags(true, old.hidden(), now));
                removedCount++;
            }
        }
        return new Plan(new SyncWrite(inserts, replacements, history), replacements.size() - removedCount, removedCount);
    }

    /**
     * A macro copied on its page shares the original's id; the parser numbers the copy ({@code a1-2}) while
     * the original is there. When the original leaves the page, the copy's id loses its number and would
     * take over the original's row, with its status and history. The copy's own row is recognised instead:
     * a row of the same id family whose numbered key left the page and whose action (text, people, due
     * date) is exactly what the page now says under the bare key.
     */
    private static ActionItem renumberedCopy(PageContent fresh, List<ActionItem> existing, Map<String, PageContent> wanted,
                                             Set<Long> handled) {
        String family = idFamily(fresh.itemKey());
        for (ActionItem candidate : existing) {
            if (handled.contains(candidate.id()) || wanted.containsKey(candidate.itemKey())) continue;
            if (!candidate.itemKey().equals(family) && idFamily(candidate.itemKey()).equals(family)
                    && candidate.sameActionAs(fresh)) {
                return candidate;
            }
        }
        return null;
    }

    /** The id a numbered copy was made from: {@code a1} for {@code a1-2}, the key itself otherwise. */
    private static String idFamily(String key) {
        int dash = key.lastIndexOf('-');
        if (dash <= 0 || dash == key.length() - 1) return key;
        for (int i = dash + 1; i < key.length(); i++) if (!Character.isDigit(key.charAt(i))) return key;
        return key.substring(0, dash);
    }

    /** The memos of the page version as the tracker records them, the minute-taker resolved as an assignee is. */
    private static List<MemoRecord> memoRecords(PageSnapshot page, ParsedPage parsed, UserKeyResolver users) {
        List<MemoRecord> records = new ArrayList<>(parsed.memos().size());
        for (Memo memo : parsed.memos()) records.add(page.memoRecord(memo, userKey(memo.minutesBy(), users)));
        return records;
    }

    /** A person's user key, or the identity the page names when no user has it; null when the page names nobody. */
    private static String userKey(UserRef user, UserKeyResolver users) {
        if (user == null) return null;
        String key = users.userKeyOf(user);
        return key != null ? key : user.identity();
    }

    /** Another writer kept changing the same rows; the caller logs it and a re-sync repairs it. */
    public static final class ConcurrentChangeException extends RuntimeException {
        public ConcurrentChangeException(long pageId, int attempts) {
            super("page " + pageId + " kept changing during the action-item sync; gave up after " + attempts + " attempts");
        }
    }
}
