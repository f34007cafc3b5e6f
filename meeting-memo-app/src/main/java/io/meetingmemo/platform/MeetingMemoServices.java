package io.meetingmemo.platform;

import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserManager;
import io.meetingmemo.actionitem.domain.ActionItemRepository;
import io.meetingmemo.actionitem.domain.ActionItemResync;
import io.meetingmemo.actionitem.domain.ActionItemSync;
import io.meetingmemo.memo.domain.StorageFormatParser;
import io.meetingmemo.permission.ContentPermissions;
import java.time.Clock;
import java.time.LocalDate;

/**
 * What the page-event listener, the re-sync and the presenters share: the tracker's sync and re-sync, user
 * lookups and "today" in the reader's time zone. It is built from the beans of the app's Spring context (the
 * one repository, permission policy and page adapter the use cases get too), so nothing is wired twice.
 */
public final class MeetingMemoServices {
    private final Clock clock;
    private final ContentPermissions permissions;
    private final ConfluenceUsers users;
    private final ConfluencePages pages;
    private final ActionItemSync sync;
    private final ActionItemResync resync;
    private final TimeZoneManager timeZones;

    public MeetingMemoServices(ActionItemRepository repository, ContentPermissions permissions, ConfluencePages pages,
                               UserManager userManager, TimeZoneManager timeZoneManager, Clock clock) {
        this.clock = clock;
        this.timeZones = timeZoneManager;
        this.permissions = permissions;
        this.users = new ConfluenceUsers(userManager);
        this.pages = pages;
        this.sync = new ActionItemSync(repository, new StorageFormatParser(), users, clock, pages);
        this.resync = new ActionItemResync(sync, pages);
    }

    /**
     * Today on the calendar of the person asking: in the time zone of their profile (SAL's user time zone, the
     * site's default when they chose none or are anonymous). Decides "overdue" everywhere, for the reader.
     */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(timeZones.getUserTimeZone().toZoneId()));
    }
    public ContentPermissions permissions() { return permissions; }
    public ConfluenceUsers users() { return users; }
    public ConfluencePages pages() { return pages; }
    public ActionItemSync sync() { return sync; }
    public ActionItemResync resync() { return resync; }
}
