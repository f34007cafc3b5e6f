package io.meetingmemo.preview.platform;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.user.User;
import io.meetingmemo.preview.store.HostPageStore;
import io.meetingmemo.preview.store.HostUsers;
import java.util.Set;

/**
 * Page permissions of the preview host: every logged-in user may view and edit every space; a page
 * with view (or edit) restrictions admits only the listed users; administrators see everything;
 * anonymous users see nothing, because the host's site requires a login.
 */
public final class HostPermissions implements PermissionManager {
    private final HostPageStore pages;
    private final HostUsers users;

    public HostPermissions(HostPageStore pages, HostUsers users) {
        this.pages = pages;
        this.users = users;
    }

    @Override
    public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
        if (user == null) return false;
        if (isConfluenceAdministrator(user)) return true;
        if (target instanceof Space space) {
            // A space as the target: viewing it (VIEWSPACE) and adding and editing its content (EDITSPACE), each open to
            // every logged-in user unless the space lists who has it.
            if (permission == Permission.VIEW) return allowedInSpace(space.getKey(), "VIEWSPACE", user);
            if (permission == Permission.EDIT) {
                return allowedInSpace(space.getKey(), "VIEWSPACE", user) && allowedInSpace(space.getKey(), "EDITSPACE", user);
            }
            return false;
        }
        if (!(target instanceof ContentEntityObject content)) return permission == Permission.VIEW;
        if (!allowedBy(content.getId(), "view", user)) return false;
        if (permission == Permission.VIEW || permission == Permission.EXPORT) return true;
        if (permission == Permission.EDIT) return allowedBy(content.getId(), "edit", user);
        return false;
    }

    private boolean allowedInSpace(String spaceKey, String permission, User user) {
        if (spaceKey == null || pages.spaceRow(spaceKey).isEmpty()) return false;
        Set<String> allowed = pages.spacePermission(spaceKey, permission);
        return allowed.isEmpty() || allowed.contains(user.getName());
    }

    private boolean allowedBy(long pageId, String kind, User user) {
        Set<String> allowed = pages.restriction(pageId, kind);
        return allowed.isEmpty() || allowed.contains(user.getName());
    }

    /**
     * Whether the user may add pages to the space (Confluence's {@code hasCreatePermission(user, space, Page.class)}, the
     * space permission "Add pages", {@code EDITSPACE}): administrators and, unless the space limits it, every logged-in user.
     */
    public boolean canCreatePage(User user, String spaceKey) {
        if (user == null) return false;
        if (isConfluenceAdministrator(user)) return true;
        Set<String> allowed = pages.spacePermission(spaceKey, "EDITSPACE");
        return allowed.isEmpty() || allowed.contains(user.getName());
    }

    public boolean isConfluenceAdministrator(User user) {
        return user != null && users.byUsername(user.getName()).map(u -> u.administrator()).orElse(false);
    }
}
