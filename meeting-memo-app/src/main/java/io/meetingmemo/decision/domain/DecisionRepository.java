package io.meetingmemo.decision.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the decision log reads the decisions the syncs write. Each method is one query, whatever the number of rows.
 */
public interface DecisionRepository {
    /**
     * Decisions matching the query strictly after {@code after} (null = from the start) in the log's order
     * ({@link DecisionPosition}), at most {@code max}.
     */
    List<StoredDecision> findAfter(DecisionQuery query, DecisionPosition after, int max);

    /** A decision by id, removed or hidden ones included (the caller decides what to show). */
    Optional<StoredDecision> findById(long id);

    /** The ids of the tracked action items the decisions name ({@link DecisionRecord#actionKeys()}), per decision. */
    Map<StoredDecision, List<Long>> actionItemIds(List<StoredDecision> decisions);
}
