package io.meetingmemo.minutes.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.meetingmemo.minutes.domain.MinutesSend;
import io.meetingmemo.minutes.domain.MinutesSendRepository;
import io.meetingmemo.minutes.domain.SkipReason;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/** Sends of minutes in the app's tables: a send row and one delivery row per person, written in one transaction. */
public final class AoMinutesSendRepository implements MinutesSendRepository {
    private static final int MAX_TEXT = 450;
    private static final String SEND_COLUMNS = "ID, PAGE_ID, MEMO_KEY, PAGE_VERSION, SENDER_KEY, SENT_AT, QUEUED_COUNT";
    private static final String DELIVERY_COLUMNS = "ID, SEND_ID, RECIPIENT_ID, USER_KEY, RECIPIENT_NAME, ADDRESS, SKIP_REASON, WITHOUT_PAGE_ACCESS";

    private final ActiveObjects ao;

    public AoMinutesSendRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public MinutesSend record(MinutesSend send) {
        return ao.executeInTransaction(() -> {
            Map<String, Object> row = new HashMap<>();
            row.put("PAGE_ID", send.pageId());
            row.put("MEMO_KEY", send.memoKey());
            row.put("PAGE_VERSION", send.pageVersion());
            row.put("SENDER_KEY", send.senderKey());
            row.put("SENT_AT", Date.from(send.sentAt()));
            row.put("QUEUED_COUNT", send.queuedCount());
            MinutesSendEntity stored = ao.create(MinutesSendEntity.class, row);
            List<Map<String, Object>> deliveries = new ArrayList<>();
            for (MinutesSend.Delivery d : send.deliveries()) {
                Map<String, Object> r = new HashMap<>();
                r.put("SEND_ID", (long) stored.getID());
                r.put("RECIPIENT_ID", cut(d.recipientId()));
                r.put("USER_KEY", d.userKey());
                r.put("RECIPIENT_NAME", cut(d.name()));
                r.put("ADDRESS", cut(d.address()));
                r.put("SKIP_REASON", d.reason() == null ? null : d.reason().wireName());
                r.put("WITHOUT_PAGE_ACCESS", d.withoutPageAccess());
                deliveries.add(r);
            }
            if (!deliveries.isEmpty()) ao.create(MinutesDeliveryEntity.class, deliveries);
            return new MinutesSend(stored.getID(), send.pageId(), send.memoKey(), send.pageVersion(), send.senderKey(),
                    send.sentAt(), send.deliveries());
        });
    }

    @Override
    public List<MinutesSend> findByMemo(long pageId, String memoKey, int max) {
        return ao.executeInTransaction(() -> {
            MinutesSendEntity[] sends = ao.find(MinutesSendEntity.class, Query.select(SEND_COLUMNS)
                    .where("PAGE_ID = ? AND MEMO_KEY = ?", pageId, memoKey).order("SENT_AT DESC, ID DESC").limit(max));
            if (sends.length == 0) return List.of();
            Map<Long, List<MinutesSend.Delivery>> bySend = new LinkedHashMap<>();
            Object[] ids = new Object[sends.length];
            for (int i = 0; i < sends.length; i++) {
                ids[i] = (long) sends[i].getID();
                bySend.put((long) sends[i].getID(), new ArrayList<>());
            }
            for (MinutesDeliveryEntity d : ao.find(MinutesDeliveryEntity.class, Query.select(DELIVERY_COLUMNS)
                    .where("SEND_ID IN (" + "?,".repeat(ids.length - 1) + "?)", ids).order("ID"))) {
                bySend.get(d.getSendId()).add(new MinutesSend.Delivery(d.getRecipientId(), d.getUserKey(), d.getRecipientName(),
                        d.getAddress(), d.getSkipReason() == null ? null : SkipReason.fromWireName(d.getSkipReason()),
                        d.isWithoutPageAccess()));
            }
            List<MinutesSend> found = new ArrayList<>();
            for (MinutesSendEntity s : sends) {
                found.add(new MinutesSend(s.getID(), s.getPageId(), s.getMemoKey(), s.getPageVersion(), s.getSenderKey(),
                        s.getSentAt().toInstant(), bySend.get((long) s.getID())));
            }
            return found;
        });
    }

    @Override
    public Map<String, SendSummary> latestOnPage(long pageId) {
        return ao.executeInTransaction(() -> {
            Map<String, SendSummary> latest = new HashMap<>();
            for (MinutesSendEntity s : ao.find(MinutesSendEntity.class, Query.select("ID, MEMO_KEY, SENT_AT, QUEUED_COUNT")
                    .where("PAGE_ID = ?", pageId).order("SENT_AT DESC, ID DESC"))) {
                latest.putIfAbsent(s.getMemoKey(), new SendSummary(s.getID(), s.getSentAt().toInstant(), s.getQueuedCount()));
            }
            return latest;
        });
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
