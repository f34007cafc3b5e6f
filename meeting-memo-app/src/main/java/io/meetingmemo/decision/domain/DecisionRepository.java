package io.meetingmemo.decision.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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

    /**
     * Runs {@code reads} (calls of this repository) in one transaction, so that they see the database in one state: a
     * log page and the ids of the actions its decisions name are read together.
     */
    <T> T readTogether(Supplier<T> reads);

    /** The ids of the tracked action items the decisions name ({@link DecisionRecord#actionKeys()}), per decision. */
    Map<StoredDecision, List<Long>> actionItemIds(List<StoredDecision> decisions);
}
