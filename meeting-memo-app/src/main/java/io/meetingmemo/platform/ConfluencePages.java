package io.meetingmemo.platform;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.spaces.SpaceStatus;
import io.meetingmemo.actionitem.domain.ActionItemResync;
import io.meetingmemo.actionitem.domain.ActionItemSync;
import io.meetingmemo.actionitem.domain.PageSnapshot;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads pages from Confluence as the snapshots the domain works with. Blog posts are pages to the tracker: the
 * re-sync visits a space's pages and blog posts together in id order (one id sequence numbers both), and a page is
 * read by id whichever kind it is.
 */
public final class ConfluencePages implements ActionItemResync.PageSource, ActionItemSync.LatestPages {
    private final PageManager pageManager;
    private final SpaceManager spaceManager;

    public ConfluencePages(PageManager pageManager, SpaceManager spaceManager) {
        this.pageManager = pageManager;
        this.spaceManager = spaceManager;
    }

    @Override
    public List<String> spaceKeys() { return List.copyOf(spaceManager.getAllSpaceKeys(SpaceStatus.CURRENT)); }

    @Override
    public List<PageSnapshot> pagesAfter(String spaceKey, long afterPageId, int max) {
        Space space = spaceManager.getSpace(spaceKey);
        if (space == null || max <= 0) return List.of();
        return Stream.<AbstractPage>concat(pageManager.getPages(space, true).stream(), pageManager.getBlogPosts(space, true).stream())
                .filter(p -> p.getId() > afterPageId)
                .sorted(Comparator.comparingLong(page -> page.getId())) // a method reference would import com.atlassian.core.bean
                .limit(max)
                .map(p -> snapshot(p, spaceKey))
                .toList();
    }

    /** The page's (or blog post's) current version, or empty when it does not exist (or is in the trash). */
    public Optional<PageSnapshot> find(long pageId) {
        ContentEntityObject content = pageManager.getById(pageId);
        if (content == null || content.isDeleted()) return Optional.empty();
        String spaceKey = content instanceof SpaceContentEntityObject s ? s.getSpaceKey() : null;
        return Optional.of(snapshot(content, spaceKey));
    }

    @Override
    public Optional<PageSnapshot> latest(long pageId) { return find(pageId); }

    /** The id of the page's parent page; empty for a page at the top of its space, a blog post or no such page. */
    public Optional<Long> parentOf(long pageId) {
        ContentEntityObject content = pageManager.getById(pageId);
        if (!(content instanceof Page page) || content.isDeleted() || page.getParent() == null) return Optional.empty();
        return Optional.of(page.getParent().getId());
    }

    /** Whether the space has a current page of this title (titles are unique among a space's pages). */
    public boolean titleTaken(String spaceKey, String title) { return pageManager.getPage(spaceKey, title) != null; }

    /**
     * The version number is read before the body: should the page be saved in between, the body is newer than
     * the number says, never older, so a sync never records a version with an older version's items.
     */
    private static PageSnapshot snapshot(ContentEntityObject content, String spaceKey) {
        int version = content.getVersion();
        String title = content.getTitle();
        return new PageSnapshot(content.getId(), version, spaceKey, title, content.getBodyAsString());
    }
}
