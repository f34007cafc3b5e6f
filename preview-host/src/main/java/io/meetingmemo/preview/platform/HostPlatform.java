package io.meetingmemo.preview.platform;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.languages.LocaleManager;
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
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.mail.MailFactory;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.scheduler.SchedulerService;
import io.meetingmemo.embeddedao.EmbeddedActiveObjects;
import io.meetingmemo.preview.mail.HostMailServerManager;
import io.meetingmemo.preview.mail.HostTaskManager;
import io.meetingmemo.preview.descriptor.PluginContainer;
import io.meetingmemo.preview.descriptor.PluginDescriptor;
import io.meetingmemo.preview.store.HostPageStore;
import io.meetingmemo.preview.store.HostUsers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.RawEntity;

/**
 * What Confluence gives an installed app, as the preview host provides it: one implementation of every
 * Confluence service the app references, over one database. The host, the benchmarks and the tests that run
 * the app start it here ({@link #startApp}), so the app is always wired by its own Spring context and never by
 * hand.
 */
public final class HostPlatform {
    private final PluginDescriptor descriptor;
    private final ClassLoader appClassLoader;
    private final EmbeddedActiveObjects activeObjects;
    private final HostPageStore pages;
    private final HostUsers users;
    private final HostEventPublisher events = new HostEventPublisher();
    private final HostPermissions permissions;
    private final HostWebResources webResources = new HostWebResources();
    private final HostI18n i18n;
    private final TemplateRenderer templates;
    private final String baseUrl;
    // Reminders and mail (issue 15): the host's clock, scheduler, task queues, mail servers and languages.
    private final HostClock clock = new HostClock();
    private final HostClusterLocks clusterLocks;
    private final HostScheduler scheduler;
    private final HostTaskManager taskManager = new HostTaskManager();
    private volatile HostMailServerManager mailServers = HostMailServerManager.none();
    private final HostLocaleResolver locales;

    /**
     * @param templates how the app's Velocity templates are rendered (the host's renderer, or one that records for benchmarks)
     * @param baseUrl   the site's absolute base URL, as {@code ApplicationProperties} gives it
     */
    public HostPlatform(PluginDescriptor descriptor, ClassLoader appClassLoader, EmbeddedActiveObjects activeObjects,
                        HostPageStore pages, HostUsers users, TemplateRenderer templates, String baseUrl) {
        if (descriptor.i18nLocation() == null) throw new PluginDescriptor.DescriptorException("the app declares no i18n resource");
        this.descriptor = descriptor;
        this.appClassLoader = appClassLoader;
        this.activeObjects = activeObjects;
        this.pages = pages;
        this.users = users;
        this.permissions = new HostPermissions(pages, users);
        this.i18n = new HostI18n(descriptor.i18nLocation(), appClassLoader, users);
        this.templates = templates;
        this.baseUrl = baseUrl;
        this.clusterLocks = new HostClusterLocks(activeObjects::openConnection, activeObjects.database().kind());
        this.scheduler = HostScheduler.forDatabase(activeObjects::openConnection, activeObjects.database().kind(), clock, clusterLocks);
        this.locales = new HostLocaleResolver(users);
    }

    /** The platform for the app on the class loader, with the host's template renderer and page store on the database. */
    public static HostPlatform forApp(ClassLoader appClassLoader, EmbeddedActiveObjects activeObjects, HostUsers users, String baseUrl) {
        return new HostPlatform(PluginDescriptor.load(appClassLoader), appClassLoader, activeObjects,
                new HostPageStore(activeObjects::openConnection, activeObjects.database().kind()), users,
                new HostTemplateRenderer(appClassLoader), baseUrl);
    }

