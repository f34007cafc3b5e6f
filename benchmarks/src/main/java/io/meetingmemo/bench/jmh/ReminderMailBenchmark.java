package io.meetingmemo.bench.jmh;

import io.meetingmemo.bench.data.AppDatabase;
import io.meetingmemo.mail.domain.MailAddress;
import io.meetingmemo.mail.domain.OutgoingMail;
import io.meetingmemo.reminder.app.ReminderMails;
import io.meetingmemo.reminder.domain.DueItem;
import io.meetingmemo.reminder.domain.DueReason;
import io.meetingmemo.reminder.domain.PersonReminder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One person's reminder mail, HTML and text, in the person's language, made by the app's {@link ReminderMails} (its
 * Velocity templates, translations and the one presenter): 100 items (the most a mail lists) against the same mail
 * with one item. The budget is 5 ms for the 100-item mail.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReminderMailBenchmark extends DatabaseParams {
    private AppDatabase db;
    private ReminderMails mails;
    private PersonReminder hundred;
    private PersonReminder one;
    private final MailAddress to = new MailAddress("person@example.org");
    private String name;

    @Setup
    public void open() {
        db = AppDatabase.open(database(), people());
        mails = db.app().get("reminderMails", ReminderMails.class);
        String key = people().rank(0).userKey();
        name = people().rank(0).fullName();
        hundred = reminder(key, 100);
        one = reminder(key, 1);
    }

    private static PersonReminder reminder(String key, int items) {
        PersonReminder reminder = new PersonReminder(key);
        for (int i = 0; i < items; i++) {
            reminder.add(new DueItem(i + 1, 3_000_000_000L + i % 7, "BENCH", "Ohjausryhmä " + (i % 7), "m1", "Ohjausryhmä", null,
                    "Tehtävä numero " + i + " <b>ja</b> @petri", key, null, ReminderRunBenchmark.DAY.minusDays(i % 10),
                    DueReason.values()[i % DueReason.values().length]));
        }
        return reminder;
    }

    @TearDown
    public void close() { db.close(); }

    @Benchmark
    public OutgoingMail mailOf100Items() {
        return mails.compose(hundred, name, to, OutgoingMail.MailFormat.HTML, ReminderRunBenchmark.DAY);
    }

    @Benchmark
    public OutgoingMail mailOf1Item() {
        return mails.compose(one, name, to, OutgoingMail.MailFormat.HTML, ReminderRunBenchmark.DAY);
    }
}
