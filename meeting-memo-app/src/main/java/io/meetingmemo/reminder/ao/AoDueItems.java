package io.meetingmemo.reminder.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.meetingmemo.actionitem.ao.ActionItemEntity;
import io.meetingmemo.actionitem.ao.SyncRecordEntity;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.reminder.domain.DueItem;
import io.meetingmemo.reminder.domain.DueItemSource;
import io.meetingmemo.reminder.domain.Recipients;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import net.java.ao.Query;

/**
 * The reminder run's reading of open items. Recipients come in user-key order, one page per query: assignees straight
 * from the {@code assignee_status_due} index, and, found once per run, the people who follow up items of owners without
 * an account: a named follow-up owner who may view the page (asked once per person and page), else the memo's
 * minute-taker (their number is that of such memos, not of items). A page of recipients' items is then one streamed
 * query for the assigned ones and one per 500 memo pages for the others, so a run costs statements in proportion to
 * recipients divided by the page size and holds no item beyond what the run keeps.
 */
public final class AoDueItems implements DueItemSource {
    private static final int CHUNK = 500;
    static final String ITEM_COLUMNS = "ID, PAGE_ID, SPACE_KEY, PAGE_TITLE, MEMO_KEY, MEMO_TITLE, MEMO_SERIES, TEXT, ASSIGNEE_KEY, "
            + "OWNER_NAME, DUE_DATE, FOLLOW_UP_KEY";

    private final ActiveObjects ao;

