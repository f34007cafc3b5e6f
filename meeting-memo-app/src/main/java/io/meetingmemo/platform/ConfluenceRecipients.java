package io.meetingmemo.platform;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.meetingmemo.mail.domain.MailAddress;
import io.meetingmemo.permission.ContentPermissions;
import io.meetingmemo.reminder.domain.RecipientDirectory;
import java.util.Optional;

/**
 * Reminder recipients in Confluence: name and address from SAL's profile, deactivation from the user accessor, and
 * "may view" from the app's permission policy for that person ({@link ContentPermissions#accessOf}, the rule the
 * minutes' recipients follow too).
 */
public final class ConfluenceRecipients implements RecipientDirectory {
    private final UserManager userManager;
    private final UserAccessor userAccessor;
    private final ContentPermissions permissions;

    public ConfluenceRecipients(UserManager userManager, UserAccessor userAccessor, ContentPermissions permissions) {
        this.userManager = userManager;
        this.userAccessor = userAccessor;
        this.permissions = permissions;
    }

    @Override
    public Optional<Recipient> find(String userKey) {
        UserProfile profile = userKey == null ? null : userManager.getUserProfile(new UserKey(userKey));
        if (profile == null) return Optional.empty();
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(userKey));
        boolean deactivated = user == null || userAccessor.isDeactivated(user);
        return Optional.of(new Recipient(userKey, profile.getFullName(), MailAddress.parse(profile.getEmail()), deactivated));
    }

    @Override
    public boolean canView(String userKey, long pageId) {
        return permissions.accessOf(userKey, pageId) == ContentPermissions.PersonAccess.VIEWER;
    }
}
