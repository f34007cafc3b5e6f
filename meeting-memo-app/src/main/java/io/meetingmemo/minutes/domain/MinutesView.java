package io.meetingmemo.minutes.domain;

import java.util.List;
import java.util.Map;

/**
 * The minutes as one recipient reads them, every value already presented in their language (names, dates, labels):
 * their own actions first, then the decisions, the other actions and, for someone who may view the page, the link to it.
 * The HTML template and {@link MinutesText} both write exactly this, so the two bodies say the same.
 *
 * @param pageUrl the page's absolute address; null for someone who may not view the page (no link they cannot open)
 * @param labels  translated labels by name ({@code yourActions}, {@code decisions}, {@code otherActions}, ...)
 */
public record MinutesView(String subject, String intro, String title, String meeting, List<ActionLine> ownActions,
                          List<String> decisions, List<ActionLine> otherActions, String pageUrl, String pageNote,
                          Map<String, String> labels) {
    public MinutesView {
        ownActions = List.copyOf(ownActions);
        decisions = List.copyOf(decisions);
        otherActions = List.copyOf(otherActions);
        labels = Map.copyOf(labels);
    }

    /** One action as listed: what, who (null when nobody), and the due date as presented (null when none). */
    public record ActionLine(String text, String owner, String due) {
        public Map<String, Object> asMap() {
            Map<String, Object> m = new java.util.HashMap<>();
            m.put("text", text);
            m.put("owner", owner);
            m.put("due", due);
            return m;
        }
    }

    /** The model of the HTML template: the same values under the same names. */
    public Map<String, Object> asModel() {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("subject", subject);
        m.put("intro", intro);
        m.put("title", title);
        m.put("meeting", meeting);
        m.put("ownActions", ownActions.stream().map(ActionLine::asMap).toList());
        m.put("decisions", decisions);
        m.put("otherActions", otherActions.stream().map(ActionLine::asMap).toList());
        m.put("hasOwnActions", !ownActions.isEmpty());
        m.put("hasDecisions", !decisions.isEmpty());
        m.put("hasOtherActions", !otherActions.isEmpty());
        m.put("pageUrl", pageUrl);
        m.put("pageNote", pageNote);
        m.put("text", labels);
        return m;
    }
}
