package io.meetingmemo.memo.domain;

import io.meetingmemo.series.domain.SeriesKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A {@code meeting-memo} macro as read so far. Validation and keys wait until the memo ends, because
 * the title that problem messages quote and the key that item keys derive from may come late.
 */
final class MemoDraft {

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(-([01]\\d|2[0-3]):[0-5]\\d)?");
    private static final String CARRY_OVER = "carry-over";
    private static final String DATE_EXPECTED = " (expected yyyy-MM-dd)";
    /** Problem messages quote item text up to this many characters. */
    private static final int QUOTE_LIMIT = 40;

    private final String macroId;
    private final BodyPosition start;
    private final Map<String, ParameterValue> parameters = new HashMap<>();
    private final List<ItemDraft> items = new ArrayList<>();
    private final List<BodyPosition> nestedMemos = new ArrayList<>();

    /** @param macroId the {@code ac:macro-id}, or null when the storage has none */
    MemoDraft(String macroId, BodyPosition start) {
        this.macroId = macroId;
        this.start = start;
    }

    /** The memo's parameters by name; the first of two equally named parameters wins. */
    Map<String, ParameterValue> parameters() { return parameters; }

    /** Registers an item where it starts, so that items keep document order even when nested. */
    ItemDraft startItem(ItemDraft.Kind kind, String itemMacroId, BodyPosition at) {
        ItemDraft item = new ItemDraft(kind, itemMacroId, at);
        items.add(item);
        return item;
    }

    /** A {@code meeting-memo} inside this one; its content is read as part of this memo. */
    void nestedMemoAt(BodyPosition at) { nestedMemos.add(at); }

    /** The memo after its end tag was read. */
    Memo finish(PageKeys keys, List<ParseProblem> problems) {
        return build(keys, problems, null);
    }

    /** The memo with what it had when the XML broke off at {@code brokenAt}; unfinished items are left out. */
    Memo finishBrokenOff(PageKeys keys, List<ParseProblem> problems, BodyPosition brokenAt) {
        return build(keys, problems, brokenAt);
    }

    private Memo build(PageKeys keys, List<ParseProblem> problems, BodyPosition brokenAt) {
        String title = text("title");
        String dateText = text("date");
        String time = text("time");
        String location = text("location");
        String series = text("series");

        String key = keys.claim(macroId != null ? macroId
                : PageKeys.derive("memo", title, dateText, time, series, location));
        Report report = new Report(title != null ? "memo \"" + title + "\"" : "untitled memo " + key, key, problems);
        if (macroId != null && !key.equals(macroId)) {
            report.duplicateId("memo", macroId, key, start);
        }
        for (BodyPosition nested : nestedMemos) {
            report.add("contains another meeting-memo macro; its content was read as part of this memo", nested);
        }

        String seriesProblem = series == null ? null : SeriesKey.problem(series);
        if (seriesProblem != null) {
            // The page keeps what its author wrote; the memo joins no series until the key is fixed.
            report.add("series \"" + series + "\" is not a series key: " + seriesProblem + "; this memo is in no series until it is fixed",
                    parameters.get("series").at());
            series = null;
        }
        LocalDate date = dateText == null ? null : readDate(dateText, "date", parameters.get("date").at(), report);
        if (time != null && !TIME.matcher(time).matches()) {
            report.add("time \"" + time + "\" is not a valid time (expected HH:mm or HH:mm-HH:mm)",
                    parameters.get("time").at());
            time = null;
        }

        List<Guest> guests = new ArrayList<>();
        List<Contact> contacts = new ArrayList<>();
        // Decisions are made once the actions written inside them have their keys.
        Map<ItemDraft, DecisionParts> decisionParts = new java.util.LinkedHashMap<>();
        List<MemoAction> actions = new ArrayList<>();
        int unfinished = 0;
        for (ItemDraft item : items) {
            if (!item.isComplete()) {
                unfinished++;
                continue;
            }
            switch (item.kind()) {
                case GUEST -> addIfPresent(guests, guest(item, keys, report));
                case CONTACT -> addIfPresent(contacts, contact(item, keys, report));
                case DECISION -> {
                    DecisionParts parts = decision(item, keys, report);
                    if (parts != null) decisionParts.put(item, parts);
                }
                case ACTION -> addAction(actions, macroAction(item, keys, report), item, decisionParts);
                case TASK -> addAction(actions, task(item, keys, report), item, decisionParts);
            }
        }
        List<Decision> decisions = new ArrayList<>(decisionParts.size());
        for (DecisionParts parts : decisionParts.values()) {
            decisions.add(new Decision(parts.key(), parts.text(), parts.tags(), parts.actionKeys()));
        }
        if (brokenAt != null) {
            report.add("the page is not well-formed inside this memo; only the part before the error was read"
                    + (unfinished == 0 ? "" : unfinished == 1 ? " and 1 unfinished item was left out"
                    : " and " + unfinished + " unfinished items were left out"), brokenAt);
        }

        return new Memo(key, title, date, time, location, series, users("attendees"), users("absent"),
                firstUser(parameters.get("minutes-by")), guests, contacts, decisions, actions, carryOver(report));
    }

