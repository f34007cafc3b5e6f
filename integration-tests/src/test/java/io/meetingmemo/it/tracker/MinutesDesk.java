package io.meetingmemo.it.tracker;

import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.meetingmemo.actionitem.ao.AoActionItemRepository;
import io.meetingmemo.actionitem.ao.AoMemoRecordRepository;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.embeddedao.EmbeddedActiveObjects;
import io.meetingmemo.mail.domain.MailSender;
import io.meetingmemo.mail.domain.OutgoingMail;
import io.meetingmemo.memo.app.MemoPages;
import io.meetingmemo.minutes.ao.AoMinutesSendRepository;
import io.meetingmemo.minutes.app.MinutesMails;
import io.meetingmemo.minutes.app.SendMinutes;
import io.meetingmemo.permission.ContentPermissions;
import io.meetingmemo.platform.ConfluencePages;
import io.meetingmemo.platform.ConfluenceUsers;
import io.meetingmemo.platform.MailRendering;
import io.meetingmemo.platform.Readers;
import io.meetingmemo.preview.descriptor.PluginDescriptor;
import io.meetingmemo.preview.platform.HostPlatform;
import io.meetingmemo.preview.store.HostPageStore;
import io.meetingmemo.preview.store.HostUsers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * "Send minutes" on a real database: the app's tables migrated by its descriptor (upgrade task 8 included), the preview
 * host's pages, people, permissions and languages, the app's own Velocity mail template and translations, and the use case built
 * as the app's Spring context builds it. Mail goes to {@link RecordingMail}, an in-memory implementation of the app's
 * own mail port, so a test reads exactly what was handed over for sending.
 */
final class MinutesDesk implements AutoCloseable {
    static final String SPACE = "TEAM";

    final EmbeddedActiveObjects ao;
    final HostPlatform platform;
    final RecordingMail mail = new RecordingMail();
    final AoMinutesSendRepository sendRecords;
    /** The contacts register the sends consult for erased guests. */
    final io.meetingmemo.contact.ao.AoContactRepository contacts;
    final SendMinutes sendMinutes;
    final Tracker.MutableClock clock = new Tracker.MutableClock(Instant.parse("2026-11-29T09:30:00Z"));

    MinutesDesk(DatabaseConfig database) {
        ClassLoader app = MinutesDesk.class.getClassLoader();
        ao = new EmbeddedActiveObjects(database, PluginDescriptor.load(app).activeObjects().namespace());
        platform = HostPlatform.forApp(app, ao, new HostUsers(), "http://confluence.example.org");
        platform.migrate();
        Map<Class<?>, Object> services = platform.services();
        PageManager pageManager = (PageManager) services.get(PageManager.class);
        UserManager userManager = (UserManager) services.get(UserManager.class);
        ContentPermissions permissions = new ContentPermissions((PermissionManager) services.get(PermissionManager.class),
                pageManager, userManager, (SpaceManager) services.get(SpaceManager.class), (UserAccessor) services.get(UserAccessor.class));
        ConfluencePages pages = new ConfluencePages(pageManager, (SpaceManager) services.get(SpaceManager.class));
        ConfluenceUsers users = new ConfluenceUsers(userManager);
        Readers readers = new Readers(users, (TimeZoneManager) services.get(TimeZoneManager.class), clock,
                (I18nResolver) services.get(I18nResolver.class));
        MemoPages memoPages = new MemoPages(pages, new AoActionItemRepository(ao), new AoMemoRecordRepository(ao), permissions,
                new io.meetingmemo.actionitem.ao.SqlCarriedItems(new io.meetingmemo.platform.HostDatabase(
                        (com.atlassian.sal.api.rdbms.TransactionalExecutorFactory) services.get(com.atlassian.sal.api.rdbms.TransactionalExecutorFactory.class))));
        MailRendering rendering = new MailRendering((TemplateRenderer) services.get(TemplateRenderer.class),
                (I18nResolver) services.get(I18nResolver.class), (LocaleResolver) services.get(LocaleResolver.class));
        sendRecords = new AoMinutesSendRepository(ao);
        contacts = new io.meetingmemo.contact.ao.AoContactRepository(ao, new io.meetingmemo.contact.ao.SqlContactLists(
                new io.meetingmemo.platform.HostDatabase((com.atlassian.sal.api.rdbms.TransactionalExecutorFactory)
                        services.get(com.atlassian.sal.api.rdbms.TransactionalExecutorFactory.class))));
        sendMinutes = new SendMinutes(memoPages, permissions, users, sendRecords, mail,
                new MinutesMails(rendering, readers, users, (ApplicationProperties) services.get(ApplicationProperties.class)),
                clock, contacts);
    }

    HostUsers users() { return platform.users(); }

    String key(String username) { return users().byUsername(username).orElseThrow().key().getStringValue(); }

    /** Work done as the signed-in person with that username (null: nobody). */
    <T> T as(String username, Supplier<T> work) {
        return users().actingAs(username == null ? null : key(username), work);
    }

    /** Stores a page (version 1) or its next version. */
    void save(long pageId, String title, String body) {
        HostPageStore pages = platform.pages();
        if (pages.find(pageId).isEmpty()) {
            pages.ensureSpace(SPACE, SPACE);
            pages.insertWithId(pageId, SPACE, title, body, "admin");
        } else if (!pages.updateIfVersion(pageId, pages.find(pageId).get().version() + 1, title, body, "admin")) {
            throw new IllegalStateException("page " + pageId + " was not saved");
        }
    }

    int version(long pageId) { return platform.pages().find(pageId).orElseThrow().version(); }

    /** Syncs the page's current version into the tracker's tables (items, memo records), as its page event would. */
    void sync(long pageId) {
        HostPageStore.StoredPage page = platform.pages().find(pageId).orElseThrow();
        new io.meetingmemo.actionitem.domain.ActionItemSync(new AoActionItemRepository(ao), new io.meetingmemo.memo.domain.StorageFormatParser(),
                u -> u.identity(), clock, id -> Optional.empty())
                .pageSaved(new io.meetingmemo.actionitem.domain.PageSnapshot(page.id(), page.version(), page.spaceKey(), page.title(), page.body()), null);
    }

    void restrict(long pageId, String kind, String... usernames) { platform.pages().restrict(pageId, kind, Set.of(usernames)); }

    void trash(long pageId) { platform.pages().setStatus(pageId, true); }

    @Override
    public void close() { ao.close(); }

    /** The app's mail port, keeping what it is handed; {@link #available} plays the outgoing mail server. */
    static final class RecordingMail implements MailSender {
        final List<OutgoingMail> sent = new CopyOnWriteArrayList<>();
        volatile boolean available = true;
        /** After this many mails the server goes away (a send that loses its server midway); -1 never. */
        volatile int availableFor = -1;

        @Override public boolean isAvailable() { return available; }

        @Override
        public void send(OutgoingMail mail) throws MailUnavailableException {
            if (!available || availableFor == sent.size()) throw new MailUnavailableException();
            sent.add(mail);
        }

        OutgoingMail to(String address) {
            return sent.stream().filter(m -> m.to().value().equals(address)).findFirst()
                    .orElseThrow(() -> new AssertionError("no mail to " + address + " among " + sent.stream().map(m -> m.to().value()).toList()));
        }
    }
}
