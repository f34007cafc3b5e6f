package io.meetingmemo.bench.jmh;

import io.meetingmemo.bench.data.DataSetGenerator;
import io.meetingmemo.bench.data.People;
import io.meetingmemo.memo.domain.ActionSource;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.memo.domain.Contact;
import io.meetingmemo.memo.domain.Guest;
import io.meetingmemo.memo.domain.Memo;
import io.meetingmemo.memo.domain.MemoAction;
import io.meetingmemo.memo.domain.StorageFormatWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The page versions a sync benchmark saves: a memo with a given number of actions; an edit of it in which a
 * tenth of the macro actions were reworded, up to five tasks were ticked or unticked and two actions were
 * deleted; and the same edit that also adds two actions. Saving the original and the edit in turn changes
 * the same rows every time.
 */
public record SyncPages(String original, String edited, String editedWithAdditions) {
    public static SyncPages of(int actions, long seed, People people) {
        Memo drawn = DataSetGenerator.memoPage(actions, seed, people).memos().get(0);
        // One action of an owner without an account on every size of page, kept by the edits: such owners cost the sync
        // its erasure check (one statement), which the generator's draw would give one size and not the other.
        List<MemoAction> withExternalOwner = new ArrayList<>(drawn.actions());
        withExternalOwner.add(new MemoAction("sync-ulkoinen", ActionSource.MACRO, "Vieras Yksi lähettää aineiston", null, "Vieras Yksi",
                null, null));
        Memo generated = withActions(drawn, withExternalOwner);
        // The same two guests and one contact on every size of page, so that sizes differ only in their actions (the
        // generator draws 0–4 guests and 0–2 contacts a memo, and guests cost the contacts register its own statements).
        Memo memo = new Memo(generated.key(), generated.title(), generated.date(), generated.time(), generated.location(),
                generated.series(), generated.attendees(), generated.absent(), generated.minutesBy(),
                List.of(new Guest("sync-vieras-1", "Vieras Yksi", "Jyväskylän yliopisto", "asiantuntija", "vieras.yksi@example.org"),
                        new Guest("sync-vieras-2", "Vieras Kaksi", "JAMK", "suunnittelija", null)),
                List.of(new Contact("sync-kontakti-1", "Yhteyshenkilö Kolme", "Keskisuomalainen", "toimittaja", null, null, null, null)),
                generated.decisions(), generated.actions());
        List<MemoAction> edited = new ArrayList<>();
        int reworded = 0, toggled = 0;
        for (int i = 2; i < memo.actions().size(); i++) {
            MemoAction a = memo.actions().get(i);
            if (a.source() == ActionSource.MACRO && reworded < Math.max(1, actions / 10)) {
                reworded++;
                a = new MemoAction(a.key(), a.source(), a.text() + " (päivitetty)", a.assignee(), a.owner(), a.due(), a.pageStatus());
            } else if (a.source() == ActionSource.TASK && toggled < 5) {
                toggled++;
                ActionStatus flipped = a.pageStatus() == ActionStatus.DONE ? ActionStatus.OPEN : ActionStatus.DONE;
                a = new MemoAction(a.key(), a.source(), a.text(), a.assignee(), a.owner(), a.due(), flipped);
            }
            edited.add(a);
        }
        List<MemoAction> extended = new ArrayList<>(edited);
        for (int i = 0; i < 2; i++) {
            extended.add(new MemoAction("lisatty-" + i, ActionSource.MACRO, "Uusi tehtävä " + i, null, "Kokoustiimi", null, null));
        }
        StorageFormatWriter writer = new StorageFormatWriter();
        return new SyncPages(writer.write(memo), writer.write(withActions(memo, edited)), writer.write(withActions(memo, extended)));
    }

    private static Memo withActions(Memo m, List<MemoAction> actions) {
        return new Memo(m.key(), m.title(), m.date(), m.time(), m.location(), m.series(), m.attendees(), m.absent(), m.minutesBy(),
                m.guests(), m.contacts(), m.decisions(), actions);
    }

    /** The version to save on the n-th save of the page: the original first, then the edit, and so on in turn. */
    public String version(long save) { return save % 2 == 0 ? original : edited; }
}
