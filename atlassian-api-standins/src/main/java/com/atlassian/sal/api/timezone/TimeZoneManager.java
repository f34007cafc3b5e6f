package com.atlassian.sal.api.timezone;

import com.atlassian.sal.api.user.UserKey;
import java.util.TimeZone;

/**
 * Stand-in for SAL's time zones: the time zone of the logged-in user's profile (the site's default when the
 * user has none, or for anonymous users), of any user, and of the site. Never null.
 * <p>Signature source: sal-api, package {@code com.atlassian.sal.api.timezone} (interface since SAL 2.6.0,
 * {@code getUserTimeZone(UserKey)} added in SAL 3); the three members as listed by the implementing class's
 * javadoc for SAL 6/7 (docs.atlassian.com/atlassian-bamboo/10.0.1, {@code com.atlassian.sal.bamboo.timezone.BambooTimeZoneManager}:
 * {@code TimeZone getUserTimeZone()}, {@code TimeZone getUserTimeZone(UserKey)}, {@code TimeZone getDefaultTimeZone()})
 * and by a CFR decompile of sal-api; Confluence implements it as
 * {@code com.atlassian.sal.confluence.timezone.ConfluenceTimeZoneManager} and exports it to apps.
 */
public interface TimeZoneManager {
    TimeZone getUserTimeZone();

    TimeZone getUserTimeZone(UserKey user);

    TimeZone getDefaultTimeZone();
}
