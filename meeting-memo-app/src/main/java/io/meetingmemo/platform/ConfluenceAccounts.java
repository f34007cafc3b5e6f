package io.meetingmemo.platform;

import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.user.User;
import com.atlassian.user.search.SearchResult;
import com.atlassian.user.search.page.Pager;

/**
 * Whether a mail address belongs to a Confluence account: a register entry with such an address is that user, whose
 * personal data Confluence's own user management erases, not the app's register.
 */
public final class ConfluenceAccounts {
    private final UserAccessor userAccessor;

    public ConfluenceAccounts(UserAccessor userAccessor) {
        this.userAccessor = userAccessor;
    }

    /** Whether an account's profile address is this one (without regard to case); false for no address. */
    public boolean anyWithEmail(String email) {
        if (email == null || email.isBlank()) return false;
        SearchResult<?> result = userAccessor.getUsersByEmail(email.strip());
        Pager<?> pager = result == null ? null : result.pager();
        if (pager == null || pager.isEmpty()) return false;
        for (Object found : pager) {
            // The search may match more loosely than the address; only the same address is the same person.
            if (found instanceof User user && user.getEmail() != null && user.getEmail().strip().equalsIgnoreCase(email.strip())) return true;
        }
        return false;
    }
}
