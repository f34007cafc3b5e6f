package io.meetingmemo.it.tracker;

import static io.meetingmemo.it.tracker.MemoRecordsTest.memo;
import static io.meetingmemo.it.tracker.MemoRecordsTest.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.embeddedao.StatementCounter;
import io.meetingmemo.mail.domain.OutgoingMail;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.reminder.ao.AoReminderStore;
import io.meetingmemo.reminder.domain.PersonSettings;
import io.meetingmemo.it.tracker.ReminderRunTest.RecordingMail;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15: the item of an owner without an account goes to the follow-up owner the action names ({@code follow-up}),
 * when that person may view the page, else to the memo's minute-taker; an owner with an account gets their own item
 * and the follow-up owner is not mailed for it. The weekly digest lists items by the same rule. On H2, HSQLDB and
 * PostgreSQL when configured, with the host's people, pages and permissions; today is Monday 2026-11-23.
 */
class FollowUpRemindersTest {
    private static final String DBS = "io.meetingmemo.testsupport.TestDatabases#all";

    private static String email(String username) { return username + "@example.org"; }

    private static String minutesBy(String username) { return param("minutes-by", "<ri:user ri:username=\"" + username + "\"/>"); }

    /** A memo action; {@code assignee} and {@code followUp} are usernames (null: none), {@code owner} free text. */
    static String action(String id, String assignee, String owner, String followUp, String due, String text) {
        return "<ac:structured-macro ac:name=\"memo-action\" ac:schema-version=\"1\" ac:macro-id=\"" + id + "\">"
                + (assignee == null ? "" : param("assignee", "<ri:user ri:username=\"" + assignee + "\"/>"))
                + (owner == null ? "" : param("owner", owner))
                + (followUp == null ? "" : param("follow-up", "<ri:user ri:username=\"" + followUp + "\"/>"))
                + param("due", due) + "<ac:rich-text-body><p>" + text + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    private static OutgoingMail mailTo(RecordingMail mail, String username) {
        return mail.sent.stream().filter(m -> m.to().value().equals(email(username))).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + username + "; mailed: " + mail.recipients()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void anExternalOwnersItemGoesToItsFollowUpOwnerAndWithoutOneToTheMinuteTaker(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(1, "EDU", "Johtoryhmä 20.11.", memo("m1", param("title", "Johtoryhmä") + param("date", "2026-11-20") + minutesBy("C"),
                    action("x1", null, "Olli Outsider", "B", "2026-11-23", "Olli sends the offer"),
                    action("x2", null, "Outi Outsider", null, "2026-11-23", "Outi sends the report"),
                    action("a1", "A", null, "B", "2026-11-23", "A books the hall")));
            ActionItem stored = t.repository.findByPage(1).stream().filter(i -> i.itemKey().equals("x1")).findFirst().orElseThrow();
            assertEquals(t.key("B"), stored.followUpKey(), "the follow-up owner is stored by user key");
            assertNull(t.repository.findByPage(1).stream().filter(i -> i.itemKey().equals("x2")).findFirst().orElseThrow().followUpKey());

            RecordingMail mail = new RecordingMail();
            assertTrue(ReminderRunTest.run(t, mail).runIfDue().ran());

            assertEquals(List.of(email("A"), email("B"), email("C")), mail.recipients());
            OutgoingMail toB = mailTo(mail, "B");
            assertTrue(toB.text().contains("Olli sends the offer"), "B follows up Olli's item:\n" + toB.text());
            assertFalse(toB.text().contains("Outi sends the report"), "Outi's item names no follow-up owner");
            assertFalse(toB.text().contains("A books the hall"), "A has an account: the item is A's, not the follow-up owner's");
            assertTrue(toB.text().contains("Owner without an account: Olli Outsider"), "whose item B follows up:\n" + toB.text());
            assertTrue(toB.html().contains("Owner without an account: Olli Outsider"), toB.html());
            assertFalse(mailTo(mail, "A").text().contains("Owner without an account"), "A's own item names no other owner");
            OutgoingMail toC = mailTo(mail, "C");
            assertTrue(toC.text().contains("Outi sends the report"), "the minute-taker follows up an item without a follow-up owner");
            assertFalse(toC.text().contains("Olli sends the offer"), "the minute-taker is not mailed for an item with a follow-up owner");
            assertTrue(mailTo(mail, "A").text().contains("A books the hall"));
            assertFalse(mailTo(mail, "A").text().contains("Olli"), "A follows nothing up");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void aFollowUpOwnerWhoMayNotViewThePageIsDeactivatedOrUnknownLeavesTheItemToTheMinuteTaker(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(1, "EDU", "Rajattu", memo("m1", param("title", "Rajattu") + minutesBy("C"),
                    action("x1", null, "Olli Outsider", "B", "2026-11-23", "Restricted from B")));
            t.save(2, "EDU", "Avoin", memo("m2", param("title", "Avoin") + minutesBy("C"),
                    action("x2", null, "Outi Outsider", "D", "2026-11-23", "Followed up by deactivated D"),
                    action("x3", null, "Otto Outsider", "nobody-has-this-name", "2026-11-23", "Followed up by an unknown name"),
                    action("x4", null, "Oona Outsider", "B", "2026-11-23", "Followed up by B on an open page")));
            t.restrictViewTo(1, "C", "A");
            t.platform().users().deactivate("D");

            RecordingMail mail = new RecordingMail();
            ReminderRunTest.run(t, mail).runIfDue();

            assertEquals(List.of(email("B"), email("C")), mail.recipients(), "D is deactivated and gets nothing");
            OutgoingMail toC = mailTo(mail, "C");
            for (String text : List.of("Restricted from B", "Followed up by deactivated D", "Followed up by an unknown name")) {
                assertTrue(toC.text().contains(text), text + " falls to the minute-taker:\n" + toC.text());
            }
            assertFalse(toC.text().contains("Followed up by B on an open page"));
            OutgoingMail toB = mailTo(mail, "B");
            assertTrue(toB.text().contains("Followed up by B on an open page"));
            assertFalse(toB.text().contains("Restricted from B"), "B may not view page 1");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void theWeeklyDigestListsTheItemsAPersonFollowsUpByTheSameRule(Supplier<DatabaseConfig> db) {
        try (Tracker t = new Tracker(db.get())) {
            t.save(1, "EDU", "Johtoryhmä 20.11.", memo("m1", param("title", "Johtoryhmä") + param("date", "2026-11-20") + minutesBy("C"),
                    action("x1", null, "Olli Outsider", "B", "2026-12-20", "Olli's later offer"),
                    action("x2", null, "Outi Outsider", null, "2026-12-20", "Outi's later report"),
                    action("x3", null, "Olli Outsider", "B", "2026-12-21", "Olli's contract, closed this week"),
                    action("a1", "A", null, "B", "2026-12-20", "A's own later item")));
            t.save(2, "EDU", "Rajattu", memo("m2", param("title", "Rajattu") + minutesBy("C"),
                    action("x4", null, "Oona Outsider", "B", "2026-12-20", "Oona's item B may not view")));
            t.restrictViewTo(2, "C");
            ActionItem closing = t.repository.findByPage(1).stream().filter(i -> i.itemKey().equals("x3")).findFirst().orElseThrow();
            t.status.changeStatus(closing.id(), closing.version(), ActionStatus.DONE, t.key("B"));
            AoReminderStore store = new AoReminderStore(t.ao);
            for (String person : List.of("A", "B", "C")) {
                store.savePersonSettings(new PersonSettings(t.key(person), true, true, OutgoingMail.MailFormat.HTML, 0));
            }

            RecordingMail mail = new RecordingMail();
            ReminderRunTest.run(t, mail).runIfDue(); // Monday: the default digest day; nothing is due within two days

            assertEquals(List.of(email("A"), email("B"), email("C")), mail.recipients(), "three digests");
            String toB = mailTo(mail, "B").text();
            assertTrue(toB.contains("Olli's later offer"), toB);
            assertTrue(toB.contains("Owner without an account: Olli Outsider"), "whose items B follows up:\n" + toB);
            assertTrue(toB.contains("Closed this week\n* Olli's contract, closed this week"), toB);
            assertFalse(toB.contains("Outi's later report"), "no follow-up owner: the minute-taker's");
            assertFalse(toB.contains("A's own later item"), "an owner with an account: theirs alone");
            assertFalse(toB.contains("Oona's item B may not view"));
            String toC = mailTo(mail, "C").text();
            assertTrue(toC.contains("Outi's later report") && toC.contains("Oona's item B may not view"), toC);
            assertFalse(toC.contains("Olli's later offer"), "B follows it up");
            String toA = mailTo(mail, "A").text();
            assertTrue(toA.contains("A's own later item"));
            assertFalse(toA.contains("Olli") || toA.contains("Outi"), toA);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void itemsFollowedUpCostStatementsByRecipientsNotByItems(Supplier<DatabaseConfig> db) {
        long few;
        long many;
        try (Tracker t = new Tracker(db.get())) {
            followers(t, 20, 1);
            few = StatementCounter.count(() -> ReminderRunTest.run(t, new RecordingMail()).runIfDue());
        }
        try (Tracker t = new Tracker(db.get())) {
            followers(t, 20, 60);
            many = StatementCounter.count(() -> ReminderRunTest.run(t, new RecordingMail()).runIfDue());
        }
        System.out.printf("reminder run statements, follow-up owners: 20 recipients x 1 item = %d, 20 recipients x 60 items = %d%n",
                few, many);
        assertEquals(few, many, "sixty times the items, the same statements");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DBS)
    void weeklyDigestsOfItemsFollowedUpCostStatementsByPeopleNotByItems(Supplier<DatabaseConfig> db) {
        long few;
        long many;
        try (Tracker t = new Tracker(db.get())) {
            followers(t, 20, 1);
            digestsOn(t, 20);
            few = StatementCounter.count(() -> ReminderRunTest.run(t, new RecordingMail()).runIfDue());
        }
        try (Tracker t = new Tracker(db.get())) {
            followers(t, 20, 60);
            digestsOn(t, 20);
            many = StatementCounter.count(() -> ReminderRunTest.run(t, new RecordingMail()).runIfDue());
        }
        System.out.printf("reminder run with weekly digests, follow-up owners and the minute-taker: 20 people x 1 item = %d, "
                + "20 people x 60 items = %d%n", few, many);
        assertEquals(few, many, "sixty times the items, the same statements");
    }

    /** F00 … F(n-1) and the minute-taker C turn the weekly digest on. */
    private static void digestsOn(Tracker t, int n) {
        AoReminderStore store = new AoReminderStore(t.ao);
        List<String> people = new ArrayList<>(List.of("C"));
        for (int i = 0; i < n; i++) people.add(String.format("F%02d", i));
        for (String person : people) {
            store.savePersonSettings(new PersonSettings(t.key(person), true, true, OutgoingMail.MailFormat.HTML, 0));
        }
    }

    /** People F00 … F(n-1), each following up {@code items} items of owners without an account, due today, on a page of their own. */
    private static void followers(Tracker t, int n, int items) {
        for (int i = 0; i < n; i++) {
            String name = String.format("F%02d", i);
            t.platform().users().addPerson("user-" + name, name, name);
            List<String> parts = new ArrayList<>();
            for (int k = 0; k < items; k++) parts.add(action("f" + i + "-" + k, null, "Ulla Ulkopuolinen", name, "2026-11-23", "Item " + k));
            t.save(300 + i, "EDU", "Muistio " + name, memo("f" + i, param("title", "Muistio " + name) + minutesBy("C"),
                    parts.toArray(new String[0])));
        }
    }
}
