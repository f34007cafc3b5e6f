package io.meetingmemo.decision.domain;

import java.util.List;

/**
 * The difference between a page's decisions and the stored ones, written in the sync's transaction with a fixed
 * number of statements whatever the number of decisions: new rows in one batch insert; changed rows replaced under
 * their ids (a delete matching id and version, then a batch insert), as action items are.
 *
 * @param replacements new state of existing rows; each carries its id and its new version (old + 1)
 */
public record DecisionChanges(List<StoredDecision> inserts, List<StoredDecision> replacements) {
    public static final DecisionChanges NONE = new DecisionChanges(List.of(), List.of());

    public DecisionChanges {
        inserts = List.copyOf(inserts);
        replacements = List.copyOf(replacements);
    }

    public boolean isEmpty() { return inserts.isEmpty() && replacements.isEmpty(); }
}
