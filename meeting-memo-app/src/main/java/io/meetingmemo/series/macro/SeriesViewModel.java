package io.meetingmemo.series.macro;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.memo.macro.MacroRendering;
import io.meetingmemo.platform.ItemPresenter;
import io.meetingmemo.platform.Readers;
import io.meetingmemo.series.app.SeriesOverview;
import io.meetingmemo.series.app.SeriesOverview.Outcome;
import io.meetingmemo.series.domain.FollowThrough;
import io.meetingmemo.series.domain.SeriesRows;
import java.io.Serializable;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prepares everything the series template shows, as plain maps, lists, strings and flags (Confluence's Velocity
 * allowlist lets a template call nothing of ours): the template only prints and loops, and escapes every value.
 * Texts are the reader's, under {@code meeting-memo.series.}; people and dates are shown as the app's one
 * {@link ItemPresenter} shows them.
 */
final class SeriesViewModel {
    static final String PREFIX = "meeting-memo.series.";
    /** Memos listed in the table; on screen the others are behind a "Show all" disclosure, in exports left out. */
    static final int SHOWN_MEMOS = 20;
    static final List<String> LABELS = List.of("kind", "cadence", "memos", "colDate", "colMemo", "colPresent", "colAbsent",
            "colDecisions", "colOpen", "colDone", "noDate", "noMemos", "followThrough", "completion", "noItems", "median",
            "medianHint", "noMedian", "staleNone", "colWhat", "colOwner", "colDue", "colFrom", "overdue", "invalidKey", "anonymous");

    private final MacroRendering rendering;
    private final Locale locale;
    private final ItemPresenter presenter;
    private final String pageLink;

    SeriesViewModel(MacroRendering rendering, Readers readers, Locale locale, String pageLink) {
        this.rendering = rendering;
        this.locale = locale;
        this.presenter = readers.presenter(readers.today(), locale);
        this.pageLink = pageLink;
    }

    String text(String name, Serializable... values) { return rendering.textOfKey(locale, PREFIX + name, values); }

    Map<String, Object> model(SeriesOverview.Overview o, String key, boolean interactive) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("text", rendering.labels(locale, PREFIX, LABELS));
        model.put("interactive", interactive);
        model.put("key", key == null ? "" : key);
        model.put("invalid", o.outcome() == Outcome.INVALID_KEY);
        model.put("keyProblem", o.keyProblem());
        model.put("anonymous", o.outcome() == Outcome.ANONYMOUS);
        model.put("nothing", o.outcome() == Outcome.NOTHING_VISIBLE ? text("nothingVisible", key) : null);
        model.put("shown", o.outcome() == Outcome.SHOWN);
        model.put("name", o.series() == null ? key : o.series().name());
        model.put("cadence", o.series() == null ? null : text("cadence." + o.series().cadence().wireName()));
        if (o.outcome() != Outcome.SHOWN) return model;

        List<Map<String, Object>> memos = new ArrayList<>(), more = new ArrayList<>();
        for (SeriesOverview.MemoRow row : o.memos()) {
            if (memos.size() < SHOWN_MEMOS) memos.add(memo(row));
            else if (interactive) more.add(memo(row));
        }
        int count = o.memos().size();
        model.put("memos", memos);
        model.put("hasMemos", !memos.isEmpty());
        model.put("moreMemos", more);
        model.put("hasMoreMemos", !more.isEmpty());
        model.put("showAll", text("showAll", count));
        model.put("showingNewest", !interactive && count > SHOWN_MEMOS ? text("showingNewest", SHOWN_MEMOS, count) : null);

        FollowThrough f = o.figures();
        model.put("hasItems", f.total() > 0);
        model.put("completion", f.completionPercent() == null ? null : text("completionValue", f.completionPercent()));
        model.put("completionDetail", text("completionDetail", f.done(), f.total()));
        model.put("medianDays", f.medianDaysToDone() == null ? null : text("medianValue", f.medianDaysToDone(), days(f.medianDaysToDone())));
        model.put("staleHeading", text("staleHeading", o.openLongerThan()));
        model.put("staleHint", text("staleHint", o.openLongerThan()));
        model.put("stale", o.stale().stream().map(this::stale).toList());
        model.put("hasStale", !o.stale().isEmpty());
        model.put("staleMore", o.staleCount() > o.stale().size() ? text("staleMore", o.staleCount() - o.stale().size()) : null);
        return model;
    }

    /** Days in the reader's number format, with a decimal only for a half day (2.5, in Finnish 2,5). */
    private String days(double days) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(days);
    }

    private Map<String, Object> memo(SeriesOverview.MemoRow row) {
        SeriesRows.Memo m = row.memo();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("date", presenter.date(m.date(), FormatStyle.MEDIUM));
        v.put("dateIso", m.date() == null ? null : m.date().toString());
        v.put("title", m.title() != null && !m.title().isBlank() ? m.title() : m.pageTitle());
        v.put("url", pageLink + m.pageId());
        v.put("present", m.present());
        v.put("absent", m.absent());
        v.put("decisions", m.decisions());
        v.put("open", row.open());
        v.put("done", row.done());
        v.put("hasOpen", row.open() > 0);
        return v;
    }

    private Map<String, Object> stale(SeriesOverview.Stale s) {
        ActionItem item = s.item();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("text", presenter.text(item.text()));
        v.put("owner", presenter.owner(item));
        v.put("due", presenter.date(item.dueDate(), FormatStyle.MEDIUM));
        v.put("dueIso", item.dueDate() == null ? null : item.dueDate().toString());
        v.put("overdue", presenter.overdue(item));
        v.put("fromTitle", item.memoTitle() != null ? item.memoTitle() : item.pageTitle());
        v.put("fromDate", presenter.date(item.memoDate(), FormatStyle.MEDIUM));
        v.put("fromUrl", pageLink + item.pageId());
        v.put("cameUp", text("cameUp", s.meetings()));
        return v;
    }
}
