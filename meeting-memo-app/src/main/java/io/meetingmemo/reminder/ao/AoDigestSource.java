package io.meetingmemo.reminder.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.meetingmemo.actionitem.ao.ActionItemEntity;
import io.meetingmemo.actionitem.ao.SyncRecordEntity;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.reminder.domain.DigestSource;
import io.meetingmemo.reminder.domain.DueItem;
import io.meetingmemo.reminder.domain.DueItemSource.Addressed;
import io.meetingmemo.reminder.domain.Recipients;
import io.meetingmemo.series.ao.SeriesEntity;
import io.meetingmemo.series.domain.Cadence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import net.java.ao.Query;

/**
 * The weekly digest's reading: people with the digest on come from their settings rows (few, indexed by user key),
 * each page of them costs, for open items and again for items closed in the week, one streamed query for their own
 * items, one for items they follow up as named follow-up owners, one for the memos whose minutes they took and one per
 * 500 of those memos' pages for the items of owners without an account there; the series they have items in one query
 * for cadences and one for the last memo days.
 */
public final class AoDigestSource implements DigestSource {
    private static final int CHUNK = 500;

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

    /** Items on the page, outside the excluded spaces, in the state {@code state} (with its parameters) describes. */
    private static String listed(Set<String> excluded, String state, List<Object> stateParams, List<Object> params) {
        StringBuilder where = new StringBuilder("REMOVED = ? AND HIDDEN = ? AND ").append(state);
        params.add(false);
        params.add(false);
        params.addAll(stateParams);
        if (!excluded.isEmpty()) {
            where.append(" AND SPACE_KEY NOT IN (").append("?,".repeat(excluded.size() - 1)).append("?)");
            params.addAll(excluded);
        }
        return where.toString();
    }

    private static String in(String column, int n) {
        return " AND " + column + " IN (" + "?,".repeat(n - 1) + "?)";
    }

    @Override
    public void openItemsOf(List<String> people, Set<String> excluded, Recipients.FollowUpCheck followUps, Consumer<Addressed> sink) {
        itemsOf(people, excluded, "STATUS = ?", List.of(ActionStatus.OPEN.wireName()), followUps, sink);
    }

    @Override
    public void closedSince(List<String> people, Instant since, Set<String> excluded, Recipients.FollowUpCheck followUps,
                            Consumer<Addressed> sink) {
        itemsOf(people, excluded, "STATUS = ? AND COMPLETED_AT >= ?", List.of(ActionStatus.DONE.wireName(), Date.from(since)),
                followUps, sink);
    }

    /** These people's own items, then the items of owners without an account that they follow up ({@link Recipients}). */
    private void itemsOf(List<String> people, Set<String> excluded, String state, List<Object> stateParams,
                         Recipients.FollowUpCheck followUps, Consumer<Addressed> sink) {
        if (people.isEmpty()) return;
        List<Object> own = new ArrayList<>();
        String ownWhere = listed(excluded, state, stateParams, own) + in("ASSIGNEE_KEY", people.size());
        own.addAll(people);
        stream(ownWhere, own, "ASSIGNEE_KEY ASC, DUE_SORT ASC, ID ASC", ActionItemEntity::getAssigneeKey, sink);

        Map<String, Boolean> mayView = new HashMap<>();
        java.util.function.Predicate<ActionItemEntity> toFollowUp = e -> e.getFollowUpKey() != null && mayView.computeIfAbsent(
                e.getFollowUpKey() + "|" + e.getPageId(), k -> followUps.mayFollowUp(e.getFollowUpKey(), e.getPageId()));
        // Named follow-up owners among these people, for the items they may view.
        List<Object> named = new ArrayList<>();
        String namedWhere = listed(excluded, state, stateParams, named) + " AND ASSIGNEE_KEY IS NULL" + in("FOLLOW_UP_KEY", people.size());
        named.addAll(people);
        stream(namedWhere, named, "DUE_SORT ASC, ID ASC", e -> toFollowUp.test(e) ? e.getFollowUpKey() : null, sink);

        // Minute-takers among these people, for the items of their memos that no follow-up owner can take.
        Map<String, String> takerByMemo = new HashMap<>();
        Set<Long> pages = new LinkedHashSet<>();
        ao.executeInTransaction(() -> {
            ao.stream(SyncRecordEntity.class, Query.select("ID, PAGE_ID, MEMO_KEY, MINUTES_BY")
                    .where("MEMO_KEY IS NOT NULL" + in("MINUTES_BY", people.size()), people.toArray()), e -> {
                takerByMemo.put(e.getPageId() + ":" + e.getMemoKey(), e.getMinutesBy());
                pages.add(e.getPageId());
            });
            return null;
        });
        List<Long> pageList = new ArrayList<>(pages);
        for (int from = 0; from < pageList.size(); from += CHUNK) {
            List<Long> chunk = pageList.subList(from, Math.min(from + CHUNK, pageList.size()));
            List<Object> p = new ArrayList<>();
            String w = listed(excluded, state, stateParams, p) + " AND ASSIGNEE_KEY IS NULL" + in("PAGE_ID", chunk.size());
            p.addAll(chunk);
            stream(w, p, "DUE_SORT ASC, ID ASC",
                    e -> toFollowUp.test(e) ? null : takerByMemo.get(e.getPageId() + ":" + e.getMemoKey()), sink);
        }
    }

    /** Streams the items, each to the person {@code recipient} names (none: left out). */
    private void stream(String where, List<Object> params, String order, java.util.function.Function<ActionItemEntity, String> recipient,
                        Consumer<Addressed> sink) {
        ao.executeInTransaction(() -> {
            ao.stream(ActionItemEntity.class, Query.select(AoDueItems.ITEM_COLUMNS + ", MEMO_DATE").where(where, params.toArray())
                    .order(order), e -> {
                String who = recipient.apply(e);
                if (who == null) return;
                sink.accept(new Addressed(who, new DueItem(e.getID(), e.getPageId(), e.getSpaceKey(), e.getPageTitle(), e.getMemoKey(),
                        e.getMemoTitle(), e.getMemoSeries(), e.getText(), e.getAssigneeKey(), e.getOwnerName(),
                        e.getDueDate() == null ? null : LocalDate.parse(e.getDueDate()), null)));
            });
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
