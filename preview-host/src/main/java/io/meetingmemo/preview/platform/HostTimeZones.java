package io.meetingmemo.preview.platform;

import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import io.meetingmemo.preview.store.HostUser;
import io.meetingmemo.preview.store.HostUsers;
import java.util.TimeZone;

/**
 * SAL's time zones as Confluence answers them: the zone of the user's profile when they chose one, else the
 * site's default, which in the preview host is the JVM's ({@code -Duser.timezone}).
 */
public final class HostTimeZones implements TimeZoneManager {
    private final HostUsers users;

    public HostTimeZones(HostUsers users) { this.users = users; }

    @Override
    public TimeZone getUserTimeZone() {
        HostUser user = HostUsers.current();
        return user == null ? getDefaultTimeZone() : getUserTimeZone(user.key());
    }

    @Override
    public TimeZone getUserTimeZone(UserKey user) {
        return users.timeZone(user).orElseGet(this::getDefaultTimeZone);
    }

    @Override
    public TimeZone getDefaultTimeZone() { return TimeZone.getDefault(); }
}
