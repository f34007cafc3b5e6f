package io.meetingmemo.preview.store;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.Modification;
import com.atlassian.confluence.core.SaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import io.meetingmemo.embeddedao.DatabaseConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Spaces, pages, blog posts and their restrictions of the preview host, in its database next to the app's tables.
 * It is the host's PageManager and SpaceManager; the app reads pages only through those interfaces. Pages and blog
 * posts share one table and one id counter, as Confluence's content does; a blog post has no parent.
 */
public final class HostPageStore implements PageManager, SpaceManager {
    /** Confluence page ids are large numbers; starting high keeps ids distinct from item ids in examples. */
    private static final long FIRST_PAGE_ID = 65537;
    private static final long FIRST_SPACE_ID = 98305;
    private static final long FIRST_LABEL_ID = 1277953;
    private static final String PAGE_COLUMNS = "ID, SPACE_KEY, TITLE, BODY, VERSION, STATUS, UPDATED_BY, UPDATED_AT, PARENT_ID, CONTENT_TYPE";
    private static final String PAGE_COLUMNS_NO_BODY = "ID, SPACE_KEY, TITLE, NULL, VERSION, STATUS, UPDATED_BY, UPDATED_AT, PARENT_ID, CONTENT_TYPE";

    public interface ConnectionSource { Connection open() throws SQLException; }

    private final ConnectionSource connections;

    public HostPageStore(ConnectionSource connections, DatabaseConfig.Kind kind) {
        this.connections = connections;
        String text = kind == DatabaseConfig.Kind.POSTGRESQL ? "TEXT" : "CLOB";
        update("CREATE TABLE IF NOT EXISTS HOST_SPACE (SPACE_KEY VARCHAR(255) PRIMARY KEY, NAME VARCHAR(255) NOT NULL)");
        update("CREATE TABLE IF NOT EXISTS HOST_PAGE (ID BIGINT PRIMARY KEY, SPACE_KEY VARCHAR(255) NOT NULL, "
                + "TITLE VARCHAR(255) NOT NULL, BODY " + text + ", VERSION INT NOT NULL, STATUS VARCHAR(16) NOT NULL, "
                + "UPDATED_BY VARCHAR(255), UPDATED_AT TIMESTAMP NOT NULL)");
        update("CREATE TABLE IF NOT EXISTS HOST_RESTRICTION (PAGE_ID BIGINT NOT NULL, KIND VARCHAR(8) NOT NULL, "
                + "USERNAME VARCHAR(255) NOT NULL, PRIMARY KEY (PAGE_ID, KIND, USERNAME))");
        update("CREATE TABLE IF NOT EXISTS HOST_LABEL (PAGE_ID BIGINT NOT NULL, NAME VARCHAR(255) NOT NULL, "
                + "PREFIX VARCHAR(32) NOT NULL, LABEL_ID BIGINT NOT NULL, PRIMARY KEY (PAGE_ID, NAME))");
        // Space permissions the host models: who may add pages (Confluence's EDITSPACE); no rows = every logged-in user.
        update("CREATE TABLE IF NOT EXISTS HOST_SPACE_PERMISSION (SPACE_KEY VARCHAR(255) NOT NULL, PERMISSION VARCHAR(32) NOT NULL, "
                + "USERNAME VARCHAR(255) NOT NULL, PRIMARY KEY (SPACE_KEY, PERMISSION, USERNAME))");
        // Ids come from a persistent counter, never from MAX(ID) + 1, so a purged page's id is never handed out again.
        update("CREATE TABLE IF NOT EXISTS HOST_SEQUENCE (NAME VARCHAR(64) PRIMARY KEY, NEXT_VALUE BIGINT NOT NULL)");
        // Data directories written before the page tree, space ids and home pages existed get the columns now.
        addColumnIfMissing("HOST_PAGE", "PARENT_ID", "BIGINT");
        addColumnIfMissing("HOST_PAGE", "VERSION_COMMENT", "VARCHAR(1000)");
        addColumnIfMissing("HOST_SPACE", "ID", "BIGINT");
        addColumnIfMissing("HOST_SPACE", "DESCRIPTION", "VARCHAR(4000)");
        addColumnIfMissing("HOST_SPACE", "HOME_PAGE_ID", "BIGINT");
        // Data directories written before blog posts existed hold only pages: the default says so.
        addColumnIfMissing("HOST_PAGE", "CONTENT_TYPE", "VARCHAR(16) DEFAULT '" + Page.CONTENT_TYPE + "' NOT NULL");
        ensureSequence("page", FIRST_PAGE_ID, "SELECT MAX(ID) FROM HOST_PAGE");
        ensureSequence("space", FIRST_SPACE_ID, "SELECT MAX(ID) FROM HOST_SPACE");
        ensureSequence("label", FIRST_LABEL_ID, "SELECT MAX(LABEL_ID) FROM HOST_LABEL");
        for (SpaceRow space : spaceRows(null)) completeSpace(space);
    }

