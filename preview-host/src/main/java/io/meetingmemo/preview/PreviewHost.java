package io.meetingmemo.preview;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.embeddedao.EmbeddedActiveObjects;
import io.meetingmemo.preview.api.ConfluenceErrors;
import io.meetingmemo.preview.api.LenientJson;
import io.meetingmemo.preview.demo.DemoContent;
import io.meetingmemo.preview.descriptor.PluginContainer;
import io.meetingmemo.preview.descriptor.PluginDescriptor;
import io.meetingmemo.preview.platform.HostBlueprints;
import io.meetingmemo.preview.platform.HostEventPublisher;
import io.meetingmemo.preview.platform.HostI18n;
import io.meetingmemo.preview.platform.HostPermissions;
import io.meetingmemo.preview.platform.HostPlatform;
import io.meetingmemo.preview.platform.HostTemplateRenderer;
import io.meetingmemo.preview.platform.HostWebResources;
import io.meetingmemo.preview.store.HostPageStore;
import io.meetingmemo.preview.store.HostUsers;
import io.meetingmemo.preview.store.PageService;
import io.meetingmemo.preview.web.ContentApiResource;
import io.meetingmemo.preview.web.CreateContentResource;
import io.meetingmemo.preview.web.DownloadResource;
import io.meetingmemo.preview.web.HostAuthentication;
import io.meetingmemo.preview.web.HostPages;
import io.meetingmemo.preview.web.JsonErrors;
import io.meetingmemo.preview.web.HostServletFilter;
import io.meetingmemo.preview.web.PageRenderer;
import io.meetingmemo.preview.web.RestAccessAnnotations;
import io.meetingmemo.preview.web.StrictAppJson;
import io.meetingmemo.preview.web.SearchApiResource;
import io.meetingmemo.preview.web.SpaceApiResource;
import io.meetingmemo.preview.web.UserApiResource;
import io.meetingmemo.preview.web.XsrfCheck;
import io.meetingmemo.preview.platform.HostTimeZones;
import io.meetingmemo.preview.platform.HostClusterLocks;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Instant;
import com.atlassian.mail.MailFactory;
import io.meetingmemo.preview.mail.HostMailServerManager;
import io.meetingmemo.preview.mail.HostSmtpMailServer;
import io.meetingmemo.preview.mail.HostSmtpServer;
import io.meetingmemo.preview.web.OutboxPage;
import io.meetingmemo.preview.web.PreviewHostResource;
import net.java.ao.RawEntity;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.servlet.WebappContext;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Meeting Memo app the way Confluence would, from its {@code atlassian-plugin.xml} alone:
 * Active Objects entities are migrated (upgrade tasks first), components and component imports are
 * wired, macros render pages, REST resources serve {@code /rest/meeting-memo/1.0}, web-resources are
 * downloadable, and page saves publish Confluence's page events. The host adds what Confluence would
 * provide: users, spaces, pages, permissions, the content REST API and a browser UI.
 */
