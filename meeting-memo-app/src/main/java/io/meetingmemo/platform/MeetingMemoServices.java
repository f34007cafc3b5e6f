package io.meetingmemo.platform;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserManager;
import io.meetingmemo.actionitem.ao.AoActionItemRepository;
import io.meetingmemo.actionitem.domain.ActionItemFinder;
import io.meetingmemo.actionitem.domain.ActionItemRepository;
import io.meetingmemo.actionitem.domain.ActionItemResync;
import io.meetingmemo.actionitem.domain.ActionItemStatusService;
import io.meetingmemo.actionitem.domain.ActionItemSync;
import io.meetingmemo.memo.domain.StorageFormatParser;
import io.meetingmemo.permission.ContentPermissions;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The app's composition root, declared once as a component: it builds the host-free domain services
 * on top of the Confluence services they need, so every module (macro, REST, listener) shares the same
 * instances and no module wires domain objects itself.
 */
public final class MeetingMemoServices {
    private final Clock clock = Clock.systemDefaultZone();
    private final StorageFormatParser parser = new StorageFormatParser();
    private final ActionItemRepository repository;
    private final ContentPermissions permissions;
    private final ConfluenceUsers users;
    private final ConfluencePages pages;
    private final ActionItemSync sync;
    private final ActionItemStatusService statusService;
    private final ActionItemFinder finder;
    private final ActionItemResync resync;
    private final TimeZoneManager timeZones;

    public MeetingMemoServices(ActiveObjects activeObjects, PermissionManager permissionManager,
                               PageManager pageManager, SpaceManager spaceManager, UserManager userManager,
                               TimeZoneManager timeZoneManager) {
        this.timeZones = timeZoneManager;
        this.repository = new AoActionItemRepository(activeObjects);
        this.permissions = new ContentPermissions(permissionManager, pageManager);
        this.users = new ConfluenceUsers(userManager);
        this.pages = new ConfluencePages(pageManager, spaceManager);
        this.sync = new ActionItemSync(repository, parser, users, clock, pages);
        this.statusService = new ActionItemStatusService(repository, clock);
        this.finder = new ActionItemFinder(repository);
        this.resync = new ActionItemResync(sync, pages);
    }

    public Clock clock() { return clock; }

    /**
     * Today on the calendar of the person asking: in the time zone of their profile (SAL's user time zone, the
     * site's default when they chose none or are anonymous). Decides "overdue" everywhere, for the reader.
     */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(timeZones.getUserTimeZone().toZoneId()));
    }
    public StorageFormatParser parser() { return parser; }
    public ActionItemRepository repository() { return repository; }
    public ContentPermissions permissions() { return permissions; }
    public ConfluenceUsers users() { return users; }
    public ConfluencePages pages() { return pages; }
    public ActionItemSync sync() { return sync; }
    public ActionItemStatusService statusService() { return statusService; }
    public ActionItemFinder finder() { return finder; }
    public ActionItemResync resync() { return resync; }
}
