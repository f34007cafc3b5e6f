package io.meetingmemo.memo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Writer then parser gives back the same model, for random models the contract can represent: text
 * already normalized, required fields present, task keys of the form task-digits.
 */
class StorageFormatRoundTripTest {

    private static final int CASES = 300;

    /** Words with characters that storage format must escape, decode or keep as they are. */
    private static final String[] AWKWARD_WORDS = {"Jyväskylä", "työelämä", "Åbo", "ÄÖÅ", "<", ">", "&", "&amp;", "&nbsp;",
            "\"", "'", "\"quoted\"", "]]>", "<![CDATA[", "<!--", "-->", "<p>", "a<b>c", "😀", "👩‍💻", "𝄞", "—", "…", "ß",
            "zero\u200Bwidth", "€", "=", "/", ",", "x", "PROksi", "CRM", "2024-05-16", "10:00"};
    /** Separators inside parameter values, which keep their inner whitespace as written. */
    private static final String[] PARAMETER_SEPARATORS = {" ", " ", " ", "\u00A0", "  ", "\t", "\n", "\r\n", " \u00A0 "};

    private final StorageFormatWriter writer = new StorageFormatWriter();
    private final StorageFormatParser parser = new StorageFormatParser();

    @Test
    void writerOutputParsesBackToTheSameMemos() {
        for (int seed = 1; seed <= CASES; seed++) {
            List<Memo> memos = new ModelGenerator(new Random(seed)).page();

            String storage = writer.write(memos);
            ParsedPage parsed = parser.parse(storage);

            int failedSeed = seed;
            assertEquals(new ParsedPage(memos, List.of()), parsed, () -> "seed " + failedSeed + ":\n" + storage);
        }
    }

    @Test
    void aSingleMemoParsesBackToItself() {
        for (int seed = 1; seed <= CASES; seed++) {
            Memo memo = new ModelGenerator(new Random(-seed)).memo();

            assertEquals(List.of(memo), parser.parse(writer.write(memo)).memos(), "seed " + -seed);
        }
    }

    @Test
    void aPageReadFromAStringEqualsThePageReadFromAReaderProblemsAndPositionsIncluded() {
        // From a string the parser notes positions only on a second reading when there are problems;
        // from a reader it always notes them. Both must give the same result, broken pages included.
        for (int seed = 1; seed <= CASES; seed++) {
            String storage = writer.write(new ModelGenerator(new Random(seed * 17L)).page());
            String broken = storage.substring(0, storage.length() * (seed % 9 + 1) / 10) + "<p>&bogus;</p>";
            for (String body : List.of(storage, broken)) {
                ParsedPage fromString = parser.parse(body);
                assertEquals(parser.parse(new java.io.StringReader(body)), fromString, "seed " + seed + ":\n" + body);
                if (body == broken) assertFalse(fromString.problems().isEmpty(), "seed " + seed + " is broken");
            }
        }
    }

