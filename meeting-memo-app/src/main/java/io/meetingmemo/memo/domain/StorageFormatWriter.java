package io.meetingmemo.memo.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes memos as Confluence storage format that {@link StorageFormatParser} reads back to equal
 * models: keys become {@code ac:macro-id}s and task ids, users become {@code <ri:user/>} elements,
 * guests, contacts, decisions and macro actions become nested macros and task actions a native task
 * list. The memo body has a heading per non-empty section. Instances hold no state and may be shared.
 */
public final class StorageFormatWriter {

    private static final Pattern NUMERIC_TASK_KEY = Pattern.compile("task-\\d+");

    /** One memo as a storage-format fragment. */
    public String write(Memo memo) {
        Objects.requireNonNull(memo, "memo");
        StringBuilder out = new StringBuilder();
        appendMemo(out, memo);
        return out.toString();
    }

    /** Several memos, one after the other, as the body of one page. */
    public String write(List<Memo> memos) {
        StringBuilder out = new StringBuilder();
        for (Memo memo : memos) {
            appendMemo(out, Objects.requireNonNull(memo, "memo"));
            out.append('\n');
        }
        return out.toString();
    }

    private static void appendMemo(StringBuilder out, Memo memo) {
        openMacro(out, "meeting-memo", memo.key());
        out.append('\n');
        textParameter(out, "title", memo.title(), "\n");
        textParameter(out, "date", dateText(memo.date()), "\n");
        textParameter(out, "time", memo.time(), "\n");
        textParameter(out, "location", memo.location(), "\n");
        textParameter(out, "series", memo.series(), "\n");
        userParameter(out, "attendees", memo.attendees(), "\n");
        userParameter(out, "absent", memo.absent(), "\n");
        userParameter(out, "minutes-by", memo.minutesBy() == null ? List.of() : List.of(memo.minutesBy()), "\n");
        if (!memo.carryOver()) textParameter(out, "carry-over", "false", "\n");
        out.append("<ac:rich-text-body>\n");
        if (!memo.guests().isEmpty()) {
            heading(out, "Guests");
            memo.guests().forEach(guest -> appendGuest(out, guest));
        }
        if (!memo.contacts().isEmpty()) {
            heading(out, "Contacts");
            memo.contacts().forEach(contact -> appendContact(out, contact));
        }
        if (!memo.decisions().isEmpty()) {
            heading(out, "Decisions");
            memo.decisions().forEach(decision -> appendDecision(out, decision));
        }
        if (!memo.actions().isEmpty()) {
            heading(out, "Action items");
            appendActions(out, memo.actions());
        }
        out.append("</ac:rich-text-body>\n</ac:structured-macro>");
    }

    private static void appendGuest(StringBuilder out, Guest guest) {
        openMacro(out, "memo-guest", guest.key());
        textParameter(out, "name", guest.name(), "");
        textParameter(out, "organisation", guest.organisation(), "");
        textParameter(out, "role", guest.role(), "");
        textParameter(out, "email", guest.email(), "");
        out.append("</ac:structured-macro>\n");
    }

    private static void appendContact(StringBuilder out, Contact contact) {
        openMacro(out, "memo-contact", contact.key());
        textParameter(out, "name", contact.name(), "");
        textParameter(out, "organisation", contact.organisation(), "");
        textParameter(out, "role", contact.role(), "");
        textParameter(out, "email", contact.email(), "");
        textParameter(out, "phone", contact.phone(), "");
        userParameter(out, "owner", contact.owner() == null ? List.of() : List.of(contact.owner()), "");
        if (contact.notes() != null) paragraphBody(out, contact.notes());
        out.append("</ac:structured-macro>\n");
    }

    private static void appendDecision(StringBuilder out, Decision decision) {
        openMacro(out, "memo-decision", decision.key());
        textParameter(out, "tags", decision.tags().isEmpty() ? null : String.join(", ", decision.tags()), "");
        paragraphBody(out, decision.text());
        out.append("</ac:structured-macro>\n");
    }

    /** Macro actions as macros; each run of task actions as one task list, keeping the order. */
    private static void appendActions(StringBuilder out, List<MemoAction> actions) {
        boolean inTaskList = false;
        for (MemoAction action : actions) {
            boolean task = action.source() == ActionSource.TASK;
            if (task && !inTaskList) out.append("<ac:task-list>\n");
            if (!task && inTaskList) out.append("</ac:task-list>\n");
            inTaskList = task;
            if (task) {
                appendTask(out, action);
            } else {
                appendMacroAction(out, action);
            }
        }
        if (inTaskList) out.append("</ac:task-list>\n");
    }

    /** The action's page status belongs to tasks only: a macro action's status lives in the tracker. */
    private static void appendMacroAction(StringBuilder out, MemoAction action) {
        openMacro(out, "memo-action", action.key());
        userParameter(out, "assignee", action.assignee() == null ? List.of() : List.of(action.assignee()), "");
        textParameter(out, "owner", action.owner(), "");
        textParameter(out, "due", dateText(action.due()), "");
        userParameter(out, "follow-up", action.followUp() == null ? List.of() : List.of(action.followUp()), "");
        paragraphBody(out, action.text());
        out.append("</ac:structured-macro>\n");
    }

