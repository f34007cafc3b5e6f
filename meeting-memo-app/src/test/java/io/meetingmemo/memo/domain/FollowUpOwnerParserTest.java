package io.meetingmemo.memo.domain;

import static io.meetingmemo.memo.domain.StorageFixtures.macro;
import static io.meetingmemo.memo.domain.StorageFixtures.memo;
import static io.meetingmemo.memo.domain.StorageFixtures.parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: {@code follow-up} on a {@code memo-action} names who follows up the item of an owner without an account.
 * The parser reads it as it reads {@code assignee} (a user link, a username or a list, the first person wins); a value
 * that names nobody is no follow-up owner and never costs the action or the memo.
 */
class FollowUpOwnerParserTest {
    private final StorageFormatParser parser = new StorageFormatParser();

    private List<MemoAction> actions(String... actionMacros) {
        ParsedPage page = parser.parse(memo("m1", parameter("title", "Johtoryhmä"), String.join("", actionMacros)));
        return page.memos().get(0).actions();
    }

    private static String action(String id, String parameters) {
        return macro("memo-action", id, parameters, "<p>Toimenpide " + id + "</p>");
    }

    @Test
    void anExternalOwnersActionNamesItsFollowUpOwnerByUserLinkOrUsername() {
        List<MemoAction> actions = actions(
                action("a1", parameter("owner", "Olli Ulkopuolinen") + parameter("follow-up", "<ri:user ri:userkey=\"k-sanna\" />")),
                action("a2", parameter("owner", "Gradia / Anna") + parameter("follow-up", "sanna")),
                action("a3", parameter("owner", "Ilman seuraajaa")));

        assertEquals(UserRef.byKey("k-sanna"), actions.get(0).followUp());
        assertEquals("Olli Ulkopuolinen", actions.get(0).owner());
        assertEquals(UserRef.byName("sanna"), actions.get(1).followUp());
        assertNull(actions.get(2).followUp(), "no follow-up: the minute-taker follows it up");
    }

    @Test
    void theFirstPersonNamedFollowsUpAndAValueNamingNobodyIsNoFollowUpOwner() {
        List<MemoAction> actions = actions(
                action("a1", parameter("owner", "Olli") + parameter("follow-up", "sanna, mikko")),
                action("a2", parameter("owner", "Olli") + parameter("follow-up", " , ,")),
                action("a3", parameter("owner", "Olli") + parameter("follow-up", "")),
                action("a4", parameter("owner", "Olli") + parameter("follow-up", "<b>bold</b> text")),
                action("a5", parameter("owner", "Olli") + parameter("follow-up", "<ri:user />")));

        assertEquals(5, actions.size(), "every action is kept");
        assertEquals(UserRef.byName("sanna"), actions.get(0).followUp());
        assertNull(actions.get(1).followUp(), "commas alone name nobody");
        assertNull(actions.get(2).followUp(), "an empty value names nobody");
        assertEquals(UserRef.byName("bold text"), actions.get(3).followUp(),
                "markup inside the value is read as text, as for the assignee; no account has that name, so reminders go to the minute-taker");
        assertNull(actions.get(4).followUp(), "a user link without a key or a name names nobody");
        for (MemoAction a : actions) assertEquals("Olli", a.owner());
    }

    @Test
    void aNativeTaskHasNoFollowUpOwner() {
        List<MemoAction> actions = actions("<ac:task-list><ac:task><ac:task-id>7</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                + "<ac:task-body>Varaa tila <ac:link><ri:user ri:userkey=\"k1\" /></ac:link></ac:task-body></ac:task></ac:task-list>");
        assertEquals(ActionSource.TASK, actions.get(0).source());
        assertNull(actions.get(0).followUp());
    }

    @Test
    void theWriterWritesTheFollowUpOwnerAndTheParserReadsItBack() {
        MemoAction written = new MemoAction("a1", ActionSource.MACRO, "Lähetä tarjous", null, "Olli Ulkopuolinen", null, null,
                UserRef.byKey("k-sanna"));
        Memo memo = parser.parse(new StorageFormatWriter().write(new Memo("m1", "Johtoryhmä", null, null, null, null,
                List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of(written)))).memos().get(0);
        assertEquals(List.of(written), memo.actions());
    }
}