    public AoDueItems(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Scan scan(Criteria criteria, Recipients.FollowUpCheck followUps) {
        return new AoScan(criteria, followUps);
    }

    /** The candidates' condition; every value is a bind parameter. */
    private static String candidates(Criteria c, List<Object> params) {
        StringBuilder where = new StringBuilder("STATUS = ? AND REMOVED = ? AND HIDDEN = ? AND DUE_SORT <= ?");
        params.add(ActionStatus.OPEN.wireName());
        params.add(false);
        params.add(false);
        params.add(c.horizon().toString());
        if (!c.excludedSpaceKeys().isEmpty()) {
            where.append(" AND SPACE_KEY NOT IN (").append("?,".repeat(c.excludedSpaceKeys().size() - 1)).append("?)");
            params.addAll(c.excludedSpaceKeys());
        }
        return where.toString();
    }

    private final class AoScan implements Scan {
        private final Criteria criteria;
        private final Recipients.FollowUpCheck followUps;
        /**
         * Who follows up candidate items of owners without an account (follow-up owners and minute-takers), and the
         * pages of those items by that person.
         */
        private final NavigableSet<String> followers = new TreeSet<>();
        private final Map<String, Set<Long>> pagesByFollower = new HashMap<>();
        private final Map<String, String> takerByMemo = new HashMap<>();
        /** {@code followUpKey|pageId}: whether that named follow-up owner may view the page, asked once per pair. */
        private final Map<String, Boolean> followUpMayView = new HashMap<>();

        AoScan(Criteria criteria, Recipients.FollowUpCheck followUps) {
            this.criteria = criteria;
            this.followUps = followUps;
            findFollowers();
        }

        private boolean mayFollowUp(String followUpKey, long pageId) {
            return followUpKey != null && followUpMayView.computeIfAbsent(followUpKey + "|" + pageId,
                    k -> followUps.mayFollowUp(followUpKey, pageId));
        }

        /** The person an item of an owner without an account goes to, or null (nobody to follow it up). */
        private String followerOf(ActionItemEntity e) {
            String followUp = e.getFollowUpKey();
            boolean mayView = followUp != null && Boolean.TRUE.equals(followUpMayView.get(followUp + "|" + e.getPageId()));
            return Recipients.of(null, followUp, mayView, takerByMemo.get(e.getPageId() + ":" + e.getMemoKey()));
        }

        private void follows(String who, long pageId) {
            followers.add(who);
            pagesByFollower.computeIfAbsent(who, k -> new HashSet<>()).add(pageId);
        }

        private void findFollowers() {
            List<Object> params = new ArrayList<>();
            String where = candidates(criteria, params) + " AND ASSIGNEE_KEY IS NULL";
            Set<String> memosOfTakers = new LinkedHashSet<>();
            Set<Long> pagesOfTakers = new LinkedHashSet<>();
            ao.executeInTransaction(() -> {
                ao.stream(ActionItemEntity.class, Query.select("PAGE_ID, MEMO_KEY, FOLLOW_UP_KEY").where(where, params.toArray())
                        .group("PAGE_ID, MEMO_KEY, FOLLOW_UP_KEY"), e -> {
                            if (mayFollowUp(e.getFollowUpKey(), e.getPageId())) {
                                follows(e.getFollowUpKey(), e.getPageId());
                            } else {
                                memosOfTakers.add(e.getPageId() + ":" + e.getMemoKey());
                                pagesOfTakers.add(e.getPageId());
                            }
                        });
                return null;
            });
            List<Long> pageList = new ArrayList<>(pagesOfTakers);
            for (int from = 0; from < pageList.size(); from += CHUNK) {
                List<Long> chunk = pageList.subList(from, Math.min(from + CHUNK, pageList.size()));
                List<Object> p = new ArrayList<>(chunk);
                ao.executeInTransaction(() -> {
                    ao.stream(SyncRecordEntity.class, Query.select("ID, PAGE_ID, MEMO_KEY, MINUTES_BY")
                            .where("PAGE_ID IN (" + "?,".repeat(chunk.size() - 1) + "?) AND MEMO_KEY IS NOT NULL", p.toArray()), e -> {
                        String memo = e.getPageId() + ":" + e.getMemoKey();
                        String taker = Recipients.of(null, null, false, e.getMinutesBy());
                        if (taker == null || !memosOfTakers.contains(memo)) return;
                        takerByMemo.put(memo, taker);
                        follows(taker, e.getPageId());
                    });
                    return null;
                });
            }
        }

        @Override
        public List<String> recipientsAfter(String after, int max) {
            List<Object> params = new ArrayList<>();
            String where = candidates(criteria, params) + " AND ASSIGNEE_KEY IS NOT NULL";
            if (after != null) {
                where += " AND ASSIGNEE_KEY > ?";
                params.add(after);
            }
            TreeSet<String> next = new TreeSet<>();
            String finalWhere = where;
            ao.executeInTransaction(() -> {
                ao.stream(ActionItemEntity.class, Query.select("ASSIGNEE_KEY").where(finalWhere, params.toArray())
                        .group("ASSIGNEE_KEY").order("ASSIGNEE_KEY ASC").limit(max), e -> next.add(e.getAssigneeKey()));
                return null;
            });
            NavigableSet<String> more = after == null ? followers : followers.tailSet(after, false);
            for (String follower : more) {
                if (next.size() >= max && follower.compareTo(next.last()) > 0) break;
                next.add(follower);
            }
            List<String> page = new ArrayList<>(next);
            return page.size() > max ? page.subList(0, max) : page;
        }

        @Override
        public void itemsOf(List<String> recipients, Consumer<Addressed> sink) {
            if (recipients.isEmpty()) return;
            List<Object> params = new ArrayList<>();
            String where = candidates(criteria, params) + " AND ASSIGNEE_KEY IN (" + "?,".repeat(recipients.size() - 1) + "?)";
            params.addAll(recipients);
            ao.executeInTransaction(() -> {
                ao.stream(ActionItemEntity.class, Query.select(ITEM_COLUMNS).where(where, params.toArray())
                        .order("ASSIGNEE_KEY ASC, DUE_SORT ASC, ID ASC"), e -> sink.accept(new Addressed(e.getAssigneeKey(), item(e))));
                return null;
            });
            Set<Long> pages = new LinkedHashSet<>();
            for (String r : recipients) pages.addAll(pagesByFollower.getOrDefault(r, Set.of()));
            List<Long> pageList = new ArrayList<>(pages);
            Set<String> wanted = new HashSet<>(recipients);
            for (int from = 0; from < pageList.size(); from += CHUNK) {
                List<Long> chunk = pageList.subList(from, Math.min(from + CHUNK, pageList.size()));
                List<Object> p = new ArrayList<>();
                String w = candidates(criteria, p) + " AND ASSIGNEE_KEY IS NULL AND PAGE_ID IN (" + "?,".repeat(chunk.size() - 1) + "?)";
                p.addAll(chunk);
                ao.executeInTransaction(() -> {
                    ao.stream(ActionItemEntity.class, Query.select(ITEM_COLUMNS).where(w, p.toArray()).order("DUE_SORT ASC, ID ASC"), e -> {
                        String follower = followerOf(e);
                        if (follower != null && wanted.contains(follower)) sink.accept(new Addressed(follower, item(e)));
                    });
                    return null;
                });
            }
        }
    }

    private static DueItem item(ActionItemEntity e) {
        return new DueItem(e.getID(), e.getPageId(), e.getSpaceKey(), e.getPageTitle(), e.getMemoKey(), e.getMemoTitle(),
                e.getMemoSeries(), e.getText(), e.getAssigneeKey(), e.getOwnerName(),
                e.getDueDate() == null ? null : LocalDate.parse(e.getDueDate()), null);
    }
}
