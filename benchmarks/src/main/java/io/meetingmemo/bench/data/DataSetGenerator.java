package io.meetingmemo.bench.data;

import io.meetingmemo.memo.domain.ActionSource;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.memo.domain.Contact;
import io.meetingmemo.memo.domain.Decision;
import io.meetingmemo.memo.domain.Guest;
import io.meetingmemo.memo.domain.Memo;
import io.meetingmemo.memo.domain.MemoAction;
import io.meetingmemo.memo.domain.StorageFormatWriter;
import io.meetingmemo.memo.domain.UserRef;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A seeded, deterministic stream of memo pages holding exactly {@code items} tracked action items: the
 * same seed gives the same pages, bodies and statuses on every machine. Bodies are written with the
 * app's {@link StorageFormatWriter}. The shape follows real minutes: most memos have a handful of
 * actions, some none, a few up to 100; roughly 30% are native tasks; 15% have no due date; items of
 * old meetings are mostly done and the rest of them overdue; a few pages lost items in a later edit
 * (removed rows) or went to the trash.
 */
public final class DataSetGenerator implements Iterator<GeneratedPage> {
    /** "Today" of every data set; due dates and statuses are spread around it. */
    public static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 11, 23);
    /** Meetings reach back three years. */
    private static final int HISTORY_DAYS = 3 * 365;
    private static final double NO_DUE_DATE = 0.15;
    private static final double TASK_SHARE = 0.3;
    private static final double TWO_MEMOS = 0.03;
    private static final double HAS_DROPS = 0.05;
    private static final double TRASHED = 0.005;
    /** Intro paragraph before the memo, as the editor writes it (with a no-break space). */
    private static final String INTRO = "<p>Esityslista ja liitteet&nbsp;– katso alla.</p>\n";

    private final long items;
    private final People people;
    private final Random random;
    private final List<GeneratedPage.Space> spaces;
    private final Map<String, Set<String>> titlesBySpace = new HashMap<>();
    private final StorageFormatWriter writer = new StorageFormatWriter();
    private long generatedItems;
    private long ordinal;

    public DataSetGenerator(long items, long seed, People people) {
        if (items < 0) throw new IllegalArgumentException("items must not be negative");
        this.items = items;
        this.people = people;
        this.random = new Random(seed);
        this.spaces = spaces((int) Math.max(3, Math.min(60, items / 20_000)));
    }

    public List<GeneratedPage.Space> spaces() { return spaces; }

    public People people() { return people; }

    @Override public boolean hasNext() { return generatedItems < items; }

    @Override
    public GeneratedPage next() {
        if (!hasNext()) throw new NoSuchElementException();
        int remaining = (int) Math.min(Integer.MAX_VALUE, items - generatedItems);
        GeneratedPage page = page(ordinal++, spaces.get(random.nextInt(spaces.size())), remaining, null);
        generatedItems += page.trackedItems();
        return page;
    }

    /**
     * A page with one memo of exactly {@code actions} actions (no drops, not trashed), for benchmarks
     * that need a page of a given size; the same for the same arguments.
     */
    public static GeneratedPage memoPage(int actions, long seed, People people) {
        DataSetGenerator generator = new DataSetGenerator(actions, seed, people);
        return generator.page(0, generator.spaces.get(0), actions, actions);
    }

    /** A page without a memo, as most Confluence pages are: text, a table, a macro and tasks of the page. */
    public static String pageWithoutMemo(int paragraphs) {
        StringBuilder body = new StringBuilder("<h1>Toimintasuunnitelma</h1>\n");
        for (int i = 0; i < paragraphs; i++) {
            body.append("<p>Kappale ").append(i + 1).append(": tavoitteet, vastuut ja aikataulu&nbsp;– ")
                    .append("<strong>tärkeä</strong> päivitys <a href=\"https://example.org/ohje\">ohjeeseen</a>.</p>\n");
        }
        body.append("<table><tbody><tr><th>Vaihe</th><th>Vastuu</th></tr><tr><td>Suunnittelu</td><td>Tiimi</td></tr></tbody></table>\n")
                .append("<ac:structured-macro ac:name=\"info\" ac:schema-version=\"1\"><ac:rich-text-body><p>Huom! Päivitetään kuukausittain.</p>")
                .append("</ac:rich-text-body></ac:structured-macro>\n")
                .append("<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status>")
                .append("<ac:task-body>Tarkista luvut</ac:task-body></ac:task></ac:task-list>\n");
        return body.toString();
    }

    /**
     * @param maxItems     at most this many tracked items (the data set's remainder)
     * @param exactActions when not null, the first memo has exactly this many actions and nothing else varies
     */
    private GeneratedPage page(long pageOrdinal, GeneratedPage.Space space, int maxItems, Integer exactActions) {
        LocalDate day = REFERENCE_DAY.minusDays(random.nextInt(HISTORY_DAYS + 1));
        People.Person author = people.anyone(random);
        boolean twoMemos = exactActions == null && random.nextDouble() < TWO_MEMOS;
        int budget = maxItems;
        List<MemoAction> dropped = new ArrayList<>();
        Set<String> closedThroughRest = new HashSet<>();
        List<Memo> memos = new ArrayList<>();
        int taskIds = 0;
        for (int m = 0; m < (twoMemos ? 2 : 1); m++) {
            int actionCount = Math.min(budget, exactActions != null ? exactActions : actionCount());
            budget -= actionCount;
            List<MemoAction> actions = new ArrayList<>(actionCount);
            for (int a = 0; a < actionCount; a++) {
                boolean task = random.nextDouble() < TASK_SHARE;
                Drafted drafted = action(space, day, task ? "task-" + (++taskIds) : uuid(), task);
                if (!task && drafted.done()) closedThroughRest.add(drafted.action().key());
                actions.add(drafted.action());
            }
            if (m == 0 && exactActions == null && budget > 0 && random.nextDouble() < HAS_DROPS) {
                int drops = Math.min(budget, 1 + random.nextInt(3));
                budget -= drops;
                for (int d = 0; d < drops; d++) dropped.add(action(space, day, uuid(), false).action());
            }
            memos.add(memo(space, day, actions, author));
        }
        String title = uniqueTitle(space, memos.get(0).title() + " " + day);
        String body = INTRO + writer.write(memos);
        String firstDraft = null;
        if (!dropped.isEmpty()) {
            List<Memo> draft = new ArrayList<>(memos);
            Memo first = draft.get(0);
            List<MemoAction> draftActions = new ArrayList<>(first.actions());
            draftActions.addAll(dropped);
            draft.set(0, withActions(first, draftActions));
            firstDraft = INTRO + writer.write(draft);
        }
        boolean trashed = exactActions == null && random.nextDouble() < TRASHED;
        return new GeneratedPage(pageOrdinal, space, title, author, day, memos, body, firstDraft, dropped,
                closedThroughRest, trashed);
    }

    /** 10% of memos have no actions, 60% have 1–20, 25% 21–60 and 5% 61–100: about 20 on average. */
    private int actionCount() {
        double r = random.nextDouble();
        if (r < 0.10) return 0;
        if (r < 0.70) return 1 + random.nextInt(20);
        if (r < 0.95) return 21 + random.nextInt(40);
        return 61 + random.nextInt(40);
    }

    /** An action and whether it is done: a task says so on the page, a macro action's status lives in the tracker. */
    private record Drafted(MemoAction action, boolean done) {}

    private Drafted action(GeneratedPage.Space space, LocalDate day, String key, boolean task) {
        String text = Vocabulary.actionText(random, space.swedish());
        double who = random.nextDouble();
        UserRef assignee = who < 0.85 ? UserRef.byKey(people.assignee(random).userKey()) : null;
        String owner = !task && assignee == null && who < 0.95 ? Vocabulary.pick(random, Vocabulary.EXTERNAL_OWNERS) : null;
        LocalDate due = random.nextDouble() < NO_DUE_DATE ? null : day.plusDays(3 + random.nextInt(58));
        // Items whose day lies more than two weeks back are mostly done; newer ones mostly open.
        LocalDate itemDay = due != null ? due : day;
        boolean done = random.nextDouble() < (itemDay.isBefore(REFERENCE_DAY.minusDays(14)) ? 0.8 : 0.2);
        ActionStatus pageStatus = task ? (done ? ActionStatus.DONE : ActionStatus.OPEN) : null;
        return new Drafted(new MemoAction(key, task ? ActionSource.TASK : ActionSource.MACRO, text, assignee, owner, due, pageStatus), done);
    }

    private Memo memo(GeneratedPage.Space space, LocalDate day, List<MemoAction> actions, People.Person author) {
        boolean sv = space.swedish();
        String title = Vocabulary.pick(random, sv ? Vocabulary.SWEDISH_MEETINGS : Vocabulary.FINNISH_MEETINGS);
        String series = random.nextDouble() < 0.8 ? space.key().toLowerCase(Locale.ROOT) + "-" + title.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}]+", "-") : null;
        List<UserRef> attendees = new ArrayList<>();
        int attendeeCount = 3 + random.nextInt(10);
        for (int i = 0; i < attendeeCount; i++) {
            UserRef user = UserRef.byKey(people.anyone(random).userKey());
            if (!attendees.contains(user)) attendees.add(user);
        }
        List<UserRef> absent = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            UserRef user = UserRef.byKey(people.anyone(random).userKey());
            if (!attendees.contains(user) && !absent.contains(user)) absent.add(user);
        }
        List<Guest> guests = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            People.Person guest = People.stranger(random);
            guests.add(new Guest(uuid(), guest.fullName(), Vocabulary.pick(random, Vocabulary.ORGANISATIONS),
                    Vocabulary.pick(random, Vocabulary.ROLES), guest.username() + "@example.org"));
        }
        List<Contact> contacts = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            contacts.add(new Contact(uuid(), "Yhteyshenkilö " + (i + 1), Vocabulary.pick(random, Vocabulary.ORGANISATIONS),
                    Vocabulary.pick(random, Vocabulary.ROLES), null, "+358 40 " + (1_000_000 + random.nextInt(9_000_000)),
                    UserRef.byKey(people.anyone(random).userKey()), sv ? "Ringer tillbaka i nästa vecka." : "Soittaa takaisin ensi viikolla."));
        }
        List<Decision> decisions = new ArrayList<>();
        for (int i = random.nextInt(7); i > 0; i--) {
            decisions.add(new Decision(uuid(), Vocabulary.pick(random, sv ? Vocabulary.SWEDISH_DECISIONS : Vocabulary.FINNISH_DECISIONS)));
        }
        String time = String.format(Locale.ROOT, "%02d:00-%02d:30", 8 + random.nextInt(8), 9 + random.nextInt(8));
        return new Memo(uuid(), title, day, time, Vocabulary.pick(random, Vocabulary.LOCATIONS), series, attendees, absent,
                UserRef.byKey(author.userKey()), guests, contacts, decisions, actions);
    }

    private static Memo withActions(Memo m, List<MemoAction> actions) {
        return new Memo(m.key(), m.title(), m.date(), m.time(), m.location(), m.series(), m.attendees(), m.absent(),
                m.minutesBy(), m.guests(), m.contacts(), m.decisions(), actions);
    }

    /** Confluence keeps titles unique within a space. */
    private String uniqueTitle(GeneratedPage.Space space, String title) {
        Set<String> titles = titlesBySpace.computeIfAbsent(space.key(), k -> new HashSet<>());
        String unique = title;
        for (int n = 2; !titles.add(unique); n++) unique = title + " (" + n + ")";
        return unique;
    }

    /** Macro ids are UUIDs in Confluence; these come from the seeded random, so they repeat run after run. */
    private String uuid() { return new UUID(random.nextLong(), random.nextLong()).toString(); }

    private static List<GeneratedPage.Space> spaces(int count) {
        List<GeneratedPage.Space> spaces = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int base = i % Vocabulary.SPACE_NAMES.length;
            String name = Vocabulary.SPACE_NAMES[base];
            String key = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT)
                    + (i < Vocabulary.SPACE_NAMES.length ? "" : String.valueOf(i / Vocabulary.SPACE_NAMES.length + 1));
            spaces.add(new GeneratedPage.Space(key, name + (i < Vocabulary.SPACE_NAMES.length ? "" : " " + (i / Vocabulary.SPACE_NAMES.length + 1)),
                    base >= Vocabulary.FIRST_SWEDISH_SPACE));
        }
        return spaces;
    }
}
