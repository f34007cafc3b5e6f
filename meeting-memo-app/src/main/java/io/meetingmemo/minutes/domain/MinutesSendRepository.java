package io.meetingmemo.minutes.domain;

import java.util.List;
import java.util.Map;

/** Where sendings of minutes are recorded. */
public interface MinutesSendRepository {
    /** Stores a send with its deliveries in one transaction; returns it with its id. */
    MinutesSend record(MinutesSend send);

    /** A memo's sends, newest first, at most {@code max}, each with its deliveries. */
    List<MinutesSend> findByMemo(long pageId, String memoKey, int max);

    /** The latest send of each memo of a page that has one, by memo key; deliveries left out, counts kept. */
    Map<String, SendSummary> latestOnPage(long pageId);

    /** What a memo shows of its latest send: "sent to 7 people on 29.11.2026". */
    record SendSummary(long id, java.time.Instant sentAt, int queuedCount) {}
}
