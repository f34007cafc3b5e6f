package io.meetingmemo.preview.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.embeddedao.DatabaseConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HostPageStoreTest {
    private final String url = "jdbc:h2:mem:store" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";

    private HostPageStore store() {
        return new HostPageStore(() -> DriverManager.getConnection(url, "sa", ""), DatabaseConfig.Kind.H2);
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (String statement : statements) s.execute(statement);
        }
    }

    @Test
    void aPurgedPagesIdIsNeverHandedOutAgainEvenAfterARestart() {
        HostPageStore store = store();
        store.ensureSpace("EDU", "Edu");
        HostPageStore.StoredPage newest = store.insert("EDU", "Newest", "<p/>", "admin");
        store.purge(newest.id());
        HostPageStore.StoredPage next = store.insert("EDU", "Next", "<p/>", "admin");
        assertNotEquals(newest.id(), next.id());
        store.purge(next.id());
        HostPageStore.StoredPage afterRestart = store().insert("EDU", "After restart", "<p/>", "admin");
        assertTrue(afterRestart.id() > next.id(), afterRestart.id() + " after " + next.id());
    }

    @Test
    void ensureSpaceCreatesTheHomePageOnceAndNewPagesGoUnderIt() {
        HostPageStore store = store();
        store.ensureSpace("EDU", "EduFutura");
        store.ensureSpace("EDU", "EduFutura");
        HostPageStore.SpaceRow space = store.spaceRow("EDU").orElseThrow();
        HostPageStore.StoredPage home = store.find(space.homePageId()).orElseThrow();
        assertEquals("EduFutura", home.title());
        assertNull(home.parentId());
        assertEquals(1, store.list("EDU").size());
        HostPageStore.StoredPage page = store.insert("EDU", "Memo", "<p/>", "sanna");
        assertEquals(home.id(), page.parentId());
        assertEquals(List.of(home.id()), store.ancestors(page).stream().map(HostPageStore.StoredPage::id).toList());
        assertTrue(space.id() > 0);
    }

    @Test
    void aDataDirectoryFromBeforeTheTreeGetsHomePagesIdsAndACounterPastItsPages() throws Exception {
        // The tables as earlier versions of the host wrote them.
        sql("CREATE TABLE HOST_SPACE (SPACE_KEY VARCHAR(255) PRIMARY KEY, NAME VARCHAR(255) NOT NULL)",
                "CREATE TABLE HOST_PAGE (ID BIGINT PRIMARY KEY, SPACE_KEY VARCHAR(255) NOT NULL, TITLE VARCHAR(255) NOT NULL, BODY CLOB, "
                        + "VERSION INT NOT NULL, STATUS VARCHAR(16) NOT NULL, UPDATED_BY VARCHAR(255), UPDATED_AT TIMESTAMP NOT NULL)",
                "INSERT INTO HOST_SPACE VALUES ('OLD', 'Old space'), ('TWO', 'Second')",
                "INSERT INTO HOST_PAGE VALUES (70000, 'OLD', 'First memo', '<p/>', 3, 'current', 'admin', CURRENT_TIMESTAMP)",
                "INSERT INTO HOST_PAGE VALUES (70001, 'OLD', 'Second memo', '<p/>', 1, 'trashed', 'admin', CURRENT_TIMESTAMP)",
                "INSERT INTO HOST_PAGE VALUES (70002, 'TWO', 'Second', '<p/>', 1, 'current', 'admin', CURRENT_TIMESTAMP)");
        HostPageStore store = store();
        HostPageStore.SpaceRow old = store.spaceRow("OLD").orElseThrow();
        HostPageStore.StoredPage home = store.find(old.homePageId()).orElseThrow();
        assertEquals("Old space", home.title());
        assertTrue(home.id() > 70002, "the counter starts past the stored pages: " + home.id());
        assertEquals(home.id(), store.find(70000).orElseThrow().parentId());
        // A current top-level page titled like the space becomes its home page.
        assertEquals(70002L, store.spaceRow("TWO").orElseThrow().homePageId());
        assertNull(store.find(70002).orElseThrow().parentId());
        assertNotEquals(old.id(), store.spaceRow("TWO").orElseThrow().id());

        // Everything stored before blog posts existed is a page.
        assertEquals("page", store.find(70000).orElseThrow().type());
        assertFalse(store.find(70001).orElseThrow().blogPost());

        // Starting again changes nothing.
        HostPageStore again = store();
        assertEquals(old, again.spaceRow("OLD").orElseThrow());
        assertEquals(2, again.list("OLD").size());
        assertFalse(again.list("OLD", true).isEmpty());
    }

    @Test
    void blogPostsShareTheIdCounterButStandOutsideThePageTree() {
        HostPageStore store = store();
        store.ensureSpace("EDU", "Edu");
        HostPageStore.StoredPage page = store.insert("EDU", "Notes", "<p/>", "admin");
        HostPageStore.StoredPage post = store.insertBlogPost("EDU", "Notes", "<p>news</p>", "sanna");
        assertTrue(post.id() > page.id());
        assertTrue(post.blogPost());
        assertNull(post.parentId());
        assertEquals(page.id(), store.findByTitle("EDU", "Notes").orElseThrow().id(), "pages and blog posts have their own titles");
        assertEquals(post.id(), store.findByTitle("EDU", "Notes", "blogpost").orElseThrow().id());
        assertEquals(List.of(post.id()), store.list("EDU", false, "blogpost").stream().map(HostPageStore.StoredPage::id).toList());
        assertFalse(store.list("EDU").stream().anyMatch(HostPageStore.StoredPage::blogPost), "page lists hold pages only");
        assertEquals(3, store.list("EDU", false, null).size());

        // Confluence's PageManager: by id a BlogPost with its body; the space's blog posts apart from its pages.
        com.atlassian.confluence.spaces.Space space = store.getSpace("EDU");
        assertTrue(store.getById(post.id()) instanceof com.atlassian.confluence.pages.BlogPost);
        assertEquals("<p>news</p>", store.getById(post.id()).getBodyAsString());
        assertEquals(List.of(post.id()), store.getBlogPosts(space, true).stream().map(b -> b.getId()).toList());
        assertFalse(store.getPages(space, true).stream().anyMatch(p -> p.getId() == post.id()));

        // Starting again does not hang the blog post under the home page.
        assertNull(store().find(post.id()).orElseThrow().parentId());
    }

    @Test
    void pagesInsertedPastTheCounterAreSkipped() throws Exception {
        HostPageStore store = store();
        store.ensureSpace("EDU", "Edu");
        long next = store.insert("EDU", "One", "<p/>", "admin").id() + 1;
        // A bulk loader writes rows with ids it chose itself.
        sql("INSERT INTO HOST_PAGE (ID, SPACE_KEY, TITLE, BODY, VERSION, STATUS, UPDATED_BY, UPDATED_AT) VALUES ("
                + next + ", 'EDU', 'Bulk', '<p/>', 1, 'current', 'admin', CURRENT_TIMESTAMP)");
        assertTrue(store.insert("EDU", "Two", "<p/>", "admin").id() > next);
    }

    @Test
    void labelsKeepTheirIdAcrossPagesAndLeaveWithAPurge() {
        HostPageStore store = store();
        store.ensureSpace("EDU", "Edu");
        long a = store.insert("EDU", "A", "<p/>", "admin").id();
        long b = store.insert("EDU", "B", "<p/>", "admin").id();
        store.addLabel(a, "global", "memo");
        store.addLabel(a, "global", "memo");
        store.addLabel(b, "global", "memo");
        assertEquals(1, store.labels(a).size());
        assertEquals(store.labels(a).get(0).id(), store.labels(b).get(0).id());
        store.purge(a);
        assertTrue(store.labels(a).isEmpty());
        assertEquals(1, store.labelNamesByPage().size());
        assertTrue(store.removeLabel(b, "memo"));
        assertFalse(store.removeLabel(b, "memo"));
    }
}
