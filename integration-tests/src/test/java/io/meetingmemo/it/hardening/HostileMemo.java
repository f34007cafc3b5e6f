package io.meetingmemo.it.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One hostile string placed into every field of a memo: each memo parameter, each field of every nested
 * macro (guest, contact, decision, action), a native task's text, status and date, the discussion and the
 * memo's macro id. {@link #storage()} writes it the way an editor or a REST client writes text, escaped
 * for XML; {@link #check} compares what the app read back with what docs/storage-format.md says it reads:
 *
 * <ul>
 *   <li>parameter text: the value with leading and trailing whitespace removed (Java whitespace and Unicode
 *       space separators), {@code null} when nothing else is left; inner characters exactly as written;</li>
 *   <li>body text (decision, action, contact notes, task): runs of that whitespace collapsed to one space,
 *       trimmed; an item whose text is empty is skipped;</li>
 *   <li>user parameters: comma-separated usernames, each trimmed, empty ones skipped, exact duplicates once;</li>
 *   <li>dates strictly {@code yyyy-MM-dd} and real, times {@code HH:mm[-HH:mm]}, otherwise absent.</li>
 * </ul>
 *
 * Strings with characters XML 1.0 cannot carry are written raw: the page is then not well-formed, which must
 * be reported as a problem and must not fail the save.
 */
record HostileMemo(int index, String value) {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(-([01]\\d|2[0-3]):[0-5]\\d)?");
    static final String SENTINEL = "MM-SENTINEL-";
    static final List<String> TEXT_PARAMETERS = List.of("title", "date", "time", "location", "series");
    static final List<String> USER_PARAMETERS = List.of("attendees", "absent", "minutes-by");

    String guestId() { return "g-" + index; }

    String contactId() { return "c-" + index; }

    String decisionId() { return "d-" + index; }

    String actionId() { return "a-" + index; }

    int taskId() { return index + 1; }

    /** A paragraph naming the memo's place, then the memo. */
    String storage() {
        String t = text(value);
        StringBuilder s = new StringBuilder();
        s.append("<p>").append(SENTINEL).append(index).append("</p>");
        s.append("<ac:structured-macro ac:name=\"meeting-memo\" ac:schema-version=\"1\" ac:macro-id=\"").append(attribute(value)).append("\">");
        for (String p : TEXT_PARAMETERS) s.append(parameter(p, t));
        for (String p : USER_PARAMETERS) s.append(parameter(p, t));
        s.append("<ac:rich-text-body><p>").append(t).append("</p>");
        s.append(macro("memo-guest", guestId(), parameter("name", t) + parameter("organisation", t) + parameter("role", t) + parameter("email", t), null));
        s.append(macro("memo-contact", contactId(), parameter("name", t) + parameter("organisation", t) + parameter("role", t)
                + parameter("email", t) + parameter("phone", t) + parameter("owner", t), "<p>" + t + "</p>"));
        s.append(macro("memo-decision", decisionId(), "", "<p>" + t + "</p>"));
        s.append(macro("memo-action", actionId(), parameter("assignee", t) + parameter("owner", t) + parameter("due", t), "<p>" + t + "</p>"));
        s.append("<ac:task-list><ac:task><ac:task-id>").append(taskId()).append("</ac:task-id><ac:task-status>").append(t)
                .append("</ac:task-status><ac:task-body>").append(t).append("<time datetime=\"").append(attribute(value))
                .append("\" /></ac:task-body></ac:task></ac:task-list>");
        s.append("</ac:rich-text-body></ac:structured-macro>");
        return s.toString();
    }

    /** Whether XML 1.0 can carry every character (otherwise the page is stored raw and is not well-formed). */
    boolean xmlSafe() { return xmlSafe(value); }

    // ---- what the app must read back ----

    String title() { return trim(value); }

    /** The memo's series: the value when it is a series key; otherwise none (the page shows the author why). */
    String series() {
        String t = trim(value);
        return t != null && io.meetingmemo.series.domain.SeriesKey.isValid(t) ? t : null;
    }

    String date() { return date(trim(value)); }

    String time() {
        String t = trim(value);
        return t != null && TIME.matcher(t).matches() ? t : null;
    }

    String bodyText() { return collapse(value); }

    List<String> usernames() {
        Set<String> names = new LinkedHashSet<>();
        for (String part : value.split(",", -1)) {
            String name = trim(part);
            if (name != null) names.add(name.trim());
        }
        return List.copyOf(names);
    }

    String firstUsername() { return usernames().isEmpty() ? null : usernames().get(0); }

    String taskStatus() {
        String t = trim(value);
        if (t == null) return "open";
        return switch (t.trim().toLowerCase(Locale.ROOT)) {
            case "done", "complete" -> "done";
            default -> "open";
        };
    }

    /** Compares one memo of {@code GET /pages/{id}/memos} with the expectation; adds a line per difference. */
    void check(JsonNode memo, List<String> differences) {
        Diff d = new Diff("string #" + index + " " + printable(value), differences);
        d.eq("title", title(), text(memo, "title"));
        d.eq("date", date(), text(memo, "date"));
        d.eq("time", time(), text(memo, "time"));
        d.eq("location", title(), text(memo, "location"));
        d.eq("series", series(), text(memo, "series"));
        List<String> people = new ArrayList<>();
        for (JsonNode a : memo.get("attendees")) people.add((a.get("present").asBoolean() ? "+" : "-") + username(a.get("person")));
        List<String> expectedPeople = new ArrayList<>();
        usernames().forEach(u -> expectedPeople.add("+" + u));
        usernames().forEach(u -> expectedPeople.add("-" + u));
        d.eq("attendees and absent", expectedPeople, people);
        d.eq("minutes-by", firstUsername(), username(memo.get("minutesBy")));

        JsonNode guests = memo.get("guests");
        if (title() == null) {
            d.eq("guests", 0, guests.size());
        } else if (d.eq("guests", 1, guests.size())) {
            for (String field : List.of("name", "organisation", "role", "email")) d.eq("guest " + field, title(), text(guests.get(0), field));
        }
        JsonNode contacts = memo.get("contacts");
        if (title() == null) {
            d.eq("contacts", 0, contacts.size());
        } else if (d.eq("contacts", 1, contacts.size())) {
            JsonNode c = contacts.get(0);
            for (String field : List.of("name", "organisation", "role", "email", "phone")) d.eq("contact " + field, title(), text(c, field));
            d.eq("contact owner", firstUsername(), username(c.get("owner")));
            d.eq("contact notes", bodyText().isEmpty() ? null : bodyText(), text(c, "notes"));
        }
        List<String> decisions = new ArrayList<>();
        memo.get("decisions").forEach(n -> decisions.add(n.asText()));
        d.eq("decisions", bodyText().isEmpty() ? List.of() : List.of(bodyText()), decisions);

        JsonNode actions = memo.get("actionItems");
        if (bodyText().isEmpty()) {
            d.eq("actions", 0, actions.size());
            return;
        }
        if (!d.eq("actions", 2, actions.size())) return;
        JsonNode macro = actions.get(0);
        d.eq("action key", actionId(), text(macro, "key"));
        d.eq("action source", "macro", text(macro, "source"));
        d.eq("action text", bodyText(), text(macro, "text"));
        d.eq("action assignee", firstUsername(), username(macro.get("assignee")));
        d.eq("action owner", title(), text(macro, "owner"));
        d.eq("action due", date(), text(macro, "dueDate"));
        checkTracked(d, "action", macro.get("tracked"), bodyText(), "open", date(), title());
        JsonNode task = actions.get(1);
        d.eq("task key", "task-" + taskId(), text(task, "key"));
        d.eq("task source", "task", text(task, "source"));
        d.eq("task text", bodyText(), text(task, "text"));
        d.eq("task assignee", null, username(task.get("assignee")));
        d.eq("task due", date(), text(task, "dueDate"));
        checkTracked(d, "task", task.get("tracked"), bodyText(), taskStatus(), date(), null);
    }

    /** The tracked item, as {@code /action-items} lists it too, carries the same values and the memo's. */
    private void checkTracked(Diff d, String what, JsonNode tracked, String text, String status, String due, String owner) {
        if (tracked == null || tracked.isNull()) {
            d.differences.add(d.label + ": " + what + " is not tracked");
            return;
        }
        d.eq(what + " tracked text", text, text(tracked, "text"));
        d.eq(what + " tracked status", status, text(tracked, "status"));
        d.eq(what + " tracked due", due, text(tracked, "dueDate"));
        d.eq(what + " tracked owner", owner, text(tracked, "owner"));
        d.eq(what + " tracked memo title", title(), text(tracked.get("memo"), "title"));
        d.eq(what + " tracked memo series", series(), text(tracked.get("memo"), "series"));
        d.eq(what + " tracked memo date", date(), text(tracked.get("memo"), "date"));
        if (what.equals("action") && firstUsername() != null) {
            JsonNode assignee = tracked.get("assignee");
            String shown = assignee == null || assignee.isNull() ? null
                    : assignee.get("username").isNull() ? assignee.get("displayName").asText() : assignee.get("username").asText();
            d.eq(what + " tracked assignee", firstUsername(), shown);
        }
    }

    // ---- storage-format writing ----

    static String parameter(String name, String escapedValue) {
        return "<ac:parameter ac:name=\"" + name + "\">" + escapedValue + "</ac:parameter>";
    }

    static String macro(String name, String id, String parameters, String richBody) {
        return "<ac:structured-macro ac:name=\"" + name + "\" ac:schema-version=\"1\" ac:macro-id=\"" + id + "\">" + parameters
                + (richBody == null ? "" : "<ac:rich-text-body>" + richBody + "</ac:rich-text-body>") + "</ac:structured-macro>";
    }

    /** Escaped for element content; a carriage return as a reference, since XML would turn a raw one into a line feed. */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escaped for a double-quoted attribute, whitespace as references so that it is not normalised. */
    static String attribute(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static boolean xmlSafe(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!legal) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    // ---- the parser's documented normalisation ----

    static boolean isWhitespace(char c) { return Character.isWhitespace(c) || Character.isSpaceChar(c); }

    static String trim(String s) {
        int start = 0, end = s.length();
        while (start < end && isWhitespace(s.charAt(start))) start++;
        while (end > start && isWhitespace(s.charAt(end - 1))) end--;
        return start == end ? null : s.substring(start, end);
    }

    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pending = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isWhitespace(c)) {
                pending = out.length() > 0;
            } else {
                if (pending) out.append(' ');
                pending = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    static String date(String trimmed) {
        if (trimmed == null || !DATE.matcher(trimmed).matches()) return null;
        try {
            return LocalDate.parse(trimmed).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String printable(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().limit(60).forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || Character.getType(cp) == Character.FORMAT) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append(s.codePointCount(0, s.length()) > 60 ? "…\"" : "\"").toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String username(JsonNode person) {
        return person == null || person.isNull() || person.get("username").isNull() ? null : person.get("username").asText();
    }

    /** Collects differences with the string they concern. */
    private record Diff(String label, List<String> differences) {
        boolean eq(String field, Object expected, Object actual) {
            if (Objects.equals(expected, actual)) return true;
            differences.add(label + ": " + field + " expected " + show(expected) + " but was " + show(actual));
            return false;
        }

        private static String show(Object o) { return o instanceof String s ? printable(s) : String.valueOf(o); }
    }
}