    /** Each Confluence service the app may reference, by the interface it is referenced with. */
    public Map<Class<?>, Object> services() {
        Map<Class<?>, Object> services = new LinkedHashMap<>();
        services.put(ActiveObjects.class, activeObjects);
        services.put(PageManager.class, pages);
        services.put(SpaceManager.class, pages);
        services.put(PermissionManager.class, permissions);
        services.put(LocaleManager.class, i18n);
        services.put(I18nResolver.class, i18n);
        services.put(UserManager.class, users);
        services.put(com.atlassian.confluence.user.UserAccessor.class, users);
        services.put(TimeZoneManager.class, new HostTimeZones(users));
        services.put(TransactionalExecutorFactory.class, new HostTransactionalExecutors(activeObjects));
        services.put(ClusterLockService.class, clusterLocks);
        services.put(EventPublisher.class, events);
        services.put(TemplateRenderer.class, templates);
        services.put(PageBuilderService.class, webResources);
        services.put(ApplicationProperties.class, (ApplicationProperties) (UrlMode mode) -> mode == UrlMode.RELATIVE ? "" : baseUrl);
        services.put(SchedulerService.class, scheduler);
        services.put(MultiQueueTaskManager.class, taskManager);
        services.put(MailServerManager.class, mailServers);
        services.put(LocaleResolver.class, locales);
        return services;
    }

    /**
     * Creates or upgrades the app's tables as the Active Objects plugin does when the app is enabled: the upgrade
     * tasks its {@code <ao>} module lists, in order, then the schema of its entities.
     */
    @SuppressWarnings("unchecked")
    public void migrate() {
        PluginDescriptor.ActiveObjectsModule module = descriptor.activeObjects();
        if (module == null) throw new PluginDescriptor.DescriptorException("the app declares no <ao> module");
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String task : module.upgradeTasks()) {
            try {
                tasks.add((ActiveObjectsUpgradeTask) Class.forName(task, true, appClassLoader).getConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new PluginDescriptor.DescriptorException("upgrade task " + task + " cannot be created", e);
            }
        }
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (String entity : module.entities()) {
            try {
                entities.add((Class<? extends RawEntity<?>>) Class.forName(entity, true, appClassLoader));
            } catch (ClassNotFoundException e) {
                throw new PluginDescriptor.DescriptorException("entity " + entity + " is not in the app", e);
            }
        }
        activeObjects.initialize(tasks, entities.toArray(new Class[0]));
    }

    /**
     * Enables the app: its Spring context on these services. {@code clock} takes the place of the app's own
     * {@code clock} bean (the system clock) when the host shows another day or a test moves time; null keeps it.
     */
    public PluginContainer startApp(Clock clock) {
        return new PluginContainer(descriptor, appClassLoader, services(), clock);
    }

    /**
     * The site's mail server configuration, before the app starts: the app's {@code MailServerManager} reference and
     * atlassian-mail's {@code MailFactory} (through which {@code SingleMailQueueItem.send()} finds the server) both
     * answer with it. MailFactory is one per JVM, as in Confluence; with several hosts in one test JVM the last one
     * started is the one it knows.
     */
    public void useMailServers(HostMailServerManager servers) {
        this.mailServers = servers;
        MailFactory.setServerManager(servers);
    }

    public HostClock clock() { return clock; }
    public HostScheduler scheduler() { return scheduler; }
    public HostTaskManager taskManager() { return taskManager; }
    public HostMailServerManager mailServers() { return mailServers; }
    public HostClusterLocks clusterLocks() { return clusterLocks; }
    public HostLocaleResolver locales() { return locales; }

    public PluginDescriptor descriptor() { return descriptor; }
    public ClassLoader appClassLoader() { return appClassLoader; }
    public EmbeddedActiveObjects activeObjects() { return activeObjects; }
    public HostPageStore pages() { return pages; }
    public HostUsers users() { return users; }
    public HostEventPublisher events() { return events; }
    public HostPermissions permissions() { return permissions; }
    public HostWebResources webResources() { return webResources; }
    public HostI18n i18n() { return i18n; }
}
