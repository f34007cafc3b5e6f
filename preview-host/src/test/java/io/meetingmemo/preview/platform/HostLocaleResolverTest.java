package io.meetingmemo.preview.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.sal.api.user.UserKey;
import io.meetingmemo.preview.store.HostUsers;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each person's mail is written in their own language; someone the site does not know gets the site's. */
class HostLocaleResolverTest {
    private final HostUsers users = new HostUsers();
    private final HostLocaleResolver locales = new HostLocaleResolver(users);

    private UserKey key(String username) { return users.byUsername(username).orElseThrow().key(); }

    @Test
    void aPersonsLanguageIsTheOneOfTheirProfile() {
        assertEquals("fi", locales.getLocale(key("sanna")).getLanguage());
        assertEquals("sv", locales.getLocale(key("anna")).getLanguage());
        assertEquals(Locale.ENGLISH, locales.getLocale(key("admin")));
    }

    @Test
    void someoneUnknownOrNobodyGetsTheApplicationsLanguage() {
        assertEquals(Locale.ENGLISH, locales.getApplicationLocale());
        assertEquals(Locale.ENGLISH, locales.getLocale(new UserKey("0123456789abcdef0123456789abcdef")));
        assertEquals(Locale.ENGLISH, locales.getLocale((UserKey) null));
        AuthenticatedUserThreadLocal.reset();
        assertEquals(Locale.ENGLISH, locales.getLocale(), "a job runs with nobody logged in");
        assertEquals(Set.of(Locale.ENGLISH, new Locale("fi"), new Locale("sv")), locales.getSupportedLocales());
    }

    @Test
    void theCurrentUsersLanguageWhileTheyAreLoggedIn() {
        assertEquals("sv", users.actingAs(key("anna").getStringValue(), () -> locales.getLocale()).getLanguage());
    }
}
