package io.meetingmemo.bench.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.meetingmemo.bench.data.AppDatabase;
import io.meetingmemo.preview.descriptor.PluginContainer;
import io.meetingmemo.preview.descriptor.PluginDescriptor;
import io.meetingmemo.preview.platform.HostBlueprints;
import io.meetingmemo.preview.platform.HostEventPublisher;
import io.meetingmemo.preview.platform.HostI18n;
import io.meetingmemo.preview.platform.HostPermissions;
import io.meetingmemo.preview.platform.HostTemplateRenderer;
import io.meetingmemo.preview.platform.HostTimeZones;
import io.meetingmemo.preview.platform.HostWebResources;
import io.meetingmemo.preview.store.HostUsers;
import io.meetingmemo.preview.store.PageService;
import io.meetingmemo.preview.web.HostAuthentication;
import io.meetingmemo.preview.web.HostPages;
import io.meetingmemo.preview.web.PageRenderer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The preview host's platform services with the app loaded from its descriptor, as the host loads it but
 * without HTTP, next to the same platform without the app: page saves and page views can then be
 * measured with and without the app on the same database. The app's components (its page-event listener
 * among them) start on construction and stop on {@link #close()}.
 */
public final class HostedApp implements AutoCloseable {
    private final PluginContainer container;
    private final Map<String, Macro> macros;
    private final RecordingTemplateRenderer templates;
    private final PageService pagesWithApp;
    private final PageService pagesWithoutApp;
    private final HostUsers users;
    private final HostWebResources webResources;
    private final HostPages errorPages;
    private final PageRenderer rendererWithApp;
    private final PageRenderer rendererWithoutApp;

    private HostedApp(AppDatabase db) {
        ClassLoader appClassLoader = HostedApp.class.getClassLoader();
        PluginDescriptor descriptor = PluginDescriptor.load(appClassLoader);
        users = new HostUsers();
        HostEventPublisher events = new HostEventPublisher();
        HostPermissions permissions = new HostPermissions(db.pages(), users);
        webResources = new HostWebResources();
        HostI18n i18n = new HostI18n(descriptor.i18nLocation(), appClassLoader, users);
        templates = new RecordingTemplateRenderer(new HostTemplateRenderer(appClassLoader));

        Map<Class<?>, Object> services = new LinkedHashMap<>();
        services.put(ActiveObjects.class, db.activeObjects());
        services.put(PageManager.class, db.pages());
        services.put(SpaceManager.class, db.pages());
        services.put(PermissionManager.class, permissions);
        services.put(LocaleManager.class, i18n);
        services.put(I18nResolver.class, i18n);
        services.put(UserManager.class, users);
        services.put(TimeZoneManager.class, new HostTimeZones(users));
        services.put(com.atlassian.beehive.ClusterLockService.class, new io.meetingmemo.preview.platform.HostClusterLocks(db.activeObjects()::openConnection, db.activeObjects().database().kind()));
        services.put(EventPublisher.class, events);
        services.put(TemplateRenderer.class, templates);
        services.put(PageBuilderService.class, webResources);
        services.put(ApplicationProperties.class, (ApplicationProperties) (UrlMode mode) -> mode == UrlMode.RELATIVE ? "" : "http://127.0.0.1");
        container = new PluginContainer(descriptor, appClassLoader, services);

        macros = new LinkedHashMap<>();
        for (PluginDescriptor.Macro m : descriptor.macros()) {
            macros.put(m.name(), (Macro) container.instantiate(container.load(m.className())));
        }
        pagesWithApp = new PageService(db.pages(), events);
        pagesWithoutApp = new PageService(db.pages(), new HostEventPublisher());
        errorPages = new HostPages(HostTemplateRenderer.forHostPages(PageRenderer.class.getClassLoader()), pagesWithApp,
                permissions, new HostAuthentication(users), descriptor, i18n, new HostBlueprints(descriptor, appClassLoader, container, i18n));
        rendererWithApp = renderer(macros);
        rendererWithoutApp = renderer(Map.of());
    }

    public static HostedApp start(AppDatabase db) { return new HostedApp(db); }

    /** The app's macro of that name, as the host renders it. */
    public Macro macro(String name) {
        Macro macro = macros.get(name);
        if (macro == null) throw new IllegalArgumentException("the app declares no macro " + name);
        return macro;
    }

    /** The host's page rendering with the given macros installed instead of the app's. */
    public PageRenderer renderer(Map<String, Macro> installed) { return new PageRenderer(installed, users, webResources, errorPages); }

    /** The app's macros by name. */
    public Map<String, Macro> macros() { return Map.copyOf(macros); }

    /** The template renderer the app renders with; it remembers the last model. */
    public RecordingTemplateRenderer templates() { return templates; }

    public HostUsers users() { return users; }

    /** Saving pages with the app's page-event listener registered, as in Confluence with the app installed. */
    public PageService pagesWithApp() { return pagesWithApp; }

    /** Saving pages on the same store with nobody listening: Confluence without the app. */
    public PageService pagesWithoutApp() { return pagesWithoutApp; }

    /** The host's page rendering with the app's macros installed. */
    public PageRenderer rendererWithApp() { return rendererWithApp; }

    /** The same rendering without any app macro. */
    public PageRenderer rendererWithoutApp() { return rendererWithoutApp; }

    @Override public void close() { container.close(); }
}