public final class PreviewHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PreviewHost.class);
    /**
     * Jersey 3 warns "registered in SERVER runtime does not implement any provider interfaces … will be
     * ignored" for every resource registered as an instance, although it serves them (Jersey issue 3700,
     * a cosmetic check that only knows resource classes). The host registers the app's resources as the
     * instances its wiring built, so that warning says nothing; the logger is held here so the level sticks.
     */
    private static final java.util.logging.Logger JERSEY_PROVIDER_CHECK = quiet("org.glassfish.jersey.internal.inject.Providers");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    /**
     * How to start: where to listen, where data lives, whether to create the demo pages, what the host's clock shows
     * at start (null: the real time), and the SMTP server (on {@code smtpPort} of 127.0.0.1, 0 for a free port; none
     * when {@code smtp} is false, so the site has no mail server configured). With {@code smtpRelayPort} the host starts
     * no SMTP server of its own and sends to the one already listening on that port of 127.0.0.1 (another host's), so
     * two nodes can share one outbox as two Confluence nodes share one mail server.
     */
    public record Options(String bindAddress, int port, DatabaseConfig database, boolean seedDemo, Instant clockStart, boolean smtp,
                          int smtpPort, int smtpRelayPort) {
        /** The real time and an SMTP server on a free port. */
        public Options(String bindAddress, int port, DatabaseConfig database, boolean seedDemo) {
            this(bindAddress, port, database, seedDemo, null, true, 0, 0);
        }

        public Options withClock(Instant start) { return new Options(bindAddress, port, database, seedDemo, start, smtp, smtpPort, smtpRelayPort); }

        public Options withoutSmtp() { return new Options(bindAddress, port, database, seedDemo, clockStart, false, 0, 0); }

        public Options withSmtpPort(int port) { return new Options(bindAddress, this.port, database, seedDemo, clockStart, true, port, 0); }

        public Options withSmtpRelay(int port) { return new Options(bindAddress, this.port, database, seedDemo, clockStart, true, 0, port); }
    }

    /** How often each node looks for due jobs, and flushes its mail queue (Confluence: about every minute). */
    static final long SCHEDULER_POLL_MILLIS = 1000;
    static final long MAIL_FLUSH_MILLIS = 3000;

    private final EmbeddedActiveObjects activeObjects;
    private final PluginContainer container;
    private final HttpServer server;
    private final PageService pageService;
    private final HostUsers users;
    private final URI baseUri;
    private final HostPlatform platform;
    private final HostSmtpServer smtp;

    private PreviewHost(EmbeddedActiveObjects activeObjects, PluginContainer container, HttpServer server,
                        PageService pageService, HostUsers users, URI baseUri, HostPlatform platform, HostSmtpServer smtp) {
        this.activeObjects = activeObjects;
        this.container = container;
        this.server = server;
        this.pageService = pageService;
        this.users = users;
        this.baseUri = baseUri;
        this.platform = platform;
        this.smtp = smtp;
    }

    public static PreviewHost start(Options options) {
        ClassLoader appClassLoader = PreviewHost.class.getClassLoader();
        PluginDescriptor descriptor = PluginDescriptor.load(appClassLoader);
        if (descriptor.activeObjects() == null) throw new PluginDescriptor.DescriptorException("the app declares no <ao> module");

        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(options.database(), descriptor.activeObjects().namespace());
        try {
            return withMail(options, descriptor, appClassLoader, ao);
        } catch (RuntimeException e) {
            ao.close();
            throw e;
        }
    }

    private static PreviewHost withMail(Options options, PluginDescriptor descriptor, ClassLoader appClassLoader, EmbeddedActiveObjects ao) {
        HostUsers users = new HostUsers();
        HostPageStore pageStore = new HostPageStore(ao::openConnection, options.database().kind());
        String baseUrl = ("http://" + options.bindAddress() + ":" + options.port() + "/").replaceAll("/$", "");
        HostPlatform platform = new HostPlatform(descriptor, appClassLoader, ao, pageStore, users,
                new HostTemplateRenderer(appClassLoader), baseUrl);
        if (options.clockStart() != null) platform.clock().setNow(options.clockStart());
        HostSmtpServer smtp = options.smtp() && options.smtpRelayPort() == 0 ? HostSmtpServer.start(options.smtpPort(), options.port()) : null;
        try {
            return wire(options, descriptor, appClassLoader, ao, platform, smtp);
        } catch (RuntimeException e) {
            if (smtp != null) smtp.close();
            throw e;
        }
    }

    private static PreviewHost wire(Options options, PluginDescriptor descriptor, ClassLoader appClassLoader, EmbeddedActiveObjects ao,
                                    HostPlatform platform, HostSmtpServer smtp) {
        HostUsers users = platform.users();
        HostPageStore pageStore = platform.pages();
        URI baseUri = URI.create("http://" + options.bindAddress() + ":" + options.port() + "/");
        String baseUrl = baseUri.toString().replaceAll("/$", "");
        HostEventPublisher events = platform.events();
        HostPermissions permissions = platform.permissions();
        HostWebResources webResources = platform.webResources();
        HostI18n i18n = platform.i18n();
        int smtpPort = smtp != null ? smtp.port() : options.smtp() ? options.smtpRelayPort() : 0;
        platform.useMailServers(smtpPort == 0 ? HostMailServerManager.none()
                : HostMailServerManager.with(new HostSmtpMailServer("127.0.0.1", smtpPort)));

        platform.migrate();
        // The app's clock bean is the host's clock, which --clock and the Outbox page move.
        PluginContainer container = platform.startApp(platform.clock());

        Map<String, Macro> macros = new LinkedHashMap<>();
        for (PluginDescriptor.Macro m : descriptor.macros()) {
            Object instance = container.instantiate(container.load(m.className()));
            if (!(instance instanceof Macro macro)) throw new PluginDescriptor.DescriptorException(m.className() + " is not a Macro");
            macros.put(m.name(), macro);
        }

        PageService pageService = new PageService(pageStore, events);
        HostAuthentication authentication = new HostAuthentication(users);
        HostTemplateRenderer hostTemplates = HostTemplateRenderer.forHostPages(PreviewHost.class.getClassLoader());
        HostBlueprints blueprints = new HostBlueprints(descriptor, appClassLoader, container, i18n);
        HostPages pages = new HostPages(hostTemplates, pageService, permissions, authentication, descriptor, i18n, blueprints);
        pages.setRenderer(new PageRenderer(macros, users, webResources, pages));

        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(baseUri, false);
        for (PluginDescriptor.RestModule rest : descriptor.restModules()) {
            ResourceConfig app = jsonApi(authentication).register(new JsonErrors()).register(new StrictAppJson());
            for (Class<?> resource : restResources(rest, container)) app.registerInstances(container.instantiate(resource));
            mount(server, app, "/rest" + rest.path() + "/" + rest.version());
        }
        // Confluence's own REST API: Confluence's error shape, and unknown request properties are ignored as Confluence does.
        ContentApiResource content = new ContentApiResource(pageService, permissions, users);
        ResourceConfig hostApi = jsonApi(authentication)
                .register(new ConfluenceErrors())
                .register(new LenientJson())
                .registerInstances(content, new SpaceApiResource(pageStore, users, content), new SearchApiResource(content, pageStore, users),
                        new UserApiResource(users));
        mount(server, hostApi, "/rest/api");
        // Confluence's create-content plugin: pages made from a blueprint directly (create-result="view"), its error shape.
        mount(server, jsonApi(authentication).register(new CreateContentResource.Errors())
                .registerInstances(new CreateContentResource(blueprints, pageService, permissions, i18n, baseUrl)), "/rest/create-dialog/1.0");
        // The host's own tools (outbox, clock, run due jobs): not Confluence's, for host administrators.
        mount(server, jsonApi(authentication).register(new JsonErrors())
                .registerInstances(new PreviewHostResource(smtp, platform.taskManager(), platform.clock(), platform.scheduler())), "/rest/preview/1.0");
        ResourceConfig web = new ResourceConfig()
                .register(new HostAuthentication.Filter(authentication, true))
                .registerInstances(pages, new DownloadResource(descriptor, appClassLoader, i18n),
                        new OutboxPage(pages, authentication, smtp, options.smtpRelayPort(), platform.taskManager(), platform.clock(),
                                platform.scheduler()));
        mount(server, web, "");
        mountServlets(server, descriptor, container, new HostServletFilter(authentication, webResources, pages));
        try {
            server.start();
        } catch (IOException e) {
            container.close();
            throw new UncheckedIOException("cannot listen on " + baseUri + ": " + e.getMessage(), e);
        }
        if (options.seedDemo()) new DemoContent(pageService).seed();
        platform.scheduler().start(SCHEDULER_POLL_MILLIS);
        platform.taskManager().start(MAIL_FLUSH_MILLIS);
        // SAL: LifecycleAware services start once the application and the plugin are up.
        container.notifyStarted();
        LOG.info("Meeting Memo preview host is up at {} (database {})", baseUri, options.database());
        return new PreviewHost(ao, container, server, pageService, users, baseUri, platform, smtp);
    }

    /**
     * Resource and provider classes of a REST module: classes annotated {@code @Path} or {@code @Provider} in the
     * module's packages, which is what Confluence's REST module scans for (a provider, such as a request filter,
     * applies to that module's resources only).
     */
    private static List<Class<?>> restResources(PluginDescriptor.RestModule rest, PluginContainer container) {
        List<Class<?>> found = new ArrayList<>();
        boolean resources = false;
        for (String pkg : rest.packages()) {
            for (String className : ClassScanner.classesIn(pkg, PreviewHost.class.getClassLoader())) {
                Class<?> type = container.load(className);
                boolean resource = type.isAnnotationPresent(jakarta.ws.rs.Path.class);
                resources |= resource;
                if (resource || type.isAnnotationPresent(jakarta.ws.rs.ext.Provider.class)) found.add(type);
            }
        }
        if (!resources) throw new PluginDescriptor.DescriptorException("REST module " + rest.key() + " has no resources");
        return found;
    }

    /** The app's servlet modules, at {@code /plugins/servlet/<url-pattern>} as in Confluence. */
    private static void mountServlets(HttpServer server, PluginDescriptor descriptor, PluginContainer container, HostServletFilter filter) {
        if (descriptor.servlets().isEmpty()) return;
        WebappContext servlets = new WebappContext("meeting-memo-servlets", "/plugins/servlet");
        for (PluginDescriptor.Servlet servlet : descriptor.servlets()) {
            Object instance = container.instantiate(container.load(servlet.className()));
            if (!(instance instanceof jakarta.servlet.Servlet s)) {
                throw new PluginDescriptor.DescriptorException(servlet.className() + " is not a servlet");
            }
            servlets.addServlet(servlet.key(), s).addMapping(servlet.urlPattern());
        }
        servlets.addFilter("preview-host", filter).addMappingForUrlPatterns(null, "/*");
        servlets.deploy(server);
    }

    private static ResourceConfig jsonApi(HostAuthentication authentication) {
        return new ResourceConfig()
                .register(JacksonFeature.withoutExceptionMappers())
                .register(new HostAuthentication.Filter(authentication, false))
                .register(new XsrfCheck())
                .register(RestAccessAnnotations.class);
    }

    private static void mount(HttpServer server, ResourceConfig app, String contextPath) {
        // Confluence serves no WADL either; without JAXB on the class path Jersey would warn that it cannot.
        app.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        GrizzlyHttpContainer handler = ContainerFactory.createContainer(GrizzlyHttpContainer.class, app);
        server.getServerConfiguration().addHttpHandler(handler,
                HttpHandlerRegistration.builder().contextPath(contextPath).urlPattern("/*").build());
    }

    public URI baseUri() { return baseUri; }

    public PageService pages() { return pageService; }

    public HostUsers users() { return users; }

    public EmbeddedActiveObjects activeObjects() { return activeObjects; }

    /** The app's Spring context, as enabled on this host: its use cases and its own beans. */
    public PluginContainer app() { return container; }

    /** The host's clock, scheduler, mail queue and mail servers. */
    public HostPlatform platform() { return platform; }

    /** The host's SMTP server (its outbox), or empty when the host runs without one. */
    public Optional<HostSmtpServer> smtp() { return Optional.ofNullable(smtp); }

    /**
     * Stops serving and scheduling (a job in progress finishes), then the app (LifecycleAware onStop, listeners
     * unregister), sends the mail still queued, then stops the SMTP server and the database.
     */
    @Override
    public void close() {
        server.shutdownNow();
        platform.scheduler().close();
        container.close();
        platform.taskManager().close();
        if (MailFactory.getServerManager() == platform.mailServers()) MailFactory.setServerManager(null);
        if (smtp != null) smtp.close();
        activeObjects.close();
    }

    /** Ensures the data directory exists and is writable, for a clear error before anything starts. */
    public static Path prepareDataDir(Path dir) {
        try {
            return Files.createDirectories(dir.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use data directory " + dir + ": " + e.getMessage(), e);
        }
    }
}
