package io.meetingmemo.permission;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.PageAccessPolicy;

/**
 * The one place that decides who may see and change what. An action item is exactly as visible as its
 * page; changing its status needs edit permission on the page, or being its assignee (who must still be
 * able to view the page). Everything is asked of Confluence for the user of the current request.
 */
public final class ContentPermissions implements PageAccessPolicy {
    private final PermissionManager permissionManager;
    private final PageManager pageManager;

    public ContentPermissions(PermissionManager permissionManager, PageManager pageManager) {
        this.permissionManager = permissionManager;
        this.pageManager = pageManager;
    }

    @Override
    public boolean canView(long pageId) {
        ContentEntityObject page = pageManager.getById(pageId);
        return page != null && permissionManager.hasPermission(currentUser(), Permission.VIEW, page);
    }

    public boolean canChangeStatus(ActionItem item) {
        ContentEntityObject page = pageManager.getById(item.pageId());
        if (page == null) return false;
        ConfluenceUser user = currentUser();
        if (!permissionManager.hasPermission(user, Permission.VIEW, page)) return false;
        if (permissionManager.hasPermission(user, Permission.EDIT, page)) return true;
        return user != null && user.getKey().getStringValue().equals(item.assigneeKey());
    }

    public boolean isAnonymous() { return currentUser() == null; }

    /** User key of the caller, or null when anonymous. */
    public String currentUserKey() {
        ConfluenceUser user = currentUser();
        return user == null ? null : user.getKey().getStringValue();
    }

    private static ConfluenceUser currentUser() { return AuthenticatedUserThreadLocal.get(); }
}
