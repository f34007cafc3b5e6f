package io.meetingmemo.reminder.app;

import io.meetingmemo.reminder.app.ReminderMails.Row;
import io.meetingmemo.reminder.app.ReminderMails.View;

/**
 * The plain-text body of a reminder, from the same view model as the HTML one. Text is not HTML, so nothing is
 * escaped; line breaks in people's text are flattened so that an item cannot fake another item's lines.
 */
final class ReminderText {
    private ReminderText() {
    }

    static String write(View view) {
        StringBuilder out = new StringBuilder();
        out.append(line(view.greeting())).append("\n\n").append(line(view.intro())).append("\n\n");
        for (Row row : view.rows()) {
            out.append("* ").append(line(row.text())).append('\n');
            out.append("  ").append(line(row.reason()));
            if (row.due() != null) out.append(" — ").append(view.labels().get("due")).append(' ').append(row.due());
            out.append('\n');
            if (row.owner() != null) out.append("  ").append(view.labels().get("owner")).append(": ").append(line(row.owner())).append('\n');
            out.append("  ").append(view.labels().get("memo")).append(": ").append(line(row.memoTitle())).append('\n');
            out.append("  ").append(view.labels().get("open")).append(": ").append(row.openUrl()).append('\n');
            out.append("  ").append(view.labels().get("markDone")).append(": ").append(row.markDoneUrl()).append("\n\n");
        }
        if (view.moreText() != null) out.append(line(view.moreText())).append('\n').append(view.myItemsUrl()).append("\n\n");
        out.append("-- \n").append(line(view.labels().get("footer"))).append('\n')
                .append(view.labels().get("settings")).append(": ").append(view.settingsUrl()).append('\n');
        return out.toString();
    }

    private static String line(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
    }
}
