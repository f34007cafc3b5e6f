package io.meetingmemo.contact.app;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.PageSnapshot;
import io.meetingmemo.contact.domain.ContactMatcher;
import io.meetingmemo.contact.domain.ContactMention;
import io.meetingmemo.contact.domain.ContactRepository;
import io.meetingmemo.contact.domain.ErasureFingerprint;
import io.meetingmemo.memo.domain.Contact;
import io.meetingmemo.memo.domain.Guest;
import io.meetingmemo.memo.domain.Memo;
import io.meetingmemo.memo.domain.ParsedPage;
import io.meetingmemo.platform.ConfluenceUsers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links the guests and contacts of a saved page's memos to the register of the page's space, creating the entries the
 * register lacks. Runs after the page's items are synced, for the version the sync applied. When another save created
 * one of the same new entries first (on this node or another), it plans again with that entry in the register.
 * A failure here never fails the save: the items are synced, and the next save or an administrator's re-sync links again.
 */
public final class ContactLinking {
    private static final Logger LOG = LoggerFactory.getLogger(ContactLinking.class);
    private static final int ATTEMPTS = 3;
    private static final long LOCK_WAIT_SECONDS = 10;
    static final String LOCK_NAME = "io.meetingmemo.contacts.linking";

    private final ContactRepository repository;
    private final ConfluenceUsers users;
    private final ClusterLockService locks;

    public ContactLinking(ContactRepository repository, ConfluenceUsers users, ClusterLockService locks) {
        this.repository = repository;
        this.users = users;
        this.locks = locks;
    }

    public void pageSaved(PageSnapshot page, ParsedPage parsed) {
        List<ContactMention> mentions = mentions(parsed);
        // A page without guests or contacts costs the register nothing; links of an older version of it are not shown.
        if (mentions.isEmpty()) return;
        try {
            // One linking at a time in the cluster: saves on any node that name the same new person create one entry
            // (the unique identity of created entries is the second guard), and no two link writes interleave. A
            // linking is a handful of statements, so the wait is short.
            ClusterLock lock = locks.getLockForName(LOCK_NAME);
            if (!lock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Page {}: the contacts register stayed busy; its guests and contacts are linked with the next save",
                        page.pageId());
                return;
            }
            try {
                for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                    if (repository.applyLinks(page.pageId(), page.spaceKey(), page.version(), plan(page.spaceKey(), mentions))) return;
                }
            } finally {
                lock.unlock();
            }
            LOG.warn("Page {}: the contacts register kept changing while its guests and contacts were linked; left for the next save",
                    page.pageId());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Page {}: guests and contacts could not be linked to the contacts register: {}", page.pageId(), e.toString());
        }
    }

    /** The page was purged: its memos name nobody any more. */
    public void pageRemoved(long pageId) {
        repository.removePageLinks(pageId);
    }

    private ContactMatcher.Plan plan(String spaceKey, List<ContactMention> mentions) {
        if (mentions.isEmpty()) return new ContactMatcher.Plan(List.of(), List.of(), List.of());
        Set<String> emails = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> organisations = new LinkedHashSet<>();
        Set<Long> picked = new LinkedHashSet<>();
        Set<String> fingerprints = new LinkedHashSet<>();
        for (ContactMention m : mentions) {
            if (!m.emailKey().isEmpty()) emails.add(m.emailKey());
            if (!m.nameKey().isEmpty()) names.add(m.nameKey());
            if (!m.organisationKey().isEmpty()) organisations.add(m.organisationKey());
            if (m.registerRef() != null) picked.add(m.registerRef());
            fingerprints.add(ErasureFingerprint.of(m.identityKey(spaceKey)));
        }
        ContactMatcher.Candidates candidates = repository.candidates(spaceKey, emails, names, organisations, picked);
        return ContactMatcher.plan(spaceKey, mentions, candidates, repository.erasedAmong(fingerprints));
    }

    private List<ContactMention> mentions(ParsedPage parsed) {
        List<ContactMention> mentions = new ArrayList<>();
        for (Memo memo : parsed.memos()) {
            for (Guest g : memo.guests()) {
                mentions.add(new ContactMention(ActionItem.stored(memo.key()), memo.title(), memo.date(), g.key(), ContactMention.Kind.GUEST, g.name(),
                        g.organisation(), g.role(), g.email(), null, null, g.registerRef()));
            }
            for (Contact c : memo.contacts()) {
                String keeper = c.owner() == null ? null : users.find(c.owner()).map(ConfluenceUsers.Person::userKey).orElse(null);
                mentions.add(new ContactMention(ActionItem.stored(memo.key()), memo.title(), memo.date(), c.key(), ContactMention.Kind.CONTACT, c.name(),
                        c.organisation(), c.role(), c.email(), c.phone(), keeper, c.registerRef()));
            }
        }
        return mentions;
    }
}
