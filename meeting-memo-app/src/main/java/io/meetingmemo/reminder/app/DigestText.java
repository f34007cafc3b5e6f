package io.meetingmemo.reminder.app;

import java.util.List;
import java.util.Map;

/** The plain-text body of the weekly digest, from the same model as the HTML one; people's text on one line each. */
final class DigestText {
    private DigestText() {
    }

    @SuppressWarnings("unchecked")
    static String write(Map<String, Object> model, Map<String, String> labels) {
        StringBuilder out = new StringBuilder();
        out.append(line(model.get("greeting"))).append("\n\n").append(line(model.get("summary"))).append("\n\n");
        section(out, labels.get("open"), (List<Map<String, Object>>) model.get("open"), labels, labels.get("noneOpen"), true);
        if (model.get("moreOpen") != null) out.append(line(model.get("moreOpen"))).append('\n').append(model.get("myItemsUrl")).append("\n\n");
        section(out, labels.get("closed"), (List<Map<String, Object>>) model.get("closed"), labels, labels.get("noneClosed"), false);
        List<Map<String, Object>> meetings = (List<Map<String, Object>>) model.get("meetings");
        if (!meetings.isEmpty()) {
            out.append(labels.get("nextMeetings")).append('\n');
            for (Map<String, Object> m : meetings) out.append("* ").append(line(m.get("series"))).append(": ").append(m.get("date")).append('\n');
            out.append('\n');
        }
        out.append("-- \n").append(labels.get("footer")).append('\n').append(labels.get("settings")).append(": ").append(model.get("settingsUrl")).append('\n');
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<Map<String, Object>> rows, Map<String, String> labels, String none,
                                boolean open) {
        out.append(title).append('\n');
        if (rows.isEmpty()) out.append(none).append('\n');
        for (Map<String, Object> r : rows) {
            out.append("* ").append(line(r.get("text")));
            if (r.get("due") != null) out.append(" — ").append(labels.get("due")).append(' ').append(r.get("due"));
            out.append("\n  ").append(labels.get("memo")).append(": ").append(line(r.get("memoTitle"))).append(" ").append(r.get("pageUrl")).append('\n');
            if (r.get("owner") != null) out.append("  ").append(labels.get("owner")).append(": ").append(line(r.get("owner"))).append('\n');
            if (open) out.append("  ").append(labels.get("markDone")).append(": ").append(r.get("markDoneUrl")).append('\n');
        }
        out.append('\n');
    }

    private static String line(Object text) {
        return text == null ? "" : text.toString().replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
    }
}
