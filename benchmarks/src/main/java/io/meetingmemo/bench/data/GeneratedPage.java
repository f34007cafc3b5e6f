package io.meetingmemo.bench.data;

import io.meetingmemo.memo.domain.Memo;
import io.meetingmemo.memo.domain.MemoAction;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One generated page and its history: first saved as {@code firstDraftBody} (with {@code droppedActions}
 * still in its first memo), then saved as {@code body}; afterwards the items in {@code closedThroughRest}
 * were closed through the REST API, and a {@code trashed} page went to the trash. A page without drops
 * has no first draft.
 *
 * @param ordinal   0, 1, 2 … in generation order; page ids follow it when pages are stored in order
 * @param author    who saved the page (and took the minutes)
 * @param memoDay   the day of the meeting, used as the time of every save
 */
public record GeneratedPage(long ordinal, Space space, String title, People.Person author, LocalDate memoDay,
                            List<Memo> memos, String body, String firstDraftBody, List<MemoAction> droppedActions,
                            Set<String> closedThroughRest, boolean trashed) {
    public GeneratedPage {
        memos = List.copyOf(memos);
        droppedActions = List.copyOf(droppedActions);
        closedThroughRest = Set.copyOf(closedThroughRest);
    }

    /** A space of the data set. */
    public record Space(String key, String name, boolean swedish) {}

    /** How many rows the tracker holds for this page: every action on it plus the dropped ones. */
    public int trackedItems() {
        return memos.stream().mapToInt(m -> m.actions().size()).sum() + droppedActions.size();
    }

    public boolean hasFirstDraft() { return firstDraftBody != null; }
}
