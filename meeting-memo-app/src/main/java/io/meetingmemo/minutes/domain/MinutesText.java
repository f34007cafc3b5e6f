package io.meetingmemo.minutes.domain;

import java.util.List;

/**
 * The plain-text body of the minutes, written from the same view as the HTML body. Text is not HTML: nothing is
 * escaped, and line breaks inside names or items are flattened so that no value can forge a heading or a link line.
 */
public final class MinutesText {
    private MinutesText() {}

    public static String write(MinutesView view) {
        StringBuilder out = new StringBuilder();
        line(out, view.intro());
        out.append('\n');
        line(out, view.title());
        if (view.meeting() != null) line(out, view.meeting());
        section(out, view.labels().get("yourActions"), view.ownActions(), view);
        if (!view.decisions().isEmpty()) {
            out.append('\n');
            line(out, view.labels().get("decisions"));
            for (String decision : view.decisions()) line(out, "- " + flat(decision));
        }
        section(out, view.labels().get("otherActions"), view.otherActions(), view);
        out.append('\n');
        if (view.pageUrl() != null) {
            line(out, view.labels().get("openPage") + ": " + view.pageUrl());
        }
        if (view.pageNote() != null) line(out, view.pageNote());
        return out.toString();
    }

    private static void section(StringBuilder out, String heading, List<MinutesView.ActionLine> actions, MinutesView view) {
        if (actions.isEmpty()) return;
        out.append('\n');
        line(out, heading);
        for (MinutesView.ActionLine action : actions) {
            StringBuilder item = new StringBuilder("- ").append(flat(action.text()));
            if (action.owner() != null) item.append(" (").append(flat(action.owner())).append(')');
            if (action.due() != null) item.append(" — ").append(view.labels().get("due")).append(' ').append(flat(action.due()));
            line(out, item.toString());
        }
    }

    private static void line(StringBuilder out, String text) {
        out.append(flat(text)).append('\n');
    }

    /** One line: CR, LF and other line separators in a value become spaces. */
    static String flat(String text) {
        if (text == null) return "";
        return text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029\\u000B\\u000C]+", " ").strip();
    }
}
