package io.meetingmemo.memo.domain;

import java.util.List;

/**
 * A decision recorded in the memo ({@code memo-decision}).
 *
 * @param text       its body as plain text, without the text of the items written inside it
 * @param tags       its {@code tags} parameter as {@link DecisionTags} normalises them, in the order written
 * @param actionKeys the keys of the action items (macros and native tasks) written inside the decision's body, in
 *                   document order: the actions that carry the decision out
 */
public record Decision(String key, String text, List<String> tags, List<String> actionKeys) {
    public Decision {
        tags = List.copyOf(tags);
        actionKeys = List.copyOf(actionKeys);
    }

    /** A decision without tags and without actions inside it. */
    public Decision(String key, String text) {
        this(key, text, List.of(), List.of());
    }
}
