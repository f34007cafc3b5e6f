package io.meetingmemo.minutes.app;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.PageSnapshot;
import io.meetingmemo.mail.domain.MailSender;
import io.meetingmemo.mail.domain.OutgoingMail;
import io.meetingmemo.memo.app.MemoPages;
import io.meetingmemo.contact.domain.ContactMention;
import io.meetingmemo.contact.domain.ErasedPerson;
import io.meetingmemo.contact.domain.ErasureFingerprint;
import io.meetingmemo.memo.domain.Guest;
import io.meetingmemo.memo.domain.Memo;
import io.meetingmemo.memo.domain.UserRef;
import io.meetingmemo.minutes.domain.MinutesChoice;
import io.meetingmemo.minutes.domain.MinutesRecipient;
import io.meetingmemo.minutes.domain.MinutesSend;
import io.meetingmemo.minutes.domain.MinutesSendRepository;
import io.meetingmemo.minutes.domain.SkipReason;
import io.meetingmemo.permission.ContentPermissions;
import io.meetingmemo.platform.ConfluenceUsers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Send minutes" on a memo: for the page's editors, a preview of the mail each person named in the memo would get
 * (attendees, the absent, guests with an address), then the send, which is recorded. People who may not view the page
 * (guests, users without permission) get nothing unless the sender ticked them, and then only the previewed text,
 * without a link they could not open. Everything is checked again at the send: the page, the sender's permission,
 * the version previewed, the mail server.
 */
public final class SendMinutes {
    /** Sends listed per memo, newest first. */
    public static final int MAX_SENDS_LISTED = 100;

    private final MemoPages memoPages;
    private final ContentPermissions permissions;
    private final ConfluenceUsers users;
    private final MinutesSendRepository sends;
    private final MailSender mail;
    private final MinutesMails mails;
    private final Clock clock;

    /** The contacts registers, whose erasures say which guests were erased (they get no minutes, and no record names them). */
    private final io.meetingmemo.contact.domain.ContactRepository register;

