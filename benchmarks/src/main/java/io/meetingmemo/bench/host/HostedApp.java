package io.meetingmemo.bench.host;

import com.atlassian.confluence.macro.Macro;
import io.meetingmemo.bench.data.AppDatabase;
import io.meetingmemo.preview.descriptor.PluginContainer;
import io.meetingmemo.preview.descriptor.PluginDescriptor;
import io.meetingmemo.preview.platform.HostBlueprints;
import io.meetingmemo.preview.platform.HostEventPublisher;
import io.meetingmemo.preview.platform.HostPlatform;
import io.meetingmemo.preview.platform.HostTemplateRenderer;
import io.meetingmemo.preview.platform.HostWebResources;
import io.meetingmemo.preview.store.HostUsers;
import io.meetingmemo.preview.store.PageService;
import io.meetingmemo.preview.web.HostAuthentication;
import io.meetingmemo.preview.web.HostPages;
import io.meetingmemo.preview.web.PageRenderer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The app of a benchmark database as the preview host runs it but without HTTP: its macros made from its
 * descriptor by its Spring context, the host's page saves and page views with the app's listener and macros,
 * and the same platform without the app, so that both can be measured on the same database. The app itself is
 * the database's ({@link AppDatabase#app()}): it is enabled when the database opens and stops when it closes.
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
        HostPlatform platform = db.platform();
        container = db.app();
        users = platform.users();
        webResources = platform.webResources();
        templates = db.templates();

        macros = new LinkedHashMap<>();
        for (PluginDescriptor.Macro m : platform.descriptor().macros()) {
            macros.put(m.name(), (Macro) container.instantiate(container.load(m.className())));
        }
        pagesWithApp = new PageService(db.pages(), platform.events());
        pagesWithoutApp = new PageService(db.pages(), new HostEventPublisher());
        errorPages = new HostPages(HostTemplateRenderer.forHostPages(PageRenderer.class.getClassLoader()), pagesWithApp,
                platform.permissions(), new HostAuthentication(users), platform.descriptor(), platform.i18n(),
                new HostBlueprints(platform.descriptor(), platform.appClassLoader(), container, platform.i18n()));
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

    /** The app stays enabled until its database closes. */
    @Override public void close() { }
}
