package io.meetingmemo.decision.domain;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.memo.domain.Decision;
import io.meetingmemo.memo.domain.Memo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decisions part of a page's sync: compares the decisions of a page version with the stored rows and gives only
 * the difference. A decision that leaves the page is marked removed (never deleted) and comes back under its id when
 * its key returns; an unchanged save writes nothing. Trash and purge flag the rows as they flag action items.
 */
public final class DecisionSync {
    private DecisionSync() {}

    /** The decisions of a page version as the tracker stores them, in document order; the first of two equal keys wins. */
    public static List<DecisionRecord> onPage(long pageId, String spaceKey, String pageTitle, List<Memo> memos) {
        Map<String, DecisionRecord> wanted = new LinkedHashMap<>();
        for (Memo memo : memos) {
            for (Decision d : memo.decisions()) {
                String key = ActionItem.stored(d.key());
                wanted.putIfAbsent(key, new DecisionRecord(pageId, spaceKey, pageTitle, ActionItem.stored(memo.key()),
                        memo.title(), memo.date(), ActionItem.stored(memo.series()), key, d.text(), d.tags(),
                        d.actionKeys().stream().map(ActionItem::stored).toList()));
            }
        }
        return List.copyOf(wanted.values());
    }

    /** What to write so that the stored rows {@code existing} are those of the decisions {@code wanted}. */
    public static DecisionChanges plan(List<DecisionRecord> wanted, List<StoredDecision> existing, Instant now) {
        Map<String, StoredDecision> stored = new HashMap<>();
        for (StoredDecision row : existing) stored.put(row.decision().key(), row);
        List<StoredDecision> inserts = new ArrayList<>();
        List<StoredDecision> replacements = new ArrayList<>();
        Map<String, Boolean> onPage = new HashMap<>();
        for (DecisionRecord fresh : wanted) {
            onPage.put(fresh.key(), true);
            StoredDecision old = stored.get(fresh.key());
            if (old == null) {
                inserts.add(StoredDecision.newFromPage(fresh, now));
            } else if (!old.decision().sameAs(fresh) || old.removed() || old.hidden()) {
                replacements.add(old.updatedFrom(fresh, now));
            }
        }
        for (StoredDecision old : existing) {
            if (!onPage.containsKey(old.decision().key()) && !old.removed()) replacements.add(old.withFlags(true, old.hidden(), now));
        }
        return new DecisionChanges(inserts, replacements);
    }

    /**
     * The rows whose flags trash ({@code hidden}) or purge ({@code removed}) change; null leaves a flag as it is.
     */
    public static List<StoredDecision> flagged(List<StoredDecision> existing, Boolean removed, Boolean hidden, Instant now) {
        List<StoredDecision> changed = new ArrayList<>();
        for (StoredDecision row : existing) {
            boolean newRemoved = removed != null ? removed : row.removed();
            boolean newHidden = hidden != null ? hidden : row.hidden();
            if (newRemoved != row.removed() || newHidden != row.hidden()) changed.add(row.withFlags(newRemoved, newHidden, now));
        }
        return changed;
    }
}
