package io.meetingmemo.memo.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorageFormatWriterTest {

    private final StorageFormatWriter writer = new StorageFormatWriter();
    private final StorageFormatParser parser = new StorageFormatParser();

    @Test
    void writesAMemoAsReadableStorageFormat() {
        Memo memo = new Memo("m1", "Viikkopalaveri", LocalDate.of(2024, 5, 16), "10:00-11:00", "Agora", "EF",
                List.of(UserRef.byKey("k1"), UserRef.byName("anna")), List.of(), UserRef.byKey("k1"),
                List.of(new Guest("g1", "Mikko Salo", "Urheiluakatemia", null, null)),
                List.of(), List.of(new Decision("d1", "Yhteisosasto")),
                List.of(new MemoAction("task-7", ActionSource.TASK, "Varaa tila", UserRef.byKey("k1"), null,
                        LocalDate.of(2024, 5, 20), ActionStatus.DONE)));

        assertEquals("""
                <ac:structured-macro ac:name="meeting-memo" ac:schema-version="1" ac:macro-id="m1">
                <ac:parameter ac:name="title">Viikkopalaveri</ac:parameter>
                <ac:parameter ac:name="date">2024-05-16</ac:parameter>
                <ac:parameter ac:name="time">10:00-11:00</ac:parameter>
                <ac:parameter ac:name="location">Agora</ac:parameter>
                <ac:parameter ac:name="series">EF</ac:parameter>
                <ac:parameter ac:name="attendees"><ri:user ri:userkey="k1" /><ri:user ri:username="anna" /></ac:parameter>
                <ac:parameter ac:name="minutes-by"><ri:user ri:userkey="k1" /></ac:parameter>
                <ac:rich-text-body>
                <h2>Guests</h2>
                <ac:structured-macro ac:name="memo-guest" ac:schema-version="1" ac:macro-id="g1">\
                <ac:parameter ac:name="name">Mikko Salo</ac:parameter>\
                <ac:parameter ac:name="organisation">Urheiluakatemia</ac:parameter></ac:structured-macro>
                <h2>Decisions</h2>
                <ac:structured-macro ac:name="memo-decision" ac:schema-version="1" ac:macro-id="d1">\
                <ac:rich-text-body><p>Yhteisosasto</p></ac:rich-text-body></ac:structured-macro>
                <h2>Action items</h2>
                <ac:task-list>
                <ac:task><ac:task-id>7</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body>Varaa tila \
                <ac:link><ri:user ri:userkey="k1" /></ac:link> <time datetime="2024-05-20" /></ac:task-body></ac:task>
                </ac:task-list>
                </ac:rich-text-body>
                </ac:structured-macro>""", writer.write(memo));
    }

    @Test
    void escapesMarkupAndLeavesOutCharactersXmlCannotCarry() {
        Memo memo = memo("m<1>&\"", "a < b && c > d ]]> \"q\" \u0001\uD800x", List.of(
                new Decision("d\"1", "<script>alert('x')</script> & ]]>")));

        String storage = writer.write(memo);

        assertTrue(storage.contains("ac:macro-id=\"m&lt;1&gt;&amp;&quot;\""), storage);
        assertFalse(storage.contains("<script>"), storage);
        ParsedPage page = parser.parse(storage);
        assertEquals(List.of(), page.problems());
        assertEquals("a < b && c > d ]]> \"q\" x", page.memos().get(0).title());
        assertEquals("<script>alert('x')</script> & ]]>", page.memos().get(0).decisions().get(0).text());
    }

    @Test
    void groupsRunsOfTasksIntoTaskListsBetweenMacroActions() {
        Memo memo = memoWithActions(List.of(
                task("task-1", "One"), task("task-2", "Two"), macroAction("a3", "Three"), task("task-4", "Four")));

        String storage = writer.write(memo);

        assertEquals(2, storage.split("<ac:task-list>", -1).length - 1);
        assertEquals(List.of("One", "Two", "Three", "Four"),
                parser.parse(storage).memos().get(0).actions().stream().map(MemoAction::text).toList());
    }

    @Test
    void writesOnlyNumericTaskKeysAsTaskIds() {
        Memo memo = memoWithActions(List.of(task("task-h-0123456789ab", "Derived")));

        String storage = writer.write(memo);

        assertFalse(storage.contains("<ac:task-id>"), storage);
        assertTrue(parser.parse(storage).memos().get(0).actions().get(0).key().startsWith("task-h-"));
    }

    @Test
    void writesSeveralMemosAsOnePage() {
        List<Memo> memos = List.of(memo("m1", "Eka", List.of()), memo("m2", "Toka", List.of()));

        assertEquals(memos, parser.parse(writer.write(memos)).memos());
    }

    private static Memo memo(String key, String title, List<Decision> decisions) {
        return new Memo(key, title, null, null, null, null, List.of(), List.of(), null, List.of(), List.of(), decisions,
                List.of());
    }

    private static Memo memoWithActions(List<MemoAction> actions) {
        return new Memo("m1", "T", null, null, null, null, List.of(), List.of(), null, List.of(), List.of(), List.of(),
                actions);
    }

    private static MemoAction task(String key, String text) {
        return new MemoAction(key, ActionSource.TASK, text, null, null, null, ActionStatus.OPEN);
    }

    private static MemoAction macroAction(String key, String text) {
        return new MemoAction(key, ActionSource.MACRO, text, null, null, null, null);
    }
}
