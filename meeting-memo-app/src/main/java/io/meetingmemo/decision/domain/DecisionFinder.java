package io.meetingmemo.decision.domain;

import io.meetingmemo.actionitem.domain.PageAccessPolicy;
import io.meetingmemo.actionitem.domain.VisibleRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pages through the decision log, keeping only decisions whose page the user may view, filtered before paging by
 * the rule action items follow ({@link VisibleRows}): a page of results never has holes and never reveals that hidden
 * decisions exist. Each decision comes with the ids of the tracked action items written inside it, read in the same
 * transaction as the page.
 */
public final class DecisionFinder {
    public static final int MAX_LIMIT = 200;
    private static final int MAX_BATCH = 1000;

    private final DecisionRepository repository;

    public DecisionFinder(DecisionRepository repository) {
        this.repository = repository;
    }

    /** A decision of the log and the tracked action items written inside it that the tracker still has. */
    public record Listed(StoredDecision decision, List<Long> actionItemIds) {}

    /** @param next where the following page starts, or null on the last page */
    public record Page(List<Listed> decisions, DecisionPosition next) {}

    public Page find(DecisionQuery query, DecisionPosition after, int limit, PageAccessPolicy access) {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        return repository.readTogether(() -> {
            VisibleRows.Page<StoredDecision, DecisionPosition> page = new VisibleRows<StoredDecision, DecisionPosition>(
                    (position, max) -> repository.findAfter(query, position, max), StoredDecision::pageId, StoredDecision::position,
                    MAX_BATCH).page(after, limit, access);
            return new Page(listed(page.rows()), page.next());
        });
    }

    /** The decisions with their action items' ids, read in one query for all of them. */
    public List<Listed> listed(List<StoredDecision> decisions) {
        Map<StoredDecision, List<Long>> ids = repository.actionItemIds(decisions);
        List<Listed> listed = new ArrayList<>(decisions.size());
        for (StoredDecision d : decisions) listed.add(new Listed(d, ids.getOrDefault(d, List.of())));
        return listed;
    }
}