    /**
     * A stored page or blog post version with its state; {@code parentId} is null for a space's home page and for
     * blog posts; {@code type} is Confluence's content type, {@code page} or {@code blogpost}.
     */
    public record StoredPage(long id, String spaceKey, String title, String body, int version, boolean trashed,
                             String updatedBy, Instant updatedAt, Long parentId, String type) {
        public boolean blogPost() { return BlogPost.CONTENT_TYPE.equals(type); }

        /** As Confluence's object of its type: a {@link BlogPost} or a {@link Page}. */
        public AbstractPage toContent(Space space) { return blogPost() ? toBlogPost(space) : toPage(space); }

        public Page toPage(Space space) { return fill(new Page(), space); }

        public BlogPost toBlogPost(Space space) { return fill(new BlogPost(), space); }

        private <T extends AbstractPage> T fill(T content, Space space) {
            content.setId(id);
            content.setTitle(title);
            content.setBodyAsString(body);
            content.setVersion(version);
            content.setSpace(space);
            return content;
        }
    }

    /** A space as stored: its numeric id, key, name, plain-text description and home page. */
    public record SpaceRow(long id, String key, String name, String description, Long homePageId) {}

    /** A label on a page; {@code id} is the label's id, the same on every page that carries the label. */
    public record Label(long id, String prefix, String name) {}

    /** Creates the space with its home page (titled like the space, as Confluence does) unless it exists. */
    public void ensureSpace(String key, String name) {
        if (getSpace(key) != null) return;
        createSpace(key, name, null, null);
    }

    /**
     * Creates a space and its home page; false when the key is taken. The home page's title is the space name
     * and its body the description, as Confluence's default home page says what the space is for.
     */
    public synchronized boolean createSpace(String key, String name, String description, String username) {
        if (getSpace(key) != null) return false;
        update("INSERT INTO HOST_SPACE (SPACE_KEY, NAME, ID, DESCRIPTION) VALUES (?, ?, ?, ?)", key, name, next("space"), description);
        completeSpace(spaceRow(key).orElseThrow());
        return true;
    }

    /**
     * Gives a space what every Confluence space has: an id and a home page. A current top-level page titled like the
     * space becomes the home page, else one is created; other top-level pages move under it. Idempotent.
     */
    private synchronized void completeSpace(SpaceRow space) {
        if (space.id() == 0) update("UPDATE HOST_SPACE SET ID = ? WHERE SPACE_KEY = ?", next("space"), space.key());
        Long home = space.homePageId();
        if (home == null || find(home).filter(p -> !p.trashed()).isEmpty()) {
            home = query("SELECT ID FROM HOST_PAGE WHERE SPACE_KEY = ? AND TITLE = ? AND STATUS = 'current' AND CONTENT_TYPE = 'page'",
                    rs -> rs.getLong(1), space.key(), space.name()).stream().findFirst()
                    .orElseGet(() -> insertRow(Page.CONTENT_TYPE, space.key(), null, space.name(), homeBody(space), null).id());
            update("UPDATE HOST_PAGE SET PARENT_ID = NULL WHERE ID = ?", home);
            update("UPDATE HOST_SPACE SET HOME_PAGE_ID = ? WHERE SPACE_KEY = ?", home, space.key());
        }
        update("UPDATE HOST_PAGE SET PARENT_ID = ? WHERE SPACE_KEY = ? AND PARENT_ID IS NULL AND ID <> ? AND CONTENT_TYPE = 'page'",
                home, space.key(), home);
    }

