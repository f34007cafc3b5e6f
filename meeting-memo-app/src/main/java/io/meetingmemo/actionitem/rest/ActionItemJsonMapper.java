package io.meetingmemo.actionitem.rest;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.StatusChange;
import io.meetingmemo.platform.ItemPresenter;
import java.util.List;
import java.util.function.Predicate;

/**
 * Turns tracked items into their JSON shape: people, texts and overdue as the app's one presenter shows
 * them, and whether the caller may change each item's status, as the app's permission policy says.
 * Users are looked up once per distinct key per response, permissions once per page.
 */
final class ActionItemJsonMapper {
    private final ItemPresenter presenter;
    private final String baseUrl;
    private final Predicate<ActionItem> mayChangeStatus;

    ActionItemJsonMapper(ItemPresenter presenter, String baseUrl, Predicate<ActionItem> mayChangeStatus) {
        this.presenter = presenter;
        this.baseUrl = baseUrl;
        this.mayChangeStatus = mayChangeStatus;
    }

    List<ActionItemJson.Item> items(List<ActionItem> items) { return items.stream().map(this::item).toList(); }

    ActionItemJson.Item item(ActionItem i) {
        return new ActionItemJson.Item(i.id(), i.pageId(), i.pageTitle(), i.spaceKey(),
                new ActionItemJson.MemoRef(i.memoKey(), i.memoTitle(), i.memoDate() == null ? null : i.memoDate().toString(),
                        i.memoSeries()),
                presenter.text(i.text()), person(i.assigneeKey()), i.ownerName(), person(i.followUpKey()),
                i.dueDate() == null ? null : i.dueDate().toString(),
                presenter.overdue(i), i.status().wireName(), i.source().wireName(), i.removed(), i.version(),
                baseUrl + "/pages/viewpage.action?pageId=" + i.pageId(), mayChangeStatus.test(i));
    }

    ActionItemJson.HistoryEntry change(StatusChange c) {
        return new ActionItemJson.HistoryEntry(c.changedAt().toString(), person(c.actorKey()),
                c.oldStatus() == null ? null : c.oldStatus().wireName(), c.newStatus().wireName(), c.via().wireName());
    }

    private ActionItemJson.Person person(String userKey) { return person(presenter, userKey); }

    /** A known user; a key whose user no longer exists is still shown, with the key as its only name. */
    static ActionItemJson.Person person(ItemPresenter presenter, String userKey) {
        if (userKey == null) return null;
        return presenter.userByKey(userKey)
                .map(p -> new ActionItemJson.Person(p.userKey(), p.username(), p.displayName()))
                .orElse(new ActionItemJson.Person(userKey, null, userKey));
    }
}
