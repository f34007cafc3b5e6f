package io.meetingmemo.platform;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.message.I18nResolver;
import io.meetingmemo.actionitem.app.PageTasks;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Native tasks' checkboxes written the way Confluence's own inline-task service writes them: under the
 * cluster lock of the page, the page re-read, saved as a new version by the acting person with a version
 * comment, watchers not mailed, page events published (so Confluence's task list and the tracker follow).
 */
public final class ConfluencePageTasks implements PageTasks {
    static final String LOCK_PREFIX = "io.meetingmemo.confluence.page.";
    /** A request thread waits this long for the page; Confluence's own saves hold it only briefly. */
    private static final long LOCK_WAIT_SECONDS = 10;

    private final PageManager pageManager;
    private final ClusterLockService locks;
    private final I18nResolver i18n;

    public ConfluencePageTasks(PageManager pageManager, ClusterLockService locks, I18nResolver i18n) {
        this.pageManager = pageManager;
        this.locks = locks;
        this.i18n = i18n;
    }

    @Override
    public <T> Optional<T> underPageLock(long pageId, Supplier<T> work) {
        ClusterLock lock = locks.getLockForName(LOCK_PREFIX + pageId);
        try {
            if (!lock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.get());
        } finally {
            lock.unlock();
        }
    }

    @Override
    @SuppressWarnings("deprecation") // getById: see the stand-in's note
    public Optional<PageBody> current(long pageId) {
        ContentEntityObject page = pageManager.getById(pageId);
        return page == null ? Optional.empty() : Optional.of(new PageBody(page.getVersion(), page.getBodyAsString()));
    }

    @Override
    @SuppressWarnings("deprecation")
    public boolean saveNewVersion(long pageId, int readVersion, String body, String commentKey) {
        ContentEntityObject page = pageManager.getById(pageId);
        if (page == null || page.getVersion() != readVersion) return false;
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        String who = user == null ? "?" : user.getFullName();
        String comment = i18n.getText(commentKey, who);
        try {
            pageManager.saveNewVersion(page, p -> {
                p.setBodyAsString(body);
                p.setVersionComment(comment);
            }, DefaultSaveContext.SUPPRESS_NOTIFICATIONS);
            return true;
        } catch (RuntimeException e) {
            // Saved by someone else between the check and the save: Confluence refuses the stale version.
            ContentEntityObject now = pageManager.getById(pageId);
            if (now == null || now.getVersion() != readVersion) return false;
            throw e;
        }
    }
}