    /** {@code carry-over}: {@code false} opts out; absent or {@code true} takes part; anything else is reported and takes part. */
    private boolean carryOver(Report report) {
        String value = text(CARRY_OVER);
        if (value == null || value.equalsIgnoreCase("true")) return true;
        if (value.equalsIgnoreCase("false")) return false;
        report.add(CARRY_OVER + " \"" + value + "\" is neither true nor false; open items are carried over",
                parameters.get(CARRY_OVER).at());
        return true;
    }

    private static Guest guest(ItemDraft item, PageKeys keys, Report report) {
        String name = item.text("name");
        if (name == null) {
            report.add("a guest without a name was skipped", item.start());
            return null;
        }
        String organisation = item.text("organisation");
        String key = itemKey(item, "guest", keys, report, lowerCase(name), lowerCase(organisation));
        return new Guest(key, name, organisation, item.text("role"), item.text("email"), registerRef(item));
    }

    private static Contact contact(ItemDraft item, PageKeys keys, Report report) {
        String name = item.text("name");
        if (name == null) {
            report.add("a contact without a name was skipped", item.start());
            return null;
        }
        String organisation = item.text("organisation");
        String key = itemKey(item, "contact", keys, report, lowerCase(name), lowerCase(organisation));
        String notes = item.body().plainText();
        return new Contact(key, name, organisation, item.text("role"), item.text("email"), item.text("phone"),
                firstUser(item.parameters().get("owner")), notes.isEmpty() ? null : notes, registerRef(item));
    }

    /** The register entry picked in the macro browser: a positive id, else none (a hand-written value is ignored). */
    private static Long registerRef(ItemDraft item) {
        String id = item.text("register-id");
        if (id == null || !id.strip().matches("[1-9][0-9]{0,9}")) return null;
        long value = Long.parseLong(id.strip());
        return value > Integer.MAX_VALUE ? null : value;
    }

    /** A decision as read so far: the keys of the actions inside it are added as they are read. */
    private record DecisionParts(String key, String text, List<String> tags, List<String> actionKeys) {}

    private static DecisionParts decision(ItemDraft item, PageKeys keys, Report report) {
        String text = item.body().plainText();
        if (text.isEmpty()) {
            report.add("an empty decision was skipped", item.start());
            return null;
        }
        DecisionTags.Parsed tags = DecisionTags.parse(item.text("tags"));
        if (!tags.leftOut().isEmpty()) {
            report.add("decision " + quote(text) + ": tags longer than " + DecisionTags.MAX_LENGTH + " characters or beyond the first "
                    + DecisionTags.MAX_TAGS + " were left out: " + String.join(", ", tags.leftOut().stream().map(MemoDraft::quote).toList()),
                    item.parameters().get("tags").at());
        }
        return new DecisionParts(itemKey(item, "decision", keys, report, lowerCase(text)), text, tags.tags(), new ArrayList<>());
    }

    /** Adds a read action; one written inside a decision's body is that decision's too. */
    private static void addAction(List<MemoAction> actions, MemoAction action, ItemDraft item, Map<ItemDraft, DecisionParts> decisions) {
        if (action == null) return;
        actions.add(action);
        DecisionParts decision = item.enclosingDecision() == null ? null : decisions.get(item.enclosingDecision());
        if (decision != null) decision.actionKeys().add(action.key());
    }

    private static MemoAction macroAction(ItemDraft item, PageKeys keys, Report report) {
        String text = item.body().plainText();
        if (text.isEmpty()) {
            report.add("an action without text was skipped", item.start());
            return null;
        }
        String key = itemKey(item, "action", keys, report, lowerCase(text));
        String dueText = item.text("due");
        LocalDate due = dueText == null ? null
                : readDate(dueText, "action " + quote(text) + ": due", item.parameters().get("due").at(), report);
        return new MemoAction(key, ActionSource.MACRO, text, firstUser(item.parameters().get("assignee")),
                item.text("owner"), due, null, firstUser(item.parameters().get("follow-up")));
    }

