package io.meetingmemo.preview.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of seed 003 (a 2012 memo copied out of a Confluence page whose styling broke) into the
 * memo it always was: the memo line gives the date, the paragraphs become the discussion, the
 * follow-up sentence becomes a tracked action for Petri, and the two companies mentioned become
 * contacts. The allowlist error at the top of the copy and the page chrome at its end are dropped.
 */
final class SeedMemo {
    private static final Pattern MEMO_DATE = Pattern.compile("Muistio (\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    private SeedMemo() {}

    static String fromSeed003(String text) {
        String date = null;
        String title = null;
        List<String> body = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("Error ") || line.startsWith("•") || line.startsWith("You must log in")) continue;
            Matcher m = MEMO_DATE.matcher(line);
            if (m.matches()) {
                date = String.format(Locale.ROOT, "%s-%02d-%02d", m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                continue;
            }
            if (title == null) {
                title = line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
                continue;
            }
            body.add(paragraph(line));
        }
        String params = DemoContent.param("title", xml(title == null ? "Muistio" : title))
                + (date == null ? "" : DemoContent.param("date", date))
                + DemoContent.param("location", "Metropolia")
                + DemoContent.param("series", "reititin")
                + DemoContent.param("attendees", "<ri:user ri:username=\"petri\"/>");
        return DemoContent.macro("meeting-memo", params, String.join("", body));
    }

    private static String paragraph(String line) {
        String p = "<p>" + xml(line) + "</p>";
        if (line.startsWith("Petri tarkastelee")) {
            return DemoContent.macro("memo-action", DemoContent.param("assignee", "<ri:user ri:username=\"petri\"/>"), p);
        }
        if (line.toLowerCase(Locale.ROOT).startsWith("sanoma wsoy")) {
            return DemoContent.macro("memo-contact", DemoContent.param("name", "Sanoma WSOY")
                    + DemoContent.param("organisation", "Sanoma") + DemoContent.param("owner", "<ri:user ri:username=\"petri\"/>"), p);
        }
        if (line.toLowerCase(Locale.ROOT).startsWith("op-pohjola")) {
            return DemoContent.macro("memo-contact", DemoContent.param("name", "OP-Pohjola")
                    + DemoContent.param("organisation", "OP-Pohjola") + DemoContent.param("role", "rekrytointi"), p);
        }
        return p;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
