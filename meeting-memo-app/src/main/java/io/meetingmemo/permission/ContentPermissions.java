package io.meetingmemo.permission;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.PageAccessPolicy;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The one place that decides who may see and change what. An action item is exactly as visible as its
 * page; changing its status needs edit permission on the page, or being its assignee (who must still be
 * able to view the page). Everything is asked of Confluence for the user of the current request. A "page" is any
 * content looked up by id, so items on blog posts are checked against their blog post the same way.
 */
public final class ContentPermissions implements PageAccessPolicy {
    private final PermissionManager permissionManager;
    private final PageManager pageManager;
    private final UserManager userManager;
    private final SpaceManager spaceManager;
    private final UserAccessor userAccessor;

    public ContentPermissions(PermissionManager permissionManager, PageManager pageManager, UserManager userManager,
                              SpaceManager spaceManager, UserAccessor userAccessor) {
        this.permissionManager = permissionManager;
        this.pageManager = pageManager;
        this.userManager = userManager;
        this.spaceManager = spaceManager;
        this.userAccessor = userAccessor;
    }

    /** What another person (not the caller) may do with a page, for mail about it: {@link #accessOf}. */
    public enum PersonAccess {
        /** An active account with view permission on the page. */
        VIEWER,
        /** An active account that may not view the page. */
        NOT_VIEWER,
        /** A deactivated account: it receives nothing about pages. */
        DEACTIVATED,
        /** No account has that key. */
        UNKNOWN
    }

    /**
     * Whether the person with that key may read what a page says, as Confluence's own mention mails decide: an active
     * account with view permission on the page (Team Calendars skips deactivated accounts the same way).
     */
    public PersonAccess accessOf(String userKey, long pageId) {
        ConfluenceUser user = userKey == null ? null : userAccessor.getUserByKey(new UserKey(userKey));
        if (user == null) return PersonAccess.UNKNOWN;
        if (userAccessor.isDeactivated(user)) return PersonAccess.DEACTIVATED;
        ContentEntityObject page = pageManager.getById(pageId);
        return page != null && !page.isDeleted() && permissionManager.hasPermission(user, Permission.VIEW, page)
                ? PersonAccess.VIEWER : PersonAccess.NOT_VIEWER;
    }


    /** Whether the caller may view the space: the rule for seeing its contacts register. */
    public boolean canViewSpace(String spaceKey) {
        Space space = spaceKey == null ? null : spaceManager.getSpace(spaceKey);
        return space != null && permissionManager.hasPermission(currentUser(), Permission.VIEW, space);
    }

    /** Whether the caller may add and edit the space's content: the rule for changing its contacts register. */
    public boolean canEditSpace(String spaceKey) {
        Space space = spaceKey == null ? null : spaceManager.getSpace(spaceKey);
        ConfluenceUser user = currentUser();
        return space != null && permissionManager.hasPermission(user, Permission.VIEW, space)
                && permissionManager.hasPermission(user, Permission.EDIT, space);
    }

    /** The spaces among {@code spaceKeys} whose contacts register the caller may see, asked once per space. */
    public java.util.List<String> viewableSpaces(java.util.Collection<String> spaceKeys) {
        return spaceKeys.stream().distinct().filter(this::canViewSpace).toList();
    }

    @Override
    public boolean canView(long pageId) {
        ContentEntityObject page = pageManager.getById(pageId);
        return page != null && permissionManager.hasPermission(currentUser(), Permission.VIEW, page);
    }

    /** Whether the caller may edit the page: the rule for changing what the app records about it (a series' settings). */
    public boolean canEdit(long pageId) { return canEditOrView(pageId) == PageAccess.EDIT; }

    public boolean canChangeStatus(ActionItem item) {
        PageAccess onPage = canEditOrView(item.pageId());
        return onPage == PageAccess.EDIT || onPage == PageAccess.VIEW && isAssignee(currentUser(), item);
    }

    /**
     * {@link #canChangeStatus} for many items of one request (a list, a memo), asking Confluence once
     * per page: shown with each item so that readers who may only view see no "Mark done".
     */
    public Predicate<ActionItem> statusChangeCheck() {
        ConfluenceUser user = currentUser();
        Map<Long, PageAccess> access = new HashMap<>();
        return item -> {
            PageAccess onPage = access.computeIfAbsent(item.pageId(), this::canEditOrView);
            return onPage == PageAccess.EDIT || onPage == PageAccess.VIEW && isAssignee(user, item);
        };
    }

    private enum PageAccess { NONE, VIEW, EDIT }

    private PageAccess canEditOrView(long pageId) {
        ContentEntityObject page = pageManager.getById(pageId);
        if (page == null) return PageAccess.NONE;
        ConfluenceUser user = currentUser();
        if (!permissionManager.hasPermission(user, Permission.VIEW, page)) return PageAccess.NONE;
        return permissionManager.hasPermission(user, Permission.EDIT, page) ? PageAccess.EDIT : PageAccess.VIEW;
    }

    private static boolean isAssignee(ConfluenceUser user, ActionItem item) {
        return user != null && user.getKey().getStringValue().equals(item.assigneeKey());
    }

    public boolean isAnonymous() { return currentUser() == null; }

    /** Whether the caller administers Confluence: the rule of the tracker's re-sync (SAL's administrator, as {@code @AdminOnly}). */
    public boolean isAdministrator() {
        ConfluenceUser user = currentUser();
        return user != null && userManager.isAdmin(user.getKey());
    }

    /** User key of the caller, or null when anonymous. */
    public String currentUserKey() {
        ConfluenceUser user = currentUser();
        return user == null ? null : user.getKey().getStringValue();
    }

    private static ConfluenceUser currentUser() { return AuthenticatedUserThreadLocal.get(); }
}
