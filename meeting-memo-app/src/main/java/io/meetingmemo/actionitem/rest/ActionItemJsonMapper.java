package io.meetingmemo.actionitem.rest;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.StatusChange;
import io.meetingmemo.platform.ConfluenceUsers;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns tracked items into their JSON shape. Users are looked up once per distinct key per response.
 */
final class ActionItemJsonMapper {
    private final ConfluenceUsers users;
    private final String baseUrl;
    private final LocalDate today;
    private final Map<String, Optional<ConfluenceUsers.Person>> people = new HashMap<>();

    ActionItemJsonMapper(ConfluenceUsers users, String baseUrl, LocalDate today) {
        this.users = users;
        this.baseUrl = baseUrl;
        this.today = today;
    }

    List<ActionItemJson.Item> items(List<ActionItem> items) { return items.stream().map(this::item).toList(); }

    ActionItemJson.Item item(ActionItem i) {
        return new ActionItemJson.Item(i.id(), i.pageId(), i.pageTitle(), i.spaceKey(),
                new ActionItemJson.MemoRef(i.memoKey(), i.memoTitle(), i.memoDate() == null ? null : i.memoDate().toString(),
                        i.memoSeries()),
                i.text(), person(i.assigneeKey()), i.ownerName(), i.dueDate() == null ? null : i.dueDate().toString(),
                i.isOverdue(today), i.status().wireName(), i.source().wireName(), i.removed(), i.version(),
                baseUrl + "/pages/viewpage.action?pageId=" + i.pageId());
    }

    ActionItemJson.HistoryEntry change(StatusChange c) {
        return new ActionItemJson.HistoryEntry(c.changedAt().toString(), person(c.actorKey()),
                c.oldStatus() == null ? null : c.oldStatus().wireName(), c.newStatus().wireName(), c.via().wireName());
    }

    /** A known user; a key whose user no longer exists is still shown, with the key as its only name. */
    private ActionItemJson.Person person(String userKey) {
        if (userKey == null) return null;
        return people.computeIfAbsent(userKey, users::byKey)
                .map(p -> new ActionItemJson.Person(p.userKey(), p.username(), p.displayName()))
                .orElse(new ActionItemJson.Person(userKey, null, userKey));
    }
}
