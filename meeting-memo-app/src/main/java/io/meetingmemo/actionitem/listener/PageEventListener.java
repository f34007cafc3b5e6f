package io.meetingmemo.actionitem.listener;

import com.atlassian.confluence.event.events.content.blogpost.BlogPostCreateEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostRemoveEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostRestoreEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostTrashedEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostUpdateEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import io.meetingmemo.actionitem.app.TrackerMaintenance;
import io.meetingmemo.actionitem.domain.ActionItemSync;
import io.meetingmemo.actionitem.domain.PageSnapshot;
import io.meetingmemo.memo.domain.ParseProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Keeps the tracker in step with pages and blog posts, alike: create, update and restore upsert the page's items (the version the
 * event carries; never over a newer one already applied); trash hides them; purge marks them removed. A sync failure is logged with the page id and never fails the save.
 * Pages and blog posts that neither had nor have a memo cost no I/O at all. Each page event and its blog-post twin
 * call the same private method.
 */
public final class PageEventListener implements InitializingBean, DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(PageEventListener.class);
    private static final String MEMO_MARKER = "meeting-memo";
    /** A series page: its save records it as the series' index page. */
    private static final String SERIES_MARKER = "meeting-series";

    private final EventPublisher eventPublisher;
    private final TrackerMaintenance tracker;

    public PageEventListener(EventPublisher eventPublisher, TrackerMaintenance tracker) {
        this.eventPublisher = eventPublisher;
        this.tracker = tracker;
    }

    @Override public void afterPropertiesSet() { eventPublisher.register(this); }

    @Override public void destroy() { eventPublisher.unregister(this); }

    @EventListener
    public void onPageCreated(PageCreateEvent event) { created(event.getPage()); }

    @EventListener
    public void onBlogPostCreated(BlogPostCreateEvent event) { created(event.getBlogPost()); }

    @EventListener
    public void onPageUpdated(PageUpdateEvent event) { updated(event.getPage(), event.getOriginalPage()); }

    @EventListener
    public void onBlogPostUpdated(BlogPostUpdateEvent event) { updated(event.getBlogPost(), event.getOriginalBlogPost()); }

    @EventListener
    public void onPageRestored(PageRestoreEvent event) { sync(event.getPage()); }

    @EventListener
    public void onBlogPostRestored(BlogPostRestoreEvent event) { sync(event.getBlogPost()); }

    @EventListener
    public void onPageTrashed(PageTrashedEvent event) { trashed(event.getPage().getId()); }

    @EventListener
    public void onBlogPostTrashed(BlogPostTrashedEvent event) { trashed(event.getBlogPost().getId()); }

    @EventListener
    public void onPageRemoved(PageRemoveEvent event) { removed(event.getPage().getId()); }

    @EventListener
    public void onBlogPostRemoved(BlogPostRemoveEvent event) { removed(event.getBlogPost().getId()); }

    private void created(AbstractPage page) {
        if (mentionsMemo(page)) sync(page);
    }

    private void updated(AbstractPage page, AbstractPage original) {
        // A memo removed by this edit still needs a sync, to mark its items removed.
        if (mentionsMemo(page) || original == null || mentionsMemo(original)) sync(page);
    }

    private void trashed(long pageId) {
        guarded(pageId, () -> tracker.pageTrashed(pageId));
    }

    private void removed(long pageId) {
        guarded(pageId, () -> tracker.pageRemoved(pageId));
    }

    private void sync(AbstractPage page) {
        guarded(page.getId(), () -> {
            PageSnapshot snapshot = new PageSnapshot(page.getId(), page.getVersion(), page.getSpaceKey(), page.getTitle(),
                    page.getBodyAsString());
            ActionItemSync.Outcome outcome = tracker.pageSaved(snapshot);
            for (ParseProblem problem : outcome.parsed().problems()) {
                LOG.warn("Meeting memo on page {}: {}", page.getId(), problem);
            }
            LOG.debug("Synced action items of page {}: {} new, {} changed, {} removed",
                    page.getId(), outcome.inserted(), outcome.updated(), outcome.removed());
        });
    }

    private static boolean mentionsMemo(AbstractPage page) {
        String body = page.getBodyAsString();
        return body != null && (body.contains(MEMO_MARKER) || body.contains(SERIES_MARKER));
    }

    private static void guarded(long pageId, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("Action-item sync failed for page {}; the page is saved, a re-sync will repair the tracker", pageId, e);
        }
    }
}
