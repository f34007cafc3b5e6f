package io.meetingmemo.decision.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a page says about one decision: where it stands (page, memo, the memo's day and series) and the decision as
 * written (text, tags, the actions written inside it). Every sync reads all of it afresh from the page; keys, series
 * and action keys are cut to what the tracker stores, as an action item's are.
 *
 * @param memoKey     the memo macro's key on its page, as stored
 * @param decisionKey the decision's key on its page, as stored; unique per page
 * @param tags        normalised tags, in the order written
 * @param actionKeys  the stored keys of the action items written inside the decision, in document order
 */
public record DecisionRecord(long pageId, String spaceKey, String pageTitle, String memoKey, String memoTitle,
                             LocalDate memoDate, String series, String decisionKey, String text, List<String> tags,
                             List<String> actionKeys) {
    public DecisionRecord {
        tags = List.copyOf(tags);
        actionKeys = List.copyOf(actionKeys);
    }

    /** Whether a row holding {@code other} would be written exactly as one holding this. */
    boolean sameAs(DecisionRecord other) { return equals(other); }

    /** Used by the sync to find the stored row of a decision. */
    String key() { return Objects.requireNonNull(decisionKey); }
}
