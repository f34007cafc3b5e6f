package io.meetingmemo.memo.macro;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.TrackedItems;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.memo.domain.Contact;
import io.meetingmemo.memo.domain.Guest;
import io.meetingmemo.memo.domain.Memo;
import io.meetingmemo.memo.domain.MemoAction;
import io.meetingmemo.memo.domain.UserRef;
import io.meetingmemo.platform.ItemPresenter;
import io.meetingmemo.platform.Readers;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Prepares everything a memo template shows, as plain maps, lists and strings: templates then only
 * print and loop, and Confluence's Velocity allowlist has nothing of ours to approve. Values are raw
 * text; the template engine escapes them. People, dates, texts and overdue items are shown as the
 * app's one {@link ItemPresenter} decides.
 */
final class MemoViewModel {
    private final ItemPresenter presenter;
    private final Locale locale;
    private final Function<String, String> label;
    /** Whether the reader may change a tracked item's status, as the app's permission policy says. */
    private final Predicate<ActionItem> mayChangeStatus;

    MemoViewModel(Readers readers, Predicate<ActionItem> mayChangeStatus, Locale locale, LocalDate today,
                  Function<String, String> label) {
        this.presenter = readers.presenter(today, locale);
        this.locale = locale;
        this.label = label;
        this.mayChangeStatus = mayChangeStatus;
    }

    /**
     * @param tracked the page's tracked items; their status wins over what the page says
     */
    Map<String, Object> memo(Memo memo, TrackedItems tracked) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", memo.key());
        m.put("title", memo.title());
        m.put("date", presenter.date(memo.date(), FormatStyle.LONG));
        m.put("dateIso", memo.date() == null ? null : memo.date().toString());
        m.put("time", memo.time());
        m.put("location", memo.location());
        m.put("series", memo.series());
        m.put("minutesBy", memo.minutesBy() == null ? null : displayName(memo.minutesBy()));
        List<Map<String, Object>> people = new ArrayList<>();
        for (UserRef u : memo.attendees()) people.add(person(u, true));
        for (UserRef u : memo.absent()) people.add(person(u, false));
        m.put("people", people);
        m.put("guests", memo.guests().stream().map(this::guest).toList());
        m.put("contacts", memo.contacts().stream().map(this::contact).toList());
        m.put("decisions", memo.decisions().stream().map(d -> presenter.text(d.text())).toList());
        m.put("actions", memo.actions().stream().map(a -> action(a, tracked.of(a))).toList());
        m.put("missing", missing(memo));
        // Confluence's Velocity allows no method calls on these lists (not even isEmpty()), so the
        // template asks these flags instead.
        for (String list : List.of("people", "guests", "contacts", "decisions", "actions", "missing")) {
            m.put("has" + Character.toUpperCase(list.charAt(0)) + list.substring(1), !((List<?>) m.get(list)).isEmpty());
        }
        return m;
    }

    private List<String> missing(Memo memo) {
        List<String> missing = new ArrayList<>();
        if (memo.title() == null) missing.add(label.apply("missingTitle"));
        if (memo.date() == null) missing.add(label.apply("missingDate"));
        if (memo.attendees().isEmpty() && memo.guests().isEmpty()) missing.add(label.apply("missingAttendees"));
        return missing;
    }

    private Map<String, Object> person(UserRef user, boolean present) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", displayName(user));
        p.put("present", present);
        return p;
    }

    Map<String, Object> guest(Guest g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", g.name());
        m.put("organisation", g.organisation());
        m.put("role", g.role());
        m.put("email", g.email());
        return m;
    }

    Map<String, Object> contact(Contact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("organisation", c.organisation());
        m.put("role", c.role());
        m.put("email", c.email());
        m.put("phone", c.phone());
        m.put("owner", c.owner() == null ? null : displayName(c.owner()));
        m.put("notes", presenter.text(c.notes()));
        return m;
    }

    Map<String, Object> action(MemoAction a, ActionItem trackedItem) {
        ActionStatus status = trackedItem != null ? trackedItem.status()
                : a.pageStatus() != null ? a.pageStatus() : ActionStatus.OPEN;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", trackedItem == null ? null : trackedItem.id());
        m.put("version", trackedItem == null ? null : trackedItem.version());
        m.put("canChange", trackedItem != null && mayChangeStatus.test(trackedItem));
        m.put("text", presenter.text(a.text()));
        m.put("owner", a.assignee() != null ? displayName(a.assignee()) : a.owner());
        m.put("followUp", presenter.followUp(a));
        putDueAndStatus(m, a.due(), status);
        m.put("source", a.source().wireName());
        return m;
    }

    /**
     * An open item of an earlier memo of the series, shown in a later memo: the same row as the memo's own
     * actions (status changes work on it), plus the memo it came from and how long it has been open, counted from
     * that meeting's day.
     */
    Map<String, Object> carried(ActionItem item, String pageLink, String daysOpen, String cameUp) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", item.id());
        m.put("version", item.version());
        m.put("canChange", mayChangeStatus.test(item));
        m.put("text", presenter.text(item.text()));
        m.put("owner", presenter.owner(item));
        m.put("followUp", presenter.followUp(item));
        putDueAndStatus(m, item.dueDate(), item.status());
        m.put("source", item.source().wireName());
        m.put("fromTitle", item.memoTitle() != null ? item.memoTitle() : item.pageTitle());
        m.put("fromDate", presenter.date(item.memoDate(), FormatStyle.MEDIUM));
        m.put("fromUrl", pageLink + item.pageId());
        m.put("daysOpen", daysOpen);
        m.put("cameUp", cameUp);
        return m;
    }

    /** The due date, overdue marker and status of an action row, as the memo's own and carried rows show them. */
    private void putDueAndStatus(Map<String, Object> m, LocalDate due, ActionStatus status) {
        m.put("due", presenter.date(due, FormatStyle.LONG));
        m.put("dueIso", due == null ? null : due.toString());
        m.put("overdue", presenter.overdue(status, due));
        m.put("done", status == ActionStatus.DONE);
        m.put("status", status.wireName());
        m.put("statusLabel", label.apply(status == ActionStatus.DONE ? "statusDone" : "statusOpen"));
    }

    /** Days since the meeting that agreed the item (0 when it has no day), in the reader's calendar. */
    long daysOpen(ActionItem item) {
        LocalDate agreed = item.memoDate();
        return agreed == null ? 0 : Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(agreed, presenter.today()));
    }

    String displayName(UserRef user) {
        return presenter.person(user);
    }

    Locale locale() { return locale; }
}
