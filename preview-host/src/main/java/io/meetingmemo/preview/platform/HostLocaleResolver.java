package io.meetingmemo.preview.platform;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import io.meetingmemo.preview.store.HostUser;
import io.meetingmemo.preview.store.HostUsers;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * SAL's {@code LocaleResolver} as Confluence answers it: a person's language is the one of their profile
 * (the host's demo people write Finnish, Swedish or English), and someone unknown, or nobody, gets the
 * application's language, which in the preview host is English.
 */
public final class HostLocaleResolver implements LocaleResolver {
    /** The site's default language. */
    public static final Locale APPLICATION_LOCALE = Locale.ENGLISH;
    private static final Set<Locale> SUPPORTED = new LinkedHashSet<>(java.util.List.of(Locale.ENGLISH, new Locale("fi"), new Locale("sv")));

    private final HostUsers users;

    public HostLocaleResolver(HostUsers users) { this.users = users; }

    /** The current request's (or job's) user's language. */
    @Override
    public Locale getLocale() {
        HostUser user = HostUsers.current();
        return user == null ? getApplicationLocale() : getLocale(user.key());
    }

    @Override
    public Locale getLocale(UserKey userKey) {
        if (userKey == null) return getApplicationLocale();
        return users.byKey(userKey.getStringValue()).map(HostUser::locale).orElseGet(this::getApplicationLocale);
    }

    @Override
    public Locale getApplicationLocale() { return APPLICATION_LOCALE; }

    @Override
    public Set<Locale> getSupportedLocales() { return Set.copyOf(SUPPORTED); }
}
