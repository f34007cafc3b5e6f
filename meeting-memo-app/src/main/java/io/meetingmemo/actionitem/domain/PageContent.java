package io.meetingmemo.actionitem.domain;

import io.meetingmemo.memo.domain.ActionSource;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.memo.domain.Memo;
import io.meetingmemo.memo.domain.MemoAction;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the page says about one action item: where it lives (page, memo) and the action as written (text,
 * people, due date, the task checkbox). Every sync reads all of it afresh from the page, so a stored item's
 * content is simply replaced by the page's; nothing here is owned by the tracker ({@link TrackerState} is).
 *
 * @param memoKey    the memo macro's id, as stored ({@link ActionItem#stored})
 * @param itemKey    the action's id on its page, as stored; unique per page
 * @param pageStatus the task checkbox state on the page (tasks only, else null), so a save that leaves the
 *                   checkbox alone does not undo a status set through REST
 * @param followUpKey the user key (or identity when no user has it) of who follows up the item of an owner without
 *                   an account, null when the page names nobody (always for a native task)
 */
public record PageContent(long pageId, String spaceKey, String pageTitle,
                          String memoKey, String memoTitle, LocalDate memoDate, String memoSeries,
                          String itemKey, ActionSource source, String text, String assigneeKey, String ownerName,
                          LocalDate dueDate, ActionStatus pageStatus, String followUpKey) {

    /** Content that names no follow-up owner. */
    public PageContent(long pageId, String spaceKey, String pageTitle, String memoKey, String memoTitle, LocalDate memoDate,
                       String memoSeries, String itemKey, ActionSource source, String text, String assigneeKey, String ownerName,
                       LocalDate dueDate, ActionStatus pageStatus) {
        this(pageId, spaceKey, pageTitle, memoKey, memoTitle, memoDate, memoSeries, itemKey, source, text, assigneeKey, ownerName,
                dueDate, pageStatus, null);
    }

    /**
     * One action of a memo on a page, with keys, series and people cut to what the tracker stores.
     *
     * @param assigneeKey the assignee's user key (or identity when no user has it), null when nobody is assigned
     * @param followUpKey the follow-up owner's user key (or identity when no user has it), null when the page names nobody
     */
    public static PageContent of(PageSnapshot page, Memo memo, MemoAction action, String assigneeKey, String followUpKey) {
        return new PageContent(page.pageId(), page.spaceKey(), page.title(), ActionItem.stored(memo.key()), memo.title(),
                memo.date(), ActionItem.stored(memo.series()), ActionItem.stored(action.key()), action.source(),
                action.text(), ActionItem.stored(assigneeKey), ActionItem.stored(action.owner()), action.due(),
                action.pageStatus(), ActionItem.stored(followUpKey));
    }

    /** The same action as the page writes it (source, text, people, due date), wherever its memo or key now is. */
    boolean sameActionAs(PageContent other) {
        return source == other.source && Objects.equals(text, other.text) && Objects.equals(assigneeKey, other.assigneeKey)
                && Objects.equals(ownerName, other.ownerName) && Objects.equals(dueDate, other.dueDate)
                && Objects.equals(followUpKey, other.followUpKey);
    }

    PageContent withText(String newText) {
        return new PageContent(pageId, spaceKey, pageTitle, memoKey, memoTitle, memoDate, memoSeries, itemKey, source,
                newText, assigneeKey, ownerName, dueDate, pageStatus, followUpKey);
    }

    PageContent withItemKey(String newItemKey) {
        return new PageContent(pageId, spaceKey, pageTitle, memoKey, memoTitle, memoDate, memoSeries, newItemKey, source,
                text, assigneeKey, ownerName, dueDate, pageStatus, followUpKey);
    }
}