    private static MemoAction task(ItemDraft item, PageKeys keys, Report report) {
        String text = item.body().plainText();
        if (text.isEmpty()) {
            report.add("an empty task was skipped", item.start());
            return null;
        }
        String taskId = item.taskId().trimmedText();
        String key = taskId != null
                ? report.claimExplicit(keys, "task", "task-" + taskId, item.start())
                : keys.claim(PageKeys.derive("task-h", report.memoKey(), lowerCase(text)));
        String datetime = item.body().firstTime();
        String dueText = datetime == null ? null : StorageText.trimToNull(datetime);
        LocalDate due = dueText == null ? null
                : readDate(dueText, "task " + quote(text) + ": due date", item.body().firstTimeAt(), report);
        ActionStatus status = ActionStatus.fromWireName(item.taskStatus().trimmedText()).orElse(ActionStatus.OPEN);
        return new MemoAction(key, ActionSource.TASK, text, item.body().firstUser(), null, due, status);
    }

    /** The macro id when there is one, else a key derived from the memo key and the item's content. */
    private static String itemKey(ItemDraft item, String noun, PageKeys keys, Report report, String... content) {
        if (item.macroId() != null) return report.claimExplicit(keys, noun, item.macroId(), item.start());
        String[] parts = new String[content.length + 1];
        parts[0] = report.memoKey();
        System.arraycopy(content, 0, parts, 1, content.length);
        return keys.claim(PageKeys.derive(noun, parts));
    }

    private String text(String parameterName) {
        ParameterValue value = parameters.get(parameterName);
        return value == null ? null : value.text();
    }

    private List<UserRef> users(String parameterName) {
        ParameterValue value = parameters.get(parameterName);
        return value == null ? List.of() : value.users();
    }

    private static UserRef firstUser(ParameterValue value) {
        return value == null ? null : value.firstUser();
    }

    /** Strictly {@code yyyy-MM-dd} and a day that exists, whatever the year; null otherwise. */
    static LocalDate parseDate(String text) {
        return SupportedDates.parseIso(text);
    }

    /**
     * The date a page gives, or null: reports an invalid date and a real one outside the supported years
     * ({@link SupportedDates}) alike, so the item is kept without the date and the author sees why.
     */
    private static LocalDate readDate(String text, String what, BodyPosition at, Report report) {
        if (text == null) return null;
        LocalDate date = parseDate(text);
        if (date == null) {
            report.add(what + " \"" + text + "\" is not a real date" + DATE_EXPECTED, at);
        } else if (!SupportedDates.isSupported(date)) {
            report.add(what + " \"" + text + "\" is outside the supported years " + SupportedDates.FIRST_YEAR + " to "
                    + SupportedDates.LAST_YEAR + "; it is left empty", at);
            return null;
        }
        return date;
    }

    private static <T> void addIfPresent(List<T> list, T item) {
        if (item != null) list.add(item);
    }

    private static String lowerCase(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static String quote(String text) {
        if (text.length() <= QUOTE_LIMIT) return "\"" + text + "\"";
        int end = Character.isHighSurrogate(text.charAt(QUOTE_LIMIT - 1)) ? QUOTE_LIMIT - 1 : QUOTE_LIMIT;
        return "\"" + text.substring(0, end) + "…\"";
    }

    /** Problems of one memo: each message starts with the memo's name and carries its key. */
    private record Report(String memoLabel, String memoKey, List<ParseProblem> problems) {

        void add(String message, BodyPosition at) {
            problems.add(new ParseProblem(memoLabel + ": " + message, at.line(), at.column(), memoKey));
        }

        /** Claims an id written on the page; a second copy of the same id gets a suffix and a problem. */
        String claimExplicit(PageKeys keys, String noun, String id, BodyPosition at) {
            String key = keys.claim(id);
            if (!key.equals(id)) duplicateId(noun, id, key, at);
            return key;
        }

        void duplicateId(String noun, String id, String key, BodyPosition at) {
            add(noun + " id \"" + id + "\" is used more than once on this page (copied content?); this copy was read as \""
                    + key + "\"", at);
        }
    }
}