    private static String homeBody(SpaceRow space) {
        String text = space.description() == null || space.description().isBlank() ? space.name() : space.description();
        return "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>";
    }

    @Override
    public Space getSpace(String spaceKey) {
        return spaceRow(spaceKey).map(HostPageStore::space).orElse(null);
    }

    public Optional<SpaceRow> spaceRow(String spaceKey) {
        if (spaceKey == null) return Optional.empty();
        return spaceRows(spaceKey).stream().findFirst();
    }

    /** Every space, ordered by key, or the one with the given key. */
    public List<SpaceRow> spaceRows(String spaceKey) {
        String sql = "SELECT ID, SPACE_KEY, NAME, DESCRIPTION, HOME_PAGE_ID FROM HOST_SPACE"
                + (spaceKey == null ? " ORDER BY SPACE_KEY" : " WHERE SPACE_KEY = ?");
        Row<SpaceRow> row = rs -> new SpaceRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5) == null ? null : rs.getLong(5));
        return spaceKey == null ? query(sql, row) : query(sql, row, spaceKey);
    }

    private static Space space(SpaceRow row) {
        Space s = new Space(row.key());
        s.setName(row.name());
        return s;
    }

    @Override
    public java.util.Collection<String> getAllSpaceKeys(com.atlassian.confluence.spaces.SpaceStatus status) {
        return spaces().stream().map(Space::getKey).toList();
    }

    public List<Space> spaces() {
        return spaceRows(null).stream().map(HostPageStore::space).toList();
    }

    public Optional<StoredPage> find(long id) {
        return query("SELECT " + PAGE_COLUMNS + " FROM HOST_PAGE WHERE ID = ?", HostPageStore::stored, id).stream().findFirst();
    }

    /** The current page with this title in the space. */
    public Optional<StoredPage> findByTitle(String spaceKey, String title) {
        return findByTitle(spaceKey, title, Page.CONTENT_TYPE);
    }

    /** The current page or blog post ({@code type}) with this title in the space: each type has its own titles. */
    public Optional<StoredPage> findByTitle(String spaceKey, String title, String type) {
        return query("SELECT " + PAGE_COLUMNS + " FROM HOST_PAGE WHERE SPACE_KEY = ? AND TITLE = ? AND STATUS = 'current' AND CONTENT_TYPE = ?",
                HostPageStore::stored, spaceKey, title, type).stream().findFirst();
    }

    /** Current pages of a space, or of all spaces when the key is null, newest first. */
    public List<StoredPage> list(String spaceKey) {
        return list(spaceKey, false);
    }

    /** Current (or trashed) pages of a space, or of all spaces when the key is null, newest first, without bodies. */
    public List<StoredPage> list(String spaceKey, boolean trashed) {
        return list(spaceKey, trashed, Page.CONTENT_TYPE);
    }

    /** As {@link #list(String, boolean)}, of one content type ({@code page}, {@code blogpost}) or, when null, of both. */
    public List<StoredPage> list(String spaceKey, boolean trashed, String type) {
        List<Object> params = new ArrayList<>(List.of(trashed ? "trashed" : "current"));
        if (spaceKey != null) params.add(spaceKey);
        if (type != null) params.add(type);
        String sql = "SELECT " + PAGE_COLUMNS_NO_BODY + " FROM HOST_PAGE WHERE STATUS = ?"
                + (spaceKey == null ? "" : " AND SPACE_KEY = ?") + (type == null ? "" : " AND CONTENT_TYPE = ?")
                + " ORDER BY UPDATED_AT DESC, ID DESC";
        return query(sql, HostPageStore::stored, params.toArray());
    }

    /** Current child pages of a page, oldest first, without bodies. */
    public List<StoredPage> children(long parentId) {
        return query("SELECT " + PAGE_COLUMNS_NO_BODY + " FROM HOST_PAGE WHERE PARENT_ID = ? AND STATUS = 'current' ORDER BY ID",
                HostPageStore::stored, parentId);
    }

    /** The pages above a page, the space's home page first and the parent last, without bodies. */
    public List<StoredPage> ancestors(StoredPage page) {
        List<StoredPage> ancestors = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>(Set.of(page.id()));
        Long parent = page.parentId();
        while (parent != null && seen.add(parent)) {
            Optional<StoredPage> p = query("SELECT " + PAGE_COLUMNS_NO_BODY + " FROM HOST_PAGE WHERE ID = ?", HostPageStore::stored, parent)
                    .stream().findFirst();
            if (p.isEmpty()) break;
            ancestors.add(0, p.get());
            parent = p.get().parentId();
        }
        return ancestors;
    }

    /** Inserts a page under the space's home page; see {@link #insert(String, Long, String, String, String)}. */
    public StoredPage insert(String spaceKey, String title, String body, String username) {
        return insert(spaceKey, null, title, body, username);
    }

    /** Inserts version 1 of a page under {@code parentId}, or under the space's home page when it is null. */
    public synchronized StoredPage insert(String spaceKey, Long parentId, String title, String body, String username) {
        Long parent = parentId != null ? parentId : spaceRow(spaceKey).map(SpaceRow::homePageId).orElse(null);
        return insertRow(Page.CONTENT_TYPE, spaceKey, parent, title, body, username);
    }

    /**
     * Inserts version 1 of a page under the id given, as a space import keeps the ids it brings; tests that name
     * their pages by number use it. The id must be free.
     */
    public synchronized StoredPage insertWithId(long id, String spaceKey, String title, String body, String username) {
        if (find(id).isPresent()) throw new IllegalArgumentException("page " + id + " exists");
        Long parent = spaceRow(spaceKey).map(SpaceRow::homePageId).orElse(null);
        return insertVersionOne(id, Page.CONTENT_TYPE, spaceKey, parent, title, body, username);
    }

    /** Inserts version 1 of a blog post in the space; blog posts stand outside the page tree. */
    public StoredPage insertBlogPost(String spaceKey, String title, String body, String username) {
        return insertRow(BlogPost.CONTENT_TYPE, spaceKey, null, title, body, username);
    }

    private synchronized StoredPage insertRow(String type, String spaceKey, Long parentId, String title, String body, String username) {
        long id = next("page");
        while (find(id).isPresent()) {
            // Rows written past the counter (a bulk loader inserting ids itself): continue after the largest id.
            raiseSequence("page", query("SELECT MAX(ID) FROM HOST_PAGE", rs -> rs.getLong(1)).get(0) + 1);
            id = next("page");
        }
        return insertVersionOne(id, type, spaceKey, parentId, title, body, username);
    }

    private StoredPage insertVersionOne(long id, String type, String spaceKey, Long parentId, String title, String body, String username) {
        update("INSERT INTO HOST_PAGE (ID, SPACE_KEY, TITLE, BODY, VERSION, STATUS, UPDATED_BY, UPDATED_AT, PARENT_ID, CONTENT_TYPE) "
                        + "VALUES (?, ?, ?, ?, 1, 'current', ?, ?, ?, ?)",
                id, spaceKey, title, body, username, Timestamp.from(Instant.now()), parentId, type);
        return find(id).orElseThrow();
    }

    /** Stores version {@code newVersion} if the stored one is exactly one less; false when it is not (stale). */
    public boolean updateIfVersion(long id, int newVersion, String title, String body, String username) {
        return updateIfVersion(id, newVersion, title, body, username, null);
    }

    /** As {@link #updateIfVersion(long, int, String, String, String)}, with the version's comment. */
    public boolean updateIfVersion(long id, int newVersion, String title, String body, String username, String versionComment) {
        return update("UPDATE HOST_PAGE SET TITLE = ?, BODY = ?, VERSION = ?, UPDATED_BY = ?, UPDATED_AT = ?, VERSION_COMMENT = ? "
                        + "WHERE ID = ? AND VERSION = ? AND STATUS = 'current'",
                title, body, newVersion, username, Timestamp.from(Instant.now()), versionComment, id, newVersion - 1) == 1;
    }

    /** The comment saved with the page's current version, or null. */
    public String versionComment(long id) {
        return query("SELECT VERSION_COMMENT FROM HOST_PAGE WHERE ID = ?", rs -> rs.getString(1), id).stream().findFirst().orElse(null);
    }

    /** Saves a page's next version as Confluence's saveNewVersion does; the page service publishes the event. */
    public interface NewVersions {
        void save(long id, int newVersion, String title, String body, String versionComment, SaveContext saveContext);
    }

    private volatile NewVersions newVersions;

    public void savesNewVersionsThrough(NewVersions newVersions) { this.newVersions = newVersions; }

    /**
     * As Confluence: the comment is cleared, the modification applied to the content, the result stored as the
     * next version of the version it was read at (a page saved meanwhile makes this fail, as Hibernate's stale
     * check does), and the update event published unless the save context suppresses events.
     */
    @Override
    public <T extends ContentEntityObject> void saveNewVersion(T current, Modification<T> modification, SaveContext saveContext) {
        if (newVersions == null) throw new IllegalStateException("no page service saves new versions");
        int base = current.getVersion();
        current.setVersionComment("");
        modification.modify(current);
        newVersions.save(current.getId(), base + 1, current.getTitle(), current.getBodyAsString(), current.getVersionComment(), saveContext);
    }

    public boolean setStatus(long id, boolean trashed) {
        return update("UPDATE HOST_PAGE SET STATUS = ? WHERE ID = ?", trashed ? "trashed" : "current", id) == 1;
    }

    public void setParent(long id, Long parentId) {
        update("UPDATE HOST_PAGE SET PARENT_ID = ? WHERE ID = ?", parentId, id);
    }

    /** Moves the current children of one page under another, as Confluence does when it trashes their parent. */
    public void moveChildren(long fromParent, Long toParent) {
        update("UPDATE HOST_PAGE SET PARENT_ID = ? WHERE PARENT_ID = ? AND STATUS = 'current'", toParent, fromParent);
    }

    public void purge(long id) {
        update("DELETE FROM HOST_RESTRICTION WHERE PAGE_ID = ?", id);
        update("DELETE FROM HOST_LABEL WHERE PAGE_ID = ?", id);
        update("DELETE FROM HOST_PAGE WHERE ID = ?", id);
    }

    public void restrict(long pageId, String kind, Set<String> usernames) {
        update("DELETE FROM HOST_RESTRICTION WHERE PAGE_ID = ? AND KIND = ?", pageId, kind);
        for (String username : usernames) {
            update("INSERT INTO HOST_RESTRICTION (PAGE_ID, KIND, USERNAME) VALUES (?, ?, ?)", pageId, kind, username);
        }
    }

    /**
     * Grants a space permission ({@code EDITSPACE}: add pages) to these users only; an empty set gives it back to every
     * logged-in user, the host's default.
     */
    public synchronized void limitSpacePermission(String spaceKey, String permission, Set<String> usernames) {
        update("DELETE FROM HOST_SPACE_PERMISSION WHERE SPACE_KEY = ? AND PERMISSION = ?", spaceKey, permission);
        for (String username : usernames) {
            update("INSERT INTO HOST_SPACE_PERMISSION (SPACE_KEY, PERMISSION, USERNAME) VALUES (?, ?, ?)", spaceKey, permission, username);
        }
    }

    /** Usernames a space permission is limited to; empty means every logged-in user has it. */
    public Set<String> spacePermission(String spaceKey, String permission) {
        return new TreeSet<>(query("SELECT USERNAME FROM HOST_SPACE_PERMISSION WHERE SPACE_KEY = ? AND PERMISSION = ?",
                rs -> rs.getString(1), spaceKey, permission));
    }

    /** Usernames a restriction of this kind allows; empty means the page is not restricted that way. */
    public Set<String> restriction(long pageId, String kind) {
        return new TreeSet<>(query("SELECT USERNAME FROM HOST_RESTRICTION WHERE PAGE_ID = ? AND KIND = ?",
                rs -> rs.getString(1), pageId, kind));
    }

    /** Labels of a page, by name. */
    public List<Label> labels(long pageId) {
        return query("SELECT LABEL_ID, PREFIX, NAME FROM HOST_LABEL WHERE PAGE_ID = ? ORDER BY NAME",
                rs -> new Label(rs.getLong(1), rs.getString(2), rs.getString(3)), pageId);
    }

    /** Label names of every labelled page. */
    public java.util.Map<Long, Set<String>> labelNamesByPage() {
        java.util.Map<Long, Set<String>> byPage = new java.util.HashMap<>();
        for (Object[] row : query("SELECT PAGE_ID, NAME FROM HOST_LABEL", rs -> new Object[] {rs.getLong(1), rs.getString(2)})) {
            byPage.computeIfAbsent((Long) row[0], k -> new TreeSet<>()).add((String) row[1]);
        }
        return byPage;
    }

    /** Adds a label to a page unless it is there; a name used before keeps its id. */
    public synchronized void addLabel(long pageId, String prefix, String name) {
        if (!query("SELECT 1 FROM HOST_LABEL WHERE PAGE_ID = ? AND NAME = ?", rs -> 1, pageId, name).isEmpty()) return;
        long labelId = query("SELECT MIN(LABEL_ID) FROM HOST_LABEL WHERE NAME = ?", rs -> rs.getObject(1) == null ? 0L : rs.getLong(1), name)
                .stream().findFirst().filter(v -> v != 0L).orElseGet(() -> next("label"));
        update("INSERT INTO HOST_LABEL (PAGE_ID, NAME, PREFIX, LABEL_ID) VALUES (?, ?, ?, ?)", pageId, name, prefix, labelId);
    }

    public boolean removeLabel(long pageId, String name) {
        return update("DELETE FROM HOST_LABEL WHERE PAGE_ID = ? AND NAME = ?", pageId, name) == 1;
    }

    /** The next value of a persistent counter, in its own transaction so concurrent callers never share one. */
    synchronized long next(String sequence) {
        try (Connection c = connections.open()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                long value;
                try (PreparedStatement up = c.prepareStatement("UPDATE HOST_SEQUENCE SET NEXT_VALUE = NEXT_VALUE + 1 WHERE NAME = ?")) {
                    up.setString(1, sequence);
                    if (up.executeUpdate() != 1) throw new SQLException("no sequence " + sequence);
                }
                try (PreparedStatement read = c.prepareStatement("SELECT NEXT_VALUE - 1 FROM HOST_SEQUENCE WHERE NAME = ?")) {
                    read.setString(1, sequence);
                    try (ResultSet rs = read.executeQuery()) {
                        rs.next();
                        value = rs.getLong(1);
                    }
                }
                c.commit();
                return value;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("page store: " + e.getMessage(), e);
        }
    }

    /** Creates a counter starting at {@code first}, or past the largest id already stored, whichever is larger. */
    private void ensureSequence(String sequence, long first, String maxSql) {
        if (query("SELECT 1 FROM HOST_SEQUENCE WHERE NAME = ?", rs -> 1, sequence).isEmpty()) {
            update("INSERT INTO HOST_SEQUENCE (NAME, NEXT_VALUE) VALUES (?, ?)", sequence, first);
        }
        long max = query(maxSql, rs -> rs.getObject(1) == null ? 0L : rs.getLong(1)).get(0);
        raiseSequence(sequence, max + 1);
    }

    private void raiseSequence(String sequence, long atLeast) {
        update("UPDATE HOST_SEQUENCE SET NEXT_VALUE = ? WHERE NAME = ? AND NEXT_VALUE < ?", atLeast, sequence, atLeast);
    }

    private void addColumnIfMissing(String table, String column, String type) {
        try (Connection c = connections.open()) {
            java.sql.DatabaseMetaData meta = c.getMetaData();
            for (String t : List.of(table, table.toLowerCase(java.util.Locale.ROOT))) {
                for (String col : List.of(column, column.toLowerCase(java.util.Locale.ROOT))) {
                    try (ResultSet rs = meta.getColumns(null, null, t, col)) {
                        if (rs.next()) return;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("page store: " + e.getMessage(), e);
        }
        update("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type);
    }

    /**
     * The current page without its body, which is read only if someone asks for it: permission checks
     * look pages up by id for every list request and need no body (Confluence caches pages similarly).
     * A blog post, rarer, is read with its body, as a {@link BlogPost}.
     */
    @Override
    public ContentEntityObject getById(long id) {
        return query("SELECT " + PAGE_COLUMNS_NO_BODY + " FROM HOST_PAGE WHERE ID = ?", HostPageStore::stored, id).stream().filter(p -> !p.trashed()).findFirst()
                .flatMap(p -> p.blogPost()
                        ? find(id).filter(b -> !b.trashed()).map(b -> (ContentEntityObject) b.toBlogPost(getSpace(b.spaceKey())))
                        : Optional.of((ContentEntityObject) new LazyBodyPage(p, getSpace(p.spaceKey()))))
                .orElse(null);
    }

    /**
     * A page whose storage body is loaded on first use. The body is then the latest stored one, which may be newer
     * than the version number read with the page, never older (as a body Confluence loads lazily).
     */
    private final class LazyBodyPage extends Page {
        private boolean bodyLoaded;

        private final Long parentId;

        LazyBodyPage(StoredPage stored, Space space) {
            parentId = stored.parentId();
            setId(stored.id());
            setTitle(stored.title());
            setVersion(stored.version());
            setSpace(space);
        }

        @Override
        public String getBodyAsString() {
            if (!bodyLoaded) setBodyAsString(find(getId()).map(StoredPage::body).orElse(null));
            return super.getBodyAsString();
        }

        /** The parent as Confluence has it: the current parent page, read when asked for. */
        @Override
        public Page getParent() {
            return parentId == null || !(getById(parentId) instanceof Page parent) ? null : parent;
        }

        /** A body set by the app (saveNewVersion's modification) is the body; nothing is loaded over it. */
        @Override
        public void setBodyAsString(String body) {
            bodyLoaded = true;
            super.setBodyAsString(body);
        }
    }

    /** Confluence's {@code getPage(spaceKey, title)}: the current page (not blog post) of that title, or null. */
    @Override
    public Page getPage(String spaceKey, String pageTitle) {
        if (spaceKey == null || pageTitle == null) return null;
        return findByTitle(spaceKey, pageTitle, Page.CONTENT_TYPE).filter(p -> !p.trashed())
                .map(p -> getById(p.id()) instanceof Page page ? page : null).orElse(null);
    }

    @Override
    public List<Page> getPages(Space space, boolean currentOnly) {
        List<Page> pages = new ArrayList<>();
        for (StoredPage p : list(space.getKey())) pages.add(find(p.id()).orElseThrow().toPage(space));
        return pages;
    }

    /** The space's current blog posts, with their bodies (the host keeps no historical versions). */
    @Override
    public List<BlogPost> getBlogPosts(Space space, boolean currentOnly) {
        List<BlogPost> posts = new ArrayList<>();
        for (StoredPage p : list(space.getKey(), false, BlogPost.CONTENT_TYPE)) posts.add(find(p.id()).orElseThrow().toBlogPost(space));
        return posts;
    }

    private static StoredPage stored(ResultSet rs) throws SQLException {
        return new StoredPage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                "trashed".equals(rs.getString(6)), rs.getString(7), rs.getTimestamp(8).toInstant(),
                rs.getObject(9) == null ? null : rs.getLong(9), rs.getString(10));
    }

    private interface Row<T> { T map(ResultSet rs) throws SQLException; }

    private <T> List<T> query(String sql, Row<T> row, Object... params) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                List<T> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(row.map(rs));
                }
                return out;
            } catch (SQLException e) {
                // HSQLDB frees a body's LOB when a concurrent save of the page commits; the read is simply repeated
                // and sees the new version (Confluence's own store has no such window).
                if (attempt < 5 && String.valueOf(e.getMessage()).contains("lob is no longer valid")) continue;
                throw new IllegalStateException("page store: " + e.getMessage(), e);
            }
        }
    }

    private int update(String sql, Object... params) {
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("page store: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
    }

}
