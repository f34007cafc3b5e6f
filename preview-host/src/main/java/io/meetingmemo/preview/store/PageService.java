package io.meetingmemo.preview.store;

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
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventPublisher;
import java.util.Optional;

/**
 * Saving pages and blog posts the way Confluence does: each create, update, trash, restore and purge is stored first
 * and then announced with the same event Confluence publishes (a page event for a page, a blog-post event for a
 * blog post), on the same thread, so listeners (the app's action-item sync) finish within the request that saved it.
 */
public final class PageService {
    private final HostPageStore store;
    private final EventPublisher events;

    public PageService(HostPageStore store, EventPublisher events) {
        this.store = store;
        this.events = events;
        store.savesNewVersionsThrough(this::saveNewVersion);
    }

    public HostPageStore store() { return store; }

    /** Creates a page under the space's home page, as Confluence does for a page saved without a parent. */
    public HostPageStore.StoredPage create(String spaceKey, String title, String body, String username) {
        return create(spaceKey, null, title, body, username);
    }

    /** Creates a page under {@code parentId} (a current page of the same space), or under the home page when null. */
    public HostPageStore.StoredPage create(String spaceKey, Long parentId, String title, String body, String username) {
        HostPageStore.StoredPage saved = store.insert(spaceKey, parentId, title, body, username);
        events.publish(created(saved));
        return saved;
    }

    /** Creates a blog post in the space. */
    public HostPageStore.StoredPage createBlogPost(String spaceKey, String title, String body, String username) {
        HostPageStore.StoredPage saved = store.insertBlogPost(spaceKey, title, body, username);
        events.publish(created(saved));
        return saved;
    }

    /** @return the new version, or empty when {@code newVersion} is not the stored version + 1 (stale) */
    public Optional<HostPageStore.StoredPage> update(long id, int newVersion, String title, String body, String username) {
        Optional<HostPageStore.StoredPage> before = store.find(id).filter(p -> !p.trashed());
        if (before.isEmpty() || !store.updateIfVersion(id, newVersion, title, body, username)) return Optional.empty();
        HostPageStore.StoredPage saved = store.find(id).orElseThrow();
        events.publish(updated(saved, before.get(), false));
        return Optional.of(saved);
    }

    /** PageManager.saveNewVersion as Confluence does it: by the current user, with events unless suppressed. */
    private void saveNewVersion(long id, int newVersion, String title, String body, String comment, SaveContext context) {
        Optional<HostPageStore.StoredPage> before = store.find(id).filter(p -> !p.trashed());
        String username = HostUsers.current() == null ? null : HostUsers.current().username();
        if (before.isEmpty() || !store.updateIfVersion(id, newVersion, title, body, username, comment)) {
            throw new IllegalStateException("page " + id + " was saved meanwhile; version " + newVersion + " is stale");
        }
        if (context != null && context.isEventSuppressed()) return;
        HostPageStore.StoredPage saved = store.find(id).orElseThrow();
        events.publish(updated(saved, before.get(), context != null && context.isSuppressNotifications()));
    }

    public boolean trash(long id) {
        Optional<HostPageStore.StoredPage> current = store.find(id).filter(p -> !p.trashed());
        if (current.isEmpty()) return false;
        // Children stay in the tree: they move up to the trashed page's parent, as in Confluence.
        if (!current.get().blogPost()) store.moveChildren(id, current.get().parentId());
        store.setStatus(id, true);
        events.publish(trashed(current.get()));
        return true;
    }

    public boolean restore(long id) {
        Optional<HostPageStore.StoredPage> trashed = store.find(id).filter(HostPageStore.StoredPage::trashed);
        if (trashed.isEmpty()) return false;
        // A page whose parent is gone returns under the space's home page; a blog post has no parent.
        Long parent = trashed.get().parentId();
        if (!trashed.get().blogPost() && (parent == null || store.find(parent).filter(p -> !p.trashed()).isEmpty())) {
            store.setParent(id, store.spaceRow(trashed.get().spaceKey()).map(HostPageStore.SpaceRow::homePageId).orElse(null));
        }
        store.setStatus(id, false);
        events.publish(restored(store.find(id).orElseThrow()));
        return true;
    }

    public boolean purge(long id) {
        Optional<HostPageStore.StoredPage> page = store.find(id);
        if (page.isEmpty()) return false;
        store.purge(id);
        events.publish(removed(page.get()));
        return true;
    }

    private ContentEvent created(HostPageStore.StoredPage saved) {
        return saved.blogPost() ? new BlogPostCreateEvent(this, blogPost(saved)) : new PageCreateEvent(this, page(saved));
    }

    private ContentEvent updated(HostPageStore.StoredPage saved, HostPageStore.StoredPage before, boolean suppressNotifications) {
        return saved.blogPost() ? new BlogPostUpdateEvent(this, blogPost(saved), blogPost(before), suppressNotifications)
                : new PageUpdateEvent(this, page(saved), page(before), suppressNotifications);
    }

    private ContentEvent trashed(HostPageStore.StoredPage content) {
        return content.blogPost() ? new BlogPostTrashedEvent(this, blogPost(content), HostUsers.current(), false)
                : new PageTrashedEvent(this, page(content));
    }

    private ContentEvent restored(HostPageStore.StoredPage content) {
        return content.blogPost() ? new BlogPostRestoreEvent(this, blogPost(content)) : new PageRestoreEvent(this, page(content));
    }

    private ContentEvent removed(HostPageStore.StoredPage content) {
        return content.blogPost() ? new BlogPostRemoveEvent(this, blogPost(content)) : new PageRemoveEvent(this, page(content));
    }

    private Page page(HostPageStore.StoredPage stored) { return stored.toPage(store.getSpace(stored.spaceKey())); }

    private BlogPost blogPost(HostPageStore.StoredPage stored) { return stored.toBlogPost(store.getSpace(stored.spaceKey())); }
}
