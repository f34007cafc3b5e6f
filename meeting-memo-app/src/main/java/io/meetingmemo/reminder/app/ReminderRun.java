package io.meetingmemo.reminder.app;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.meetingmemo.mail.domain.MailSender;
import io.meetingmemo.mail.domain.OutgoingMail;
import io.meetingmemo.reminder.domain.DigestSource;
import io.meetingmemo.reminder.domain.DueItemSource;
import io.meetingmemo.reminder.domain.PersonDigest;
import io.meetingmemo.reminder.domain.DueReason;
import io.meetingmemo.reminder.domain.PersonReminder;
import io.meetingmemo.reminder.domain.PersonSettings;
import io.meetingmemo.reminder.domain.RecipientDirectory;
import io.meetingmemo.reminder.domain.RecipientDirectory.Recipient;
import io.meetingmemo.reminder.domain.ReminderKind;
import io.meetingmemo.reminder.domain.ReminderSettings;
import io.meetingmemo.reminder.domain.ReminderStore;
import io.meetingmemo.reminder.domain.ReminderStore.RunCounts;
import io.meetingmemo.reminder.domain.ReminderStore.RunOutcome;
import io.meetingmemo.reminder.domain.ReminderStore.RunRecord;
import io.meetingmemo.reminder.domain.SkipReason;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The day's reminder run: once the administrator's hour has come (server time zone), every person with items due in
 * N days, due today, newly overdue or overdue for another week gets one mail listing them. Cluster-safe in the
 * database: the run holds its own cluster lock (Confluence runs a job anyway when its own lock wait times out, so two
 * runs can overlap), and each person's log row is inserted before their mail is handed over, so whichever run inserts
 * it sends and the other skips. The run records how far it got after every page of recipients; a run after a crash
 * goes on from there, and takes over the people a dead run claimed and never sent (the mail queue reports each mail
 * the server took; a node's queue is held in memory and dies with it), once the claim is too old to be a run at work.
 * Mail and bad data never fail the run: each person's problem is recorded and the run goes on.
 */
public final class ReminderRun {
    static final String LOCK = "io.meetingmemo.confluence.reminders.run";
    private static final Logger LOG = LoggerFactory.getLogger(ReminderRun.class);

    private final ReminderStore store;
    private final DueItemSource items;
    private final DigestSource digests;
    private final RecipientDirectory directory;
    private final ReminderMails mails;
    private final MailSender sender;
    private final ClusterLockService locks;
    private final Clock clock;
    private final int pageSize;

    public ReminderRun(ReminderStore store, DueItemSource items, DigestSource digests, RecipientDirectory directory,
                       ReminderMails mails, MailSender sender, ClusterLockService locks, Clock clock, int pageSize) {
        this.store = store;
        this.items = items;
        this.digests = digests;
        this.directory = directory;
        this.mails = mails;
        this.sender = sender;
        this.locks = locks;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    /** What a run did, for the scheduler's message and the administration page. */
    public record Result(boolean ran, String message, RunCounts counts) {
    }

    /** Today in the server's time zone, the day a run is for. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The scheduler's call: runs the day's reminders if they are on, the hour has come and today's run is not done. */
    public Result runIfDue() {
        ReminderSettings settings = store.settings();
        if (!settings.enabled()) return new Result(false, "reminders are turned off", RunCounts.NONE);
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (now.getHour() < settings.hour()) return new Result(false, "not yet: reminders go out from " + settings.hour() + ":00", RunCounts.NONE);
        LocalDate day = now.toLocalDate();
        // A day on which nothing could be sent (no mail server) is tried again at the next run; so is a done day with
        // mail that a node claimed and never sent (it died with the mail in its queue).
        if (store.run(day).map(r -> r.isFinished() && r.outcome() == RunOutcome.DONE).orElse(false) && !hasAbandonedClaims(day)) {
            return new Result(false, "today's reminders are done", RunCounts.NONE);
        }
        return run(day, settings, false);
    }

    /** The administrator's "run now": today's reminders at once, whatever the hour; people already mailed today are skipped. */
    public Result runNow() {
        return run(today(), store.settings(), true);
    }

    private Result run(LocalDate day, ReminderSettings settings, boolean fromStart) {
        ClusterLock lock = locks.getLockForName(LOCK);
        boolean locked;
        try {
            locked = lock.tryLock(0, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "interrupted", RunCounts.NONE);
        }
        if (!locked) return new Result(false, "another reminder run is in progress", RunCounts.NONE);
        try {
            RunRecord record = store.startRun(day, clock.instant());
            if (!sender.isAvailable()) {
                String why = "no outgoing mail server: reminders cannot be sent";
                store.finishRun(day, clock.instant(), RunOutcome.NOTHING_SENT, why, RunCounts.NONE);
                return new Result(false, why, RunCounts.NONE);
            }
            // A done day is only gone through again from the start when asked to; otherwise its abandoned claims are
            // what is left. A run after a crash goes on from its position, then takes over what the dead run claimed
            // before it and never sent.
            boolean done = record.isFinished() && record.outcome() == RunOutcome.DONE;
            RunCounts total = done && !fromStart ? RunCounts.NONE : sendFrom(day, settings, fromStart || record.isFinished() ? null : record.cursor());
            total = total.plus(sendAbandoned(day, settings));
            // The digests of the week's day: people who turned them on, each once (the log decides, as for reminders).
            if (day.getDayOfWeek() == settings.digestDay()) total = total.plus(sendDigests(day, settings));
            String message = total.queued() + " mails queued, " + total.skipped() + " skipped, " + total.alreadyDone() + " already sent";
            store.finishRun(day, clock.instant(), RunOutcome.DONE, message, RunCounts.NONE);
            return new Result(true, message, total);
        } finally {
            lock.unlock();
        }
    }

    private boolean hasAbandonedClaims(LocalDate day) {
        return !store.abandonedClaims(day, ReminderKind.REMINDER, clock.instant(), null, 1).isEmpty()
                || !store.abandonedClaims(day, ReminderKind.DIGEST, clock.instant(), null, 1).isEmpty();
    }

    private DueItemSource.Scan scan(LocalDate day, ReminderSettings settings) {
        return items.scan(new DueItemSource.Criteria(day.plusDays(settings.daysBefore()), Set.copyOf(settings.excludedSpaceKeys())),
                directory::canView);
    }

    private RunCounts sendFrom(LocalDate day, ReminderSettings settings, String cursor) {
        DueItemSource.Scan scan = scan(day, settings);
        Set<String> muted = store.mutedSeries();
        RunCounts total = RunCounts.NONE;
        for (List<String> page = scan.recipientsAfter(cursor, pageSize); !page.isEmpty(); page = scan.recipientsAfter(cursor, pageSize)) {
            RunCounts counts = remindPage(scan, page, muted, settings, day, false);
            cursor = page.get(page.size() - 1);
            store.advanceRun(day, cursor, counts);
            total = total.plus(counts);
        }
        return total;
    }

    /**
     * The people whose reminder a dead run claimed and never sent, page by page: each is claimed anew and gets the
     * reminder of what is due now; someone with nothing due any more is recorded as skipped, so the claim is settled.
     */
    private RunCounts sendAbandoned(LocalDate day, ReminderSettings settings) {
        DueItemSource.Scan scan = null;
        Set<String> muted = null;
        RunCounts total = RunCounts.NONE;
        String after = null;
        for (List<String> page = store.abandonedClaims(day, ReminderKind.REMINDER, clock.instant(), null, pageSize); !page.isEmpty();
             page = store.abandonedClaims(day, ReminderKind.REMINDER, clock.instant(), after, pageSize)) {
            if (scan == null) {
                scan = scan(day, settings);
                muted = store.mutedSeries();
            }
            RunCounts counts = remindPage(scan, page, muted, settings, day, true);
            store.advanceRun(day, page.get(page.size() - 1), counts);
            total = total.plus(counts);
            after = page.get(page.size() - 1);
        }
        return total;
    }

    /** One page of recipients' reminders; {@code settleClaims}: people with nothing to tell are still claimed and recorded. */
    private RunCounts remindPage(DueItemSource.Scan scan, List<String> page, Set<String> muted, ReminderSettings settings, LocalDate day,
                                 boolean settleClaims) {
        Map<String, PersonSettings> choices = store.personSettings(page);
        Map<String, PersonReminder> reminders = new LinkedHashMap<>();
        Map<String, Boolean> visible = new HashMap<>();
        Map<String, Integer> dueButHidden = new HashMap<>();
        for (String r : page) reminders.put(r, new PersonReminder(r));
        scan.itemsOf(page, addressed -> {
            DueReason reason = DueReason.of(addressed.item().dueDate(), day, settings.daysBefore()).orElse(null);
            if (reason == null || addressed.item().series() != null && muted.contains(addressed.item().series())) return;
            String who = addressed.recipientKey();
            if (!visible.computeIfAbsent(who + "|" + addressed.item().pageId(), k -> directory.canView(who, addressed.item().pageId()))) {
                dueButHidden.merge(who, 1, Integer::sum);
                return;
            }
            reminders.get(who).add(addressed.item().withReason(reason));
        });
        RunCounts counts = RunCounts.NONE;
        for (PersonReminder reminder : reminders.values()) {
            counts = counts.plus(remind(reminder, dueButHidden.getOrDefault(reminder.recipientKey(), 0),
                    choices.getOrDefault(reminder.recipientKey(), PersonSettings.defaultsFor(reminder.recipientKey())), day, settleClaims));
        }
        return counts;
    }

    /** One person's reminder of the day. */
    private RunCounts remind(PersonReminder reminder, int hidden, PersonSettings choice, LocalDate day, boolean settleClaim) {
        String who = reminder.recipientKey();
        if (reminder.total() == 0 && hidden == 0 && !settleClaim) return RunCounts.NONE; // nothing to tell them today
        return deliver(who, ReminderKind.REMINDER, reminder.total(), choice.reminders(), day, () -> {
            // A page may have gone, or been restricted, since the items were read.
            reminder.removeAll(item -> !directory.canView(who, item.pageId()));
            return reminder.total() > 0;
        }, recipient -> mails.compose(reminder, recipient.displayName(), recipient.address().get(), choice.format(), day));
    }

    private RunCounts sendDigests(LocalDate day, ReminderSettings settings) {
        Set<String> excluded = Set.copyOf(settings.excludedSpaceKeys());
        java.time.Instant weekAgo = clock.instant().minus(java.time.Duration.ofDays(7));
        RunCounts total = RunCounts.NONE;
        String cursor = null;
        for (List<String> page = digests.subscribersAfter(null, pageSize); !page.isEmpty(); page = digests.subscribersAfter(cursor, pageSize)) {
            Map<String, PersonSettings> choices = store.personSettings(page);
            Map<String, PersonDigest> byPerson = new LinkedHashMap<>();
            Map<String, Boolean> visible = new HashMap<>();
            for (String p : page) byPerson.put(p, new PersonDigest(p));
            java.util.function.Predicate<DueItemSource.Addressed> canView = a -> visible.computeIfAbsent(
                    a.recipientKey() + "|" + a.item().pageId(), k -> directory.canView(a.recipientKey(), a.item().pageId()));
            digests.openItemsOf(page, excluded, directory::canView,
                    a -> { if (canView.test(a)) byPerson.get(a.recipientKey()).addOpen(a.item(), day); });
            digests.closedSince(page, weekAgo, excluded, directory::canView,
                    a -> { if (canView.test(a)) byPerson.get(a.recipientKey()).addClosed(a.item()); });
            Set<String> series = new java.util.TreeSet<>();
            byPerson.values().forEach(d -> series.addAll(d.series()));
            Map<String, LocalDate> next = digests.nextMeetings(series, day);
            RunCounts counts = RunCounts.NONE;
            for (PersonDigest digest : byPerson.values()) {
                PersonSettings choice = choices.getOrDefault(digest.recipientKey(), PersonSettings.defaultsFor(digest.recipientKey()));
                Map<String, LocalDate> theirs = new java.util.TreeMap<>();
                for (String s : digest.series()) if (next.containsKey(s)) theirs.put(s, next.get(s));
                counts = counts.plus(deliver(digest.recipientKey(), ReminderKind.DIGEST, digest.open().total(), choice.digest(), day,
                        () -> true, recipient -> mails.composeDigest(digest, theirs, recipient.displayName(), recipient.address().get(),
                                choice.format(), day)));
            }
            cursor = page.get(page.size() - 1);
            total = total.plus(counts);
        }
        return total;
    }

    /** One person's mail of the day: claimed in the log first, then handed over or recorded as skipped. */
    private RunCounts deliver(String who, ReminderKind kind, int items, boolean wanted, LocalDate day,
                              java.util.function.BooleanSupplier stillVisible, java.util.function.Function<Recipient, OutgoingMail> compose) {
        if (!store.claimMail(who, day, kind, items, clock.instant())) return new RunCounts(0, 0, 1);
        SkipReason skip = null;
        String detail = null;
        Recipient recipient = null;
        if (!wanted) {
            skip = SkipReason.OPTED_OUT;
        } else {
            recipient = directory.find(who).orElse(null);
            if (recipient == null || recipient.deactivated()) skip = SkipReason.UNKNOWN_OR_DEACTIVATED_USER;
            else if (recipient.address().isEmpty()) skip = SkipReason.NO_ADDRESS;
        }
        if (skip == null && !stillVisible.getAsBoolean()) skip = SkipReason.NOTHING_VISIBLE;
        if (skip == null) {
            try {
                // The queue reports when the mail server has it: until then the claim may still be lost with this node.
                sender.send(compose.apply(recipient), new MailSender.Delivery() {
                    @Override public void sent() { store.recordDelivery(who, day, kind, null); }

                    @Override public void failed(String why) { store.recordDelivery(who, day, kind, why); }
                });
            } catch (MailSender.MailUnavailableException e) {
                skip = SkipReason.NO_MAIL_SERVER;
            } catch (RuntimeException e) {
                LOG.warn("The {} mail of {} could not be made or handed over", kind, who, e);
                skip = SkipReason.MAIL_FAILED;
                detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
        }
        store.recordOutcome(who, day, kind, skip, detail);
        return skip == null ? new RunCounts(1, 0, 0) : new RunCounts(0, 1, 0);
    }
}
