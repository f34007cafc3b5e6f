package io.meetingmemo.actionitem.domain;

import java.util.List;

/**
 * The difference between a page and the tracker, written in one transaction with a fixed number of
 * statements: new rows are inserted in one batch; changed rows are replaced (a compare-and-delete on
 * id and version, then a batch insert under the same ids); status changes are appended to history.
 *
 * @param replacements new state of existing rows; each carries its id and its new version (old + 1)
 */
public record SyncWrite(List<ActionItem> inserts, List<ActionItem> replacements, List<StatusChange> history) {
    public SyncWrite {
        inserts = List.copyOf(inserts);
        replacements = List.copyOf(replacements);
        history = List.copyOf(history);
    }

    public boolean isEmpty() { return inserts.isEmpty() && replacements.isEmpty() && history.isEmpty(); }
}