    public SendMinutes(MemoPages memoPages, ContentPermissions permissions, ConfluenceUsers users,
                       MinutesSendRepository sends, MailSender mail, MinutesMails mails, Clock clock,
                       io.meetingmemo.contact.domain.ContactRepository register) {
        this.register = register;
        this.memoPages = memoPages;
        this.permissions = permissions;
        this.users = users;
        this.sends = sends;
        this.mail = mail;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * @param pageVersion the page version the sender previewed; a send needs it, and a newer page is a conflict
     */
    public record Request(MinutesChoice choice, boolean preview, boolean resend, Integer pageVersion) {}

    /** Why nothing was previewed or sent, with the HTTP status REST answers. */
    public enum Refusal {
        ANONYMOUS(401), NO_PAGE(404), NO_MEMO(404), NOT_EDITOR(403), STALE_PAGE(409), MAIL_UNAVAILABLE(409),
        ALREADY_SENT(409), UNKNOWN_RECIPIENT(400), NO_RECIPIENTS(400), VERSION_MISSING(400);

        private final int status;

        Refusal(int status) { this.status = status; }

        public int status() { return status; }

        /** The error code in JSON: lower case with hyphens ({@code mail-unavailable}). */
        public String code() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
    }

    public static final class Refused extends Exception {
        private final Refusal reason;
        private final transient MinutesSendRepository.SendSummary previous;

        Refused(Refusal reason, String message, MinutesSendRepository.SendSummary previous) {
            super(message);
            this.reason = reason;
            this.previous = previous;
        }

        public Refusal reason() { return reason; }

        /** The earlier send an {@link Refusal#ALREADY_SENT} refusal is about. */
        public MinutesSendRepository.SendSummary previous() { return previous; }
    }

    /** One person and what they get: the mail (null without a usable address) unless {@code skip} says why not. */
    public record Planned(MinutesRecipient recipient, SkipReason skip, MinutesMails.RenderedMail mail) {}

    /** A preview, or a send and its record ({@code recorded}, null for a preview). */
    public record Result(long pageId, String memoKey, int pageVersion, List<Planned> recipients,
                         MinutesSendRepository.SendSummary previous, MinutesSend recorded) {}

    public Result send(long pageId, String memoKey, Request request) throws Refused {
        if (permissions.isAnonymous()) throw new Refused(Refusal.ANONYMOUS, "log in to send minutes", null);
        MemoPages.Read read = memoPages.read(pageId);
        if (!read.found()) throw new Refused(Refusal.NO_PAGE, "no page " + pageId, null);
        if (!permissions.canEdit(pageId)) throw new Refused(Refusal.NOT_EDITOR, "only people who may edit the page send its minutes", null);
        PageSnapshot page = read.page();
        Memo memo = memoOf(read, memoKey).orElseThrow(() -> new Refused(Refusal.NO_MEMO, "page " + pageId + " has no memo " + memoKey, null));
        if (request.pageVersion() == null && !request.preview()) {
            throw new Refused(Refusal.VERSION_MISSING, "pageVersion is required: the version of the page the preview showed", null);
        }
        if (request.pageVersion() != null && request.pageVersion() != page.version()) {
            throw new Refused(Refusal.STALE_PAGE, "the page is at version " + page.version() + ", not " + request.pageVersion()
                    + "; preview the minutes again", null);
        }
        if (!mail.isAvailable()) throw new Refused(Refusal.MAIL_UNAVAILABLE, MAIL_UNAVAILABLE_MESSAGE, null);
        List<MinutesRecipient> recipients = recipients(memo, pageId, erasedGuests(memo, page.spaceKey()));
        List<String> unknown = request.choice().unknownIds(recipients);
        if (!unknown.isEmpty()) {
            throw new Refused(Refusal.UNKNOWN_RECIPIENT, "not a recipient of this memo: " + String.join(", ", unknown), null);
        }
        String storedKey = ActionItem.stored(memo.key());
        MinutesSendRepository.SendSummary previous = sends.latestOnPage(pageId).get(storedKey);
        if (!request.preview() && previous != null && !request.resend()) {
            throw new Refused(Refusal.ALREADY_SENT, "these minutes were already sent; send again with resend: true", previous);
        }
        String senderKey = permissions.currentUserKey();
        String senderName = users.byKey(senderKey).map(ConfluenceUsers.Person::displayName).orElse(senderKey);

        List<Planned> planned = new ArrayList<>();
        for (MinutesRecipient recipient : recipients) {
            SkipReason skip = request.choice().skipReason(recipient);
            MinutesMails.RenderedMail rendered = recipient.address() == null ? null : mails.render(page, memo, recipient, senderKey, senderName);
            planned.add(new Planned(recipient, skip, rendered));
        }
        if (request.preview()) return new Result(pageId, memo.key(), page.version(), planned, previous, null);
        if (planned.stream().noneMatch(p -> p.skip() == null)) {
            throw new Refused(Refusal.NO_RECIPIENTS, "nobody is chosen who can receive the minutes", null);
        }
        return new Result(pageId, memo.key(), page.version(), planned, previous,
                handOver(pageId, storedKey, page.version(), senderKey, planned));
    }

    static final String MAIL_UNAVAILABLE_MESSAGE = "no outgoing mail server is configured in Confluence; an administrator must set one up";

    /**
     * Queues each chosen person's mail and records the send afterwards (what the app records as sent is what it
     * handed over). Should the mail server go away midway, the rest are recorded as skipped for that reason; if
     * nothing could be handed over, nothing is recorded.
     */
    private MinutesSend handOver(long pageId, String storedKey, int version, String senderKey, List<Planned> planned) throws Refused {
        List<MinutesSend.Delivery> deliveries = new ArrayList<>();
        boolean unavailable = false;
        for (Planned p : planned) {
            SkipReason reason = p.skip();
            if (reason == null && unavailable) reason = SkipReason.MAIL_UNAVAILABLE;
            if (reason == null) {
                try {
                    mail.send(new OutgoingMail(p.recipient().address(), p.mail().subject(), p.mail().html(), p.mail().text(),
                            null, OutgoingMail.MailFormat.HTML));
                } catch (MailSender.MailUnavailableException e) {
                    unavailable = true;
                    reason = SkipReason.MAIL_UNAVAILABLE;
                }
            }
            MinutesRecipient r = p.recipient();
            deliveries.add(new MinutesSend.Delivery(r.id(), r.userKey(), r.name(), r.rawAddress(), reason,
                    reason == null && !r.canView()));
        }
        if (deliveries.stream().noneMatch(MinutesSend.Delivery::queued)) {
            throw new Refused(Refusal.MAIL_UNAVAILABLE, MAIL_UNAVAILABLE_MESSAGE, null);
        }
        return sends.record(new MinutesSend(0, pageId, storedKey, version, senderKey, clock.instant(), deliveries));
    }

    /** A memo's sends, newest first, for whoever may view the page. */
    public List<MinutesSend> sends(long pageId, String memoKey) throws Refused {
        MemoPages.Read read = memoPages.read(pageId);
        if (!read.found()) {
            throw read.anonymous() ? new Refused(Refusal.ANONYMOUS, "log in to see sent minutes", null)
                    : new Refused(Refusal.NO_PAGE, "no page " + pageId, null);
        }
        Memo memo = memoOf(read, memoKey).orElseThrow(() -> new Refused(Refusal.NO_MEMO, "page " + pageId + " has no memo " + memoKey, null));
        return sends.findByMemo(pageId, ActionItem.stored(memo.key()), MAX_SENDS_LISTED);
    }

    /** The latest send of each memo of a page being rendered (one query), by stored memo key. */
    public Map<String, MinutesSendRepository.SendSummary> latestOnRenderedPage(long pageId) {
        return sends.latestOnPage(pageId);
    }

    /** Whether minutes can be sent at all: an outgoing mail server is configured. */
    public boolean mailAvailable() { return mail.isAvailable(); }

    /** Whether the person asking may send a page's minutes (shows the button). */
    public boolean maySend(long pageId) { return permissions.canEdit(pageId); }

    private static Optional<Memo> memoOf(MemoPages.Read read, String memoKey) {
        if (memoKey == null) return Optional.empty();
        return read.parsed().memos().stream()
                .filter(m -> memoKey.equals(m.key()) || memoKey.equals(ActionItem.stored(m.key()))).findFirst();
    }

    /**
     * The people named in a memo, once each, in the memo's order: attendees, the absent, then guests (a guest whose
     * address is already a listed person's is that person).
     */
    List<MinutesRecipient> recipients(Memo memo, long pageId, Set<Guest> erased) {
        List<MinutesRecipient> recipients = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (UserRef ref : memo.attendees()) addUser(recipients, seen, ref, MinutesRecipient.Role.ATTENDEE, pageId);
        for (UserRef ref : memo.absent()) addUser(recipients, seen, ref, MinutesRecipient.Role.ABSENT, pageId);
        Set<String> addresses = new HashSet<>();
        for (MinutesRecipient r : recipients) if (r.address() != null) addresses.add(r.address().value().toLowerCase(java.util.Locale.ROOT));
        int n = 0;
        for (Guest guest : memo.guests()) {
            n++;
            // A guest erased from the space's register is listed as "Erased person" without an address: no mail, and
            // the record of the send does not name them.
            MinutesRecipient recipient = erased.contains(guest) ? MinutesRecipient.guest(n, ErasedPerson.STORED, null)
                    : MinutesRecipient.guest(n, guest.name(), guest.email());
            if (recipient.address() != null && !addresses.add(recipient.address().value().toLowerCase(java.util.Locale.ROOT))) continue;
            recipients.add(recipient);
        }
        return recipients;
    }

    /** The memo's guests whose identity (address, else name and organisation) was erased from the space's register; one query. */
    private Set<Guest> erasedGuests(Memo memo, String spaceKey) {
        if (memo.guests().isEmpty() || spaceKey == null) return Set.of();
        java.util.Map<String, List<Guest>> byFingerprint = new java.util.HashMap<>();
        for (Guest guest : memo.guests()) {
            ContactMention mention = new ContactMention(null, null, null, null, ContactMention.Kind.GUEST, guest.name(),
                    guest.organisation(), guest.role(), guest.email(), null, null, null);
            byFingerprint.computeIfAbsent(ErasureFingerprint.of(mention.identityKey(spaceKey)), f -> new ArrayList<>()).add(guest);
        }
        Set<Guest> erased = new HashSet<>();
        for (String fingerprint : register.erasedAmong(byFingerprint.keySet())) erased.addAll(byFingerprint.get(fingerprint));
        return erased;
    }

    private void addUser(List<MinutesRecipient> recipients, Set<String> seen, UserRef ref, MinutesRecipient.Role role, long pageId) {
        Optional<ConfluenceUsers.Person> person = users.find(ref);
        String key = person.map(ConfluenceUsers.Person::userKey).orElse(ref.identity());
        if (!seen.add(key)) return;
        if (person.isEmpty()) {
            recipients.add(MinutesRecipient.user(role, key, ref.identity(), null, false, SkipReason.UNKNOWN_USER));
            return;
        }
        ContentPermissions.PersonAccess access = permissions.accessOf(key, pageId);
        SkipReason accountProblem = switch (access) {
            case DEACTIVATED -> SkipReason.DEACTIVATED;
            case UNKNOWN -> SkipReason.UNKNOWN_USER;
            default -> null;
        };
        recipients.add(MinutesRecipient.user(role, key, person.get().displayName(), users.emailOf(key).orElse(null),
                access == ContentPermissions.PersonAccess.VIEWER, accountProblem));
    }
}
