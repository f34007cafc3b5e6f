package io.meetingmemo.memo.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What every Meeting Memo macro needs to render: the viewer's locale and translations, the bundled
 * styles, and a Velocity template fed a prepared view model. Template names are constants of the app;
 * nothing a page author writes can choose one.
 */
public final class MacroRendering {
    static final String WEB_RESOURCE = "io.meetingmemo.confluence:meeting-memo-resources";
    private static final String I18N_PREFIX = "meeting-memo.view.";
    /** Output types that are read on a screen with the app's script; everything else (pdf, word, email, feed) is static. */
    private static final Set<String> INTERACTIVE_OUTPUT = Set.of("display", "preview");

    private final TemplateRenderer templateRenderer;
    private final PageBuilderService pageBuilderService;
    private final I18nResolver i18n;
    private final LocaleManager localeManager;

    public MacroRendering(TemplateRenderer templateRenderer, PageBuilderService pageBuilderService,
                          I18nResolver i18n, LocaleManager localeManager) {
        this.templateRenderer = templateRenderer;
        this.pageBuilderService = pageBuilderService;
        this.i18n = i18n;
        this.localeManager = localeManager;
    }

    public Locale viewerLocale() {
        Locale locale = localeManager.getLocale(AuthenticatedUserThreadLocal.get());
        return locale == null ? Locale.ENGLISH : locale;
    }

    public static boolean isInteractive(ConversionContext context) {
        return context != null && INTERACTIVE_OUTPUT.contains(context.getOutputType());
    }

    /** The translated labels a template uses, as a map keyed by the label name. */
    public Map<String, String> labels(Locale locale, List<String> names) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String name : names) labels.put(name, i18n.getText(locale, I18N_PREFIX + name));
        return labels;
    }

    public String text(Locale locale, String name) { return i18n.getText(locale, I18N_PREFIX + name); }

    /** Labels under another prefix than the memo's (e.g. {@code meeting-memo.series.}), keyed by the name after it. */
    public Map<String, String> labels(Locale locale, String prefix, List<String> names) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String name : names) labels.put(name, i18n.getText(locale, prefix + name));
        return labels;
    }

    /** The text of a full i18n key, with values put in when there are any (a Java MessageFormat pattern). */
    public String textOfKey(Locale locale, String key, java.io.Serializable... values) {
        return values.length == 0 ? i18n.getText(locale, key) : i18n.getText(locale, key, values);
    }

    /** A text with values put in (a Java MessageFormat pattern, e.g. a choice of singular and plural). */
    public String text(Locale locale, String name, java.io.Serializable... values) { return i18n.getText(locale, I18N_PREFIX + name, values); }

    /**
     * Renders one of the app's templates; requires the bundled styles for the page first. Every template
     * gets {@code lang}, the viewer's language tag, for its root element: hyphenation and line breaking
     * follow the language of the labels, whatever the language of the page around it.
     */
    public String render(MemoTemplate template, Map<String, Object> model) throws MacroExecutionException {
        pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCE);
        if (template.webResource() != null) pageBuilderService.assembler().resources().requireWebResource(template.webResource());
        Map<String, Object> withLanguage = new LinkedHashMap<>(model);
        withLanguage.putIfAbsent("lang", viewerLocale().toLanguageTag());
        StringWriter out = new StringWriter();
        try {
            templateRenderer.render(template.path(), withLanguage, out);
        } catch (RenderingException | IOException e) {
            throw new MacroExecutionException("cannot render " + template.path(), e);
        }
        return out.toString();
    }

    /**
     * Renders a template as a whole page of the app's own (a servlet's answer): HTML in UTF-8, never cached, since it
     * shows what only this person may see.
     */
    public void writePage(jakarta.servlet.http.HttpServletResponse response, MemoTemplate template, Map<String, Object> model)
            throws IOException {
        String html;
        try {
            html = render(template, model);
        } catch (MacroExecutionException e) {
            throw new IOException("cannot render " + template.path(), e);
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html);
    }

    /** The app's templates; an enum so that no string from outside can name a template. */
    public enum MemoTemplate {
        MEMO("templates/meeting-memo.vm"),
        GUEST("templates/memo-guest.vm"),
        CONTACT("templates/memo-contact.vm"),
        DECISION("templates/memo-decision.vm"),
        ACTION("templates/memo-action.vm"),
        REGISTER("templates/action-register.vm"),
        MY_ACTION_ITEMS("templates/my-action-items.vm"),
        /** The administrators' page of the tracker, with the script that runs a re-sync batch after batch. */
        TRACKER_ADMIN("templates/tracker-admin.vm", "io.meetingmemo.confluence:tracker-admin-resources"),
        SERIES("templates/meeting-series.vm"),
        /** A person's choices for the app's mail (the List-Unsubscribe target of every mail). */
        MAIL_SETTINGS("templates/mail-settings.vm", "io.meetingmemo.confluence:mail-pages-resources"),
        /** "Mark done" from a mail: the item and a button that confirms. */
        MARK_DONE("templates/mark-done.vm", "io.meetingmemo.confluence:mail-pages-resources"),
        /** A space's contacts register: the {@code contacts} macro and the register page's list. */
        CONTACTS("templates/contacts.vm"),
        /** The register page with its search, or why an entry cannot be shown. */
        CONTACTS_PAGE("templates/contacts-page.vm"),
        CONTACT_ORGANISATION("templates/contact-organisation.vm"),
        CONTACT_PERSON("templates/contact-person.vm"),
        /** The decision log ({@code decision-log} macro). */
        DECISION_LOG("templates/decision-log.vm");

        private final String path;
        private final String webResource;

        MemoTemplate(String path) { this(path, null); }

        MemoTemplate(String path, String webResource) {
            this.path = path;
            this.webResource = webResource;
        }

        public String path() { return path; }

        /** A web-resource the template needs besides the app's styles, or null. */
        String webResource() { return webResource; }
    }
}
