package io.meetingmemo.reminder.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.meetingmemo.actionitem.ao.ActionItemEntity;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.reminder.domain.DigestSource;
import io.meetingmemo.reminder.domain.DueItem;
import io.meetingmemo.reminder.domain.DueItemSource.Addressed;
import io.meetingmemo.series.ao.SeriesEntity;
import io.meetingmemo.series.domain.Cadence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import net.java.ao.Query;

/**
 * The weekly digest's reading: people with the digest on come from their settings rows (few, indexed by user key),
 * each page of them costs one streamed query for open items and one for items closed in the week, and the series
 * they have items in one query for cadences and one for the last memo days.
 */
public final class AoDigestSource implements DigestSource {
    private final ActiveObjects ao;

    public AoDigestSource(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<String> subscribersAfter(String after, int max) {
        List<String> keys = new ArrayList<>();
        ao.executeInTransaction(() -> {
            ao.stream(PersonSettingsEntity.class, Query.select("ID, USER_KEY")
                    .where(after == null ? "DIGEST = ?" : "DIGEST = ? AND USER_KEY > ?", after == null ? new Object[] {true} : new Object[] {true, after})
                    .order("USER_KEY ASC").limit(max), e -> keys.add(e.getUserKey()));
            return null;
        });
        return keys;
    }

    private static String people(List<String> people, Set<String> excluded, List<Object> params) {
        StringBuilder where = new StringBuilder("REMOVED = ? AND HIDDEN = ? AND ASSIGNEE_KEY IN (").append("?,".repeat(people.size() - 1)).append("?)");
        params.add(false);
        params.add(false);
        params.addAll(people);
        if (!excluded.isEmpty()) {
            where.append(" AND SPACE_KEY NOT IN (").append("?,".repeat(excluded.size() - 1)).append("?)");
            params.addAll(excluded);
        }
        return where.toString();
    }

    @Override
    public void openItemsOf(List<String> people, Set<String> excluded, Consumer<Addressed> sink) {
        if (people.isEmpty()) return;
        List<Object> params = new ArrayList<>();
        String where = people(people, excluded, params) + " AND STATUS = ?";
        params.add(ActionStatus.OPEN.wireName());
        stream(where, params, sink);
    }

    @Override
    public void closedSince(List<String> people, Instant since, Set<String> excluded, Consumer<Addressed> sink) {
        if (people.isEmpty()) return;
        List<Object> params = new ArrayList<>();
        String where = people(people, excluded, params) + " AND STATUS = ? AND COMPLETED_AT >= ?";
        params.add(ActionStatus.DONE.wireName());
        params.add(Date.from(since));
        stream(where, params, sink);
    }

    private void stream(String where, List<Object> params, Consumer<Addressed> sink) {
        ao.executeInTransaction(() -> {
            ao.stream(ActionItemEntity.class, Query.select(AoDueItems.ITEM_COLUMNS + ", MEMO_DATE").where(where, params.toArray())
                    .order("ASSIGNEE_KEY ASC, DUE_SORT ASC, ID ASC"), e -> sink.accept(new Addressed(e.getAssigneeKey(),
                    new DueItem(e.getID(), e.getPageId(), e.getSpaceKey(), e.getPageTitle(), e.getMemoKey(), e.getMemoTitle(),
                            e.getMemoSeries(), e.getText(), e.getAssigneeKey(), e.getOwnerName(),
                            e.getDueDate() == null ? null : LocalDate.parse(e.getDueDate()), null))));
            return null;
        });
    }

    @Override
    public Map<String, LocalDate> nextMeetings(Set<String> series, LocalDate today) {
        Map<String, LocalDate> next = new HashMap<>();
        if (series.isEmpty()) return next;
        List<String> keys = new ArrayList<>(series);
        if (keys.size() > 500) keys = keys.subList(0, 500);
        List<String> chosen = keys;
        Map<String, Cadence> cadences = new HashMap<>();
        Map<String, LocalDate> last = new HashMap<>();
        ao.executeInTransaction(() -> {
            ao.stream(SeriesEntity.class, Query.select("ID, SERIES_KEY, CADENCE")
                    .where("SERIES_KEY IN (" + "?,".repeat(chosen.size() - 1) + "?)", chosen.toArray()), e -> {
                try {
                    cadences.put(e.getSeriesKey(), Cadence.parse(e.getCadence()));
                } catch (IllegalArgumentException ignored) {
                    // an unreadable cadence: no next meeting is shown
                }
            });
            ao.stream(ActionItemEntity.class, Query.select("MEMO_SERIES, MAX(MEMO_DATE) AS MEMO_DATE")
                    .where("MEMO_SERIES IN (" + "?,".repeat(chosen.size() - 1) + "?) AND REMOVED = ?", append(chosen, false))
                    .group("MEMO_SERIES"), e -> {
                if (e.getMemoDate() != null) last.put(e.getMemoSeries(), LocalDate.parse(e.getMemoDate()));
            });
            return null;
        });
        for (Map.Entry<String, Cadence> c : cadences.entrySet()) {
            if (c.getValue() == Cadence.NONE || !last.containsKey(c.getKey())) continue;
            next.put(c.getKey(), c.getValue().nextMeeting(last.get(c.getKey()), today));
        }
        return next;
    }

    private static Object[] append(List<String> values, Object last) {
        List<Object> all = new ArrayList<>(values);
        all.add(last);
        return all.toArray();
    }
}
