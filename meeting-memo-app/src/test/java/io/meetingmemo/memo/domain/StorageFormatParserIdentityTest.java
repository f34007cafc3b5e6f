package io.meetingmemo.memo.domain;

import static io.meetingmemo.memo.domain.StorageFixtures.macro;
import static io.meetingmemo.memo.domain.StorageFixtures.memo;
import static io.meetingmemo.memo.domain.StorageFixtures.parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorageFormatParserIdentityTest {

    private static final String MEMO_PARAMETERS = parameter("title", "Viikkopalaveri") + parameter("date", "2024-05-16")
            + parameter("time", "10:00-11:00") + parameter("series", "EF-viestintätiimi")
            + parameter("location", "Agora");

    private final StorageFormatParser parser = new StorageFormatParser();

    @Test
    void usesMacroIdsAndTaskIdsAsKeys() {
        String body = memo("5f0c", "", macro("memo-guest", "g-1", parameter("name", "Anna"), null)
                + macro("memo-contact", "c-1", parameter("name", "Petri"), null)
                + macro("memo-decision", "d-1", "", "Päätös") + macro("memo-action", "a-1", "", "Tehtävä")
                + "<ac:task-list><ac:task><ac:task-id> 17 </ac:task-id><ac:task-body>Tee</ac:task-body></ac:task></ac:task-list>");

        Memo memo = parser.parse(body).memos().get(0);

        assertEquals("5f0c", memo.key());
        assertEquals("g-1", memo.guests().get(0).key());
        assertEquals("c-1", memo.contacts().get(0).key());
        assertEquals("d-1", memo.decisions().get(0).key());
        assertEquals(List.of("a-1", "task-17"), memo.actions().stream().map(MemoAction::key).toList());
    }

    @Test
    void derivesKeysFromContentWhenTheStorageHasNoIds() {
        String body = memo(null, MEMO_PARAMETERS, macro("memo-guest", null, parameter("name", "Anna Lehtonen")
                        + parameter("organisation", "Gradia"), null)
                + macro("memo-contact", null, parameter("name", "Petri"), null)
                + macro("memo-decision", null, "", "<p>Yhteisosasto  Studia-messuille</p>")
                + macro("memo-action", null, "", "<p>Send the <b>minutes</b></p>")
                + "<ac:task-list><ac:task><ac:task-body>Varaa tila</ac:task-body></ac:task></ac:task-list>");

        Memo memo = parser.parse(body).memos().get(0);

        String memoKey = "memo-" + sha256Hex12("Viikkopalaveri|2024-05-16|10:00-11:00|EF-viestintätiimi|Agora");
        assertEquals(memoKey, memo.key());
        assertEquals("guest-" + sha256Hex12(memoKey + "|anna lehtonen|gradia"), memo.guests().get(0).key());
        assertEquals("contact-" + sha256Hex12(memoKey + "|petri|"), memo.contacts().get(0).key());
        assertEquals("decision-" + sha256Hex12(memoKey + "|yhteisosasto studia-messuille"), memo.decisions().get(0).key());
        assertEquals(List.of("action-" + sha256Hex12(memoKey + "|send the minutes"),
                        "task-h-" + sha256Hex12(memoKey + "|varaa tila")),
                memo.actions().stream().map(MemoAction::key).toList());
    }

    @Test
    void derivedKeysStayTheSameAcrossParsesOfTheSameText() {
        String body = memo(null, MEMO_PARAMETERS, macro("memo-action", null, "", "<p>Send the minutes</p>")
                + macro("memo-decision", null, "", "<p>Agreed</p>"));

        ParsedPage first = new StorageFormatParser().parse(body);
        ParsedPage second = new StorageFormatParser().parse(body);

        assertEquals(first, second);
    }

    @Test
    void derivedKeysFollowTheContentNotThePosition() {
        String action = macro("memo-action", null, "", "<p>Send the minutes</p>");
        String before = memo(null, MEMO_PARAMETERS, action);
        String after = "<p>A new paragraph above everything</p>" + memo(null, MEMO_PARAMETERS,
                "<p>Discussion first.</p>" + macro("memo-action", null, "", "<p>A new action above</p>")
                        + macro("memo-action", null, "", "<p>send  the\u00A0MINUTES</p>"));

        String keyBefore = parser.parse(before).memos().get(0).actions().get(0).key();
        List<MemoAction> actionsAfter = parser.parse(after).memos().get(0).actions();

        assertEquals(keyBefore, actionsAfter.get(1).key());
        assertNotEquals(keyBefore, actionsAfter.get(0).key());
    }

    @Test
    void anItemRemovedAndAddedAgainGetsItsKeyBack() {
        String kept = macro("memo-decision", null, "", "<p>Kept</p>");
        String returning = macro("memo-decision", null, "", "<p>Comes back</p>");

        String original = parser.parse(memo(null, MEMO_PARAMETERS, kept + returning)).memos().get(0)
                .decisions().get(1).key();
        List<Decision> withoutIt = parser.parse(memo(null, MEMO_PARAMETERS, kept)).memos().get(0).decisions();
        String again = parser.parse(memo(null, MEMO_PARAMETERS, returning + kept)).memos().get(0)
                .decisions().get(0).key();

        assertEquals(1, withoutIt.size());
        assertEquals(original, again);
    }

    @Test
    void numbersEqualDerivedKeysInDocumentOrderWithoutComplaint() {
        String same = macro("memo-action", null, "", "<p>Follow up</p>");
        String body = memo(null, MEMO_PARAMETERS, same + same + same);

        ParsedPage page = parser.parse(body);

        String base = page.memos().get(0).actions().get(0).key();
        assertTrue(base.startsWith("action-"));
        assertEquals(List.of(base, base + "-2", base + "-3"),
                page.memos().get(0).actions().stream().map(MemoAction::key).toList());
        assertEquals(List.of(), page.problems());
    }

    @Test
    void twoMemosWithTheSameParametersGetDistinctKeys() {
        String body = memo(null, MEMO_PARAMETERS, "") + memo(null, MEMO_PARAMETERS, "");

        List<Memo> memos = parser.parse(body).memos();

        assertEquals(memos.get(0).key() + "-2", memos.get(1).key());
    }

    @Test
    void keepsTheFirstOfDuplicateIdsAndSuffixesAndReportsLaterOnes() {
        String copy = memo("m1", parameter("title", "Copied"), macro("memo-decision", "d1", "", "<p>Same</p>")
                + "<ac:task-list><ac:task><ac:task-id>4</ac:task-id><ac:task-body>Task</ac:task-body></ac:task></ac:task-list>");
        String body = copy + "\n" + copy;

        ParsedPage page = parser.parse(body);

        assertEquals(List.of("m1", "m1-2"), page.memos().stream().map(Memo::key).toList());
        assertEquals("d1", page.memos().get(0).decisions().get(0).key());
        assertEquals("d1-2", page.memos().get(1).decisions().get(0).key());
        assertEquals("task-4-2", page.memos().get(1).actions().get(0).key());
        assertEquals(List.of(
                "memo \"Copied\": memo id \"m1\" is used more than once on this page (copied content?); this copy was read"
                        + " as \"m1-2\"",
                "memo \"Copied\": decision id \"d1\" is used more than once on this page (copied content?); this copy was"
                        + " read as \"d1-2\"",
                "memo \"Copied\": task id \"task-4\" is used more than once on this page (copied content?); this copy was"
                        + " read as \"task-4-2\""),
                page.problems().stream().map(ParseProblem::message).toList());
        assertTrue(page.problems().stream().allMatch(problem -> problem.line() == 2 && "m1-2".equals(problem.memoKey())));
    }

    private static String sha256Hex12(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
