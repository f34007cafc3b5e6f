package io.meetingmemo.preview.platform;

import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.user.User;
import io.meetingmemo.preview.store.HostUsers;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Translations from the app's i18n resource (the descriptor's {@code <resource type="i18n">}) and each
 * user's language; unknown keys come back as the key, as in Confluence.
 */
public final class HostI18n implements I18nResolver, LocaleManager {
    private final String bundleName;
    private final ClassLoader appClassLoader;
    private final HostUsers users;

    public HostI18n(String i18nLocation, ClassLoader appClassLoader, HostUsers users) {
        this.bundleName = i18nLocation.replace('/', '.');
        this.appClassLoader = appClassLoader;
        this.users = users;
    }

    @Override
    public Locale getLocale(User user) {
        if (user == null) return Locale.ENGLISH;
        return users.byUsername(user.getName()).map(u -> u.locale()).orElse(Locale.ENGLISH);
    }

    private Locale currentLocale() { return getLocale(HostUsers.current()); }

    @Override public String getText(String key) { return getText(currentLocale(), key); }

    @Override public String getText(String key, Serializable... arguments) { return getText(currentLocale(), key, arguments); }

    @Override
    public String getText(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(bundleName, locale, appClassLoader, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return new MessageFormat(getText(locale, key), locale).format(arguments);
    }
}
