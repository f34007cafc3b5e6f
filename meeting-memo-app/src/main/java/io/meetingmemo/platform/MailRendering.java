package io.meetingmemo.platform;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every mail of the app needs: the recipient's language (their Confluence language, else the application's),
 * translations in it, and the HTML body rendered from one of the app's Velocity templates with Confluence's escaping
 * (every value escaped unless its name ends in {@code Html}). Template names are constants of the app. The plain-text
 * body is written by each mail's own text writer from the same view model: text is not HTML, and escaping it would
 * show entities to the reader.
 */
public final class MailRendering {
    private final TemplateRenderer templateRenderer;
    private final I18nResolver i18n;
    private final LocaleResolver locales;

    public MailRendering(TemplateRenderer templateRenderer, I18nResolver i18n, LocaleResolver locales) {
        this.templateRenderer = templateRenderer;
        this.i18n = i18n;
        this.locales = locales;
    }

    /** The language a person reads the app's mail in. */
    public Locale localeOf(String userKey) {
        Locale locale = userKey == null ? locales.getApplicationLocale() : locales.getLocale(new UserKey(userKey));
        return locale == null ? Locale.ENGLISH : locale;
    }

    public String text(Locale locale, String key, Serializable... values) {
        return values.length == 0 ? i18n.getText(locale, key) : i18n.getText(locale, key, values);
    }

    /** The translated labels a template uses, keyed by the name after {@code prefix}. */
    public Map<String, String> labels(Locale locale, String prefix, List<String> names) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String name : names) labels.put(name, i18n.getText(locale, prefix + name));
        return labels;
    }

    /** The HTML body of a mail; every template gets {@code lang}, the reader's language tag. */
    public String renderHtml(MailTemplate template, Locale locale, Map<String, Object> model) {
        Map<String, Object> withLanguage = new LinkedHashMap<>(model);
        withLanguage.put("lang", locale.toLanguageTag());
        StringWriter out = new StringWriter();
        try {
            templateRenderer.render(template.path(), withLanguage, out);
        } catch (RenderingException | IOException e) {
            throw new IllegalStateException("cannot render " + template.path(), e);
        }
        return out.toString();
    }

    /** The app's mail templates; an enum so that nothing from outside can name a template. */
    public enum MailTemplate {
        /** A person's reminder of items due soon, due today and overdue. */
        REMINDER("templates/mail/reminder.vm"),
        /** A person's weekly digest. */
        WEEKLY_DIGEST("templates/mail/weekly-digest.vm"),
        /** The minutes of a memo, sent from the memo. */
        MINUTES("templates/mail/minutes.vm");

        private final String path;

        MailTemplate(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }
}