    @Test
    void oneParserSharedByEightThreadsReadsEveryPageAsAParserOfItsOwnWould() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int seed = 1; seed <= CASES; seed++) {
            String storage = writer.write(new ModelGenerator(new Random(seed * 31L)).page());
            bodies.add(storage);
            // Broken pages in between: a parse that stops early must not spoil the next one on the same factory.
            if (seed % 7 == 0) bodies.add(storage.substring(0, storage.length() / 2) + "<ac:structured-macro ac:name=\"x\"><p>&bogus;");
        }
        List<ParsedPage> expected = bodies.stream().map(body -> new StorageFormatParser().parse(body)).toList();
        StorageFormatParser shared = new StorageFormatParser();
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<ParsedPage>> results = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String body : bodies) results.add(threads.submit(() -> shared.parse(body)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % bodies.size()), results.get(i).get(), "page " + i % bodies.size());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** Random memos; keys are unique across the page as the parser would make them. */
    private static final class ModelGenerator {

        private final Random random;
        private int nextKey;

        ModelGenerator(Random random) {
            this.random = random;
        }

        List<Memo> page() {
            List<Memo> memos = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) memos.add(memo());
            return memos;
        }

        Memo memo() {
            return new Memo(key("memo"), maybe(this::parameterText), maybe(this::date), maybe(this::time),
                    maybe(this::parameterText), maybe(this::seriesKey), users(5), users(3), maybe(this::user),
                    list(4, this::guest), list(3, this::contact), list(4, this::decision), list(8, this::action),
                    random.nextInt(4) != 0);
        }

        private Guest guest() {
            return new Guest(key("guest"), parameterText(), maybe(this::parameterText), maybe(this::parameterText),
                    maybe(this::parameterText));
        }

        private Contact contact() {
            return new Contact(key("contact"), parameterText(), maybe(this::parameterText), maybe(this::parameterText),
                    maybe(this::parameterText), maybe(this::parameterText), maybe(this::user), maybe(this::bodyText));
        }

        private Decision decision() {
            return new Decision(key("decision"), bodyText());
        }

        private MemoAction action() {
            if (random.nextBoolean()) {
                return new MemoAction(key("action"), ActionSource.MACRO, bodyText(), maybe(this::user),
                        maybe(this::parameterText), maybe(this::date), null);
            }
            return new MemoAction("task-" + nextKey++, ActionSource.TASK, bodyText(), maybe(this::user), null,
                    maybe(this::date), random.nextBoolean() ? ActionStatus.OPEN : ActionStatus.DONE);
        }

        /** Keys are attribute values: awkward characters are fine, surrounding whitespace is not. */
        private String key(String kind) {
            return kind + "-" + nextKey++ + (random.nextInt(4) == 0 ? "-" + word() : "");
        }

        private List<UserRef> users(int max) {
            Set<UserRef> users = new LinkedHashSet<>();
            int count = random.nextInt(max + 1);
            for (int i = 0; i < count; i++) users.add(user());
            return List.copyOf(users);
        }

        /** A user by key or by name; the writer writes the key only, as Confluence does. */
        private UserRef user() {
            String identity = word() + (random.nextBoolean() ? "" : " " + word()) + random.nextInt(10);
            return random.nextBoolean() ? UserRef.byKey(identity) : UserRef.byName(identity);
        }

        /** Words joined by assorted whitespace, nothing around them. */
        /** A series as a parsed memo has one: a valid key (the parser keeps a memo with any other out of every series). */
        private String seriesKey() {
            String text = parameterText();
            return io.meetingmemo.series.domain.SeriesKey.isValid(text) ? text : "sarja-" + nextKey++;
        }

        private String parameterText() {
            StringBuilder text = new StringBuilder(word());
            int more = random.nextInt(4);
            for (int i = 0; i < more; i++) {
                text.append(PARAMETER_SEPARATORS[random.nextInt(PARAMETER_SEPARATORS.length)]).append(word());
            }
            return text.toString();
        }

        /** Body text as the parser returns it: words separated by single spaces. */
        private String bodyText() {
            StringBuilder text = new StringBuilder(word());
            int more = random.nextInt(8);
            for (int i = 0; i < more; i++) text.append(' ').append(word());
            return text.toString();
        }

        private String word() {
            return AWKWARD_WORDS[random.nextInt(AWKWARD_WORDS.length)];
        }

        private LocalDate date() {
            return LocalDate.of(1990 + random.nextInt(60), 1, 1).plusDays(random.nextInt(366));
        }

        private String time() {
            String start = String.format("%02d:%02d", random.nextInt(24), random.nextInt(60));
            return random.nextBoolean() ? start
                    : start + String.format("-%02d:%02d", random.nextInt(24), random.nextInt(60));
        }

        private <T> T maybe(Supplier<T> value) {
            return random.nextInt(3) == 0 ? null : value.get();
        }

        private <T> List<T> list(int max, Supplier<T> element) {
            List<T> list = new ArrayList<>();
            int count = random.nextInt(max + 1);
            for (int i = 0; i < count; i++) list.add(element.get());
            return list;
        }
    }
}