    /**
     * A native task. Confluence task ids are numbers, so only keys of the form {@code task-<digits>}
     * become an {@code ac:task-id}; for any other key the parser derives one again. Tasks have no
     * free-text owner.
     */
    private static void appendTask(StringBuilder out, MemoAction action) {
        out.append("<ac:task>");
        if (action.key() != null && NUMERIC_TASK_KEY.matcher(action.key()).matches()) {
            out.append("<ac:task-id>").append(action.key().substring("task-".length())).append("</ac:task-id>");
        }
        out.append("<ac:task-status>")
                .append(action.pageStatus() == ActionStatus.DONE ? "complete" : "incomplete")
                .append("</ac:task-status><ac:task-body>");
        appendText(out, action.text());
        if (action.assignee() != null) {
            out.append(" <ac:link>");
            appendUser(out, action.assignee());
            out.append("</ac:link>");
        }
        if (action.due() != null) {
            out.append(" <time datetime=\"").append(dateText(action.due())).append("\" />");
        }
        out.append("</ac:task-body></ac:task>\n");
    }

    private static void openMacro(StringBuilder out, String name, String key) {
        out.append("<ac:structured-macro ac:name=\"").append(name).append("\" ac:schema-version=\"1\"");
        if (key != null) {
            out.append(" ac:macro-id=\"");
            appendAttributeValue(out, key);
            out.append('"');
        }
        out.append('>');
    }

    private static void textParameter(StringBuilder out, String name, String value, String lineEnd) {
        if (value == null) return;
        out.append("<ac:parameter ac:name=\"").append(name).append("\">");
        appendText(out, value);
        out.append("</ac:parameter>").append(lineEnd);
    }

    private static void userParameter(StringBuilder out, String name, List<UserRef> users, String lineEnd) {
        if (users.isEmpty()) return;
        out.append("<ac:parameter ac:name=\"").append(name).append("\">");
        users.forEach(user -> appendUser(out, user));
        out.append("</ac:parameter>").append(lineEnd);
    }

    /** A storage-format link to one user by user key ({@code <ri:user ri:userkey="…" />}), escaped. */
    public static String userByKey(String userKey) {
        StringBuilder out = new StringBuilder();
        appendUser(out, UserRef.byKey(Objects.requireNonNull(userKey, "userKey")));
        return out.toString();
    }

    /** Users as the value of a user parameter ({@code attendees}, {@code absent}): one {@code <ri:user/>} each, escaped. */
    public static String users(List<UserRef> users) {
        StringBuilder out = new StringBuilder();
        users.forEach(user -> appendUser(out, Objects.requireNonNull(user, "user")));
        return out.toString();
    }

    /** One {@code memo-guest} macro, as a memo's body holds it (without its key: the parser derives one). */
    public static String guest(Guest guest) { return guests(List.of(guest)); }

    /** {@code memo-guest} macros for these guests, one after the other ({@link #guest}). */
    public static String guests(List<Guest> guests) {
        StringBuilder out = new StringBuilder();
        guests.forEach(g -> appendGuest(out, new Guest(null, g.name(), g.organisation(), g.role(), g.email())));
        return out.toString();
    }

    /** A paragraph and, when there are any, a bulleted list under it: {@code <p>lead</p><ul><li>…</li></ul>}, escaped. */
    public static String paragraphWithList(String lead, List<String> items) {
        StringBuilder out = new StringBuilder("<p>");
        appendText(out, Objects.requireNonNull(lead, "lead"));
        out.append("</p>");
        if (!items.isEmpty()) {
            out.append("<ul>");
            for (String item : items) {
                out.append("<li>");
                appendText(out, item);
                out.append("</li>");
            }
            out.append("</ul>");
        }
        return out.toString();
    }

    /** Text as element content of storage format: markup characters escaped, characters XML cannot carry left out. */
    public static String text(String text) {
        StringBuilder out = new StringBuilder();
        appendText(out, Objects.requireNonNull(text, "text"));
        return out.toString();
    }

    /** By user key when known, as Confluence itself stores users; by username otherwise. */
    private static void appendUser(StringBuilder out, UserRef user) {
        boolean byKey = user.userKey() != null;
        out.append(byKey ? "<ri:user ri:userkey=\"" : "<ri:user ri:username=\"");
        appendAttributeValue(out, byKey ? user.userKey() : user.username());
        out.append("\" />");
    }

    private static void paragraphBody(StringBuilder out, String text) {
        out.append("<ac:rich-text-body><p>");
        appendText(out, text);
        out.append("</p></ac:rich-text-body>");
    }

    private static void heading(StringBuilder out, String title) {
        out.append("<h2>").append(title).append("</h2>\n");
    }

    private static String dateText(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Element text: markup characters escaped; CR as a reference because XML turns a literal one into LF. */
    private static void appendText(StringBuilder out, String text) {
        appendEscaped(out, text, false);
    }

    /** Attribute values also escape quotes and keep tabs and line breaks, which XML would turn into spaces. */
    private static void appendAttributeValue(StringBuilder out, String text) {
        appendEscaped(out, text, true);
    }

    private static void appendEscaped(StringBuilder out, String text, boolean attribute) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            switch (codePoint) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    // Characters XML 1.0 cannot carry at all (controls, lone surrogates) are left out.
                    if (isXmlCharacter(codePoint)) out.appendCodePoint(codePoint);
                }
            }
        }
    }

    private static boolean isXmlCharacter(int codePoint) {
        return codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD
                || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    }
}
