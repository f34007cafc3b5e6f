package io.meetingmemo.preview.store;

import com.atlassian.confluence.core.ContentEntityObject;
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
 * Spaces, pages and page restrictions of the preview host, in its database next to the app's tables.
 * It is the host's PageManager and SpaceManager; the app reads pages only through those interfaces.
 */
public final class HostPageStore implements PageManager, SpaceManager {
    /** Confluence page ids are large numbers; starting high keeps ids distinct from item ids in examples. */
    private static final long FIRST_PAGE_ID = 65537;

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
    }

    /** A stored page version with its state. */
    public record StoredPage(long id, String spaceKey, String title, String body, int version, boolean trashed,
                             String updatedBy, Instant updatedAt) {
        public Page toPage(Space space) {
            Page page = new Page();
            page.setId(id);
            page.setTitle(title);
            page.setBodyAsString(body);
            page.setVersion(version);
            page.setSpace(space);
            return page;
        }
    }

    public void ensureSpace(String key, String name) {
        if (getSpace(key) != null) return;
        update("INSERT INTO HOST_SPACE (SPACE_KEY, NAME) VALUES (?, ?)", key, name);
    }

    @Override
    public Space getSpace(String spaceKey) {
        return query("SELECT SPACE_KEY, NAME FROM HOST_SPACE WHERE SPACE_KEY = ?", rs -> {
            Space s = new Space(rs.getString(1));
            s.setName(rs.getString(2));
            return s;
        }, spaceKey).stream().findFirst().orElse(null);
    }

    @Override
    public java.util.Collection<String> getAllSpaceKeys(com.atlassian.confluence.spaces.SpaceStatus status) {
        return spaces().stream().map(Space::getKey).toList();
    }

    public List<Space> spaces() {
        return query("SELECT SPACE_KEY, NAME FROM HOST_SPACE ORDER BY SPACE_KEY", rs -> {
            Space s = new Space(rs.getString(1));
            s.setName(rs.getString(2));
            return s;
        });
    }

    public Optional<StoredPage> find(long id) {
        return query("SELECT ID, SPACE_KEY, TITLE, BODY, VERSION, STATUS, UPDATED_BY, UPDATED_AT FROM HOST_PAGE WHERE ID = ?",
                HostPageStore::stored, id).stream().findFirst();
    }

    public Optional<StoredPage> findByTitle(String spaceKey, String title) {
        return query("SELECT ID, SPACE_KEY, TITLE, BODY, VERSION, STATUS, UPDATED_BY, UPDATED_AT FROM HOST_PAGE "
                + "WHERE SPACE_KEY = ? AND TITLE = ? AND STATUS = 'current'", HostPageStore::stored, spaceKey, title).stream().findFirst();
    }

    /** Current pages of a space, or of all spaces when the key is null, newest first. */
    public List<StoredPage> list(String spaceKey) {
        String sql = "SELECT ID, SPACE_KEY, TITLE, NULL, VERSION, STATUS, UPDATED_BY, UPDATED_AT FROM HOST_PAGE WHERE STATUS = 'current'"
                + (spaceKey == null ? "" : " AND SPACE_KEY = ?") + " ORDER BY UPDATED_AT DESC, ID DESC";
        return spaceKey == null ? query(sql, HostPageStore::stored) : query(sql, HostPageStore::stored, spaceKey);
    }

    public synchronized StoredPage insert(String spaceKey, String title, String body, String username) {
        long id = query("SELECT COALESCE(MAX(ID), 0) FROM HOST_PAGE", rs -> rs.getLong(1)).get(0);
        id = Math.max(id + 1, FIRST_PAGE_ID);
        update("INSERT INTO HOST_PAGE (ID, SPACE_KEY, TITLE, BODY, VERSION, STATUS, UPDATED_BY, UPDATED_AT) VALUES (?, ?, ?, ?, 1, 'current', ?, ?)",
                id, spaceKey, title, body, username, Timestamp.from(Instant.now()));
        return find(id).orElseThrow();
    }

    /** Stores version {@code newVersion} if the stored one is exactly one less; false when it is not (stale). */
    public boolean updateIfVersion(long id, int newVersion, String title, String body, String username) {
        return update("UPDATE HOST_PAGE SET TITLE = ?, BODY = ?, VERSION = ?, UPDATED_BY = ?, UPDATED_AT = ? "
                        + "WHERE ID = ? AND VERSION = ? AND STATUS = 'current'",
                title, body, newVersion, username, Timestamp.from(Instant.now()), id, newVersion - 1) == 1;
    }

    public boolean setStatus(long id, boolean trashed) {
        return update("UPDATE HOST_PAGE SET STATUS = ? WHERE ID = ?", trashed ? "trashed" : "current", id) == 1;
    }

    public void purge(long id) {
        update("DELETE FROM HOST_RESTRICTION WHERE PAGE_ID = ?", id);
        update("DELETE FROM HOST_PAGE WHERE ID = ?", id);
    }

    public void restrict(long pageId, String kind, Set<String> usernames) {
        update("DELETE FROM HOST_RESTRICTION WHERE PAGE_ID = ? AND KIND = ?", pageId, kind);
        for (String username : usernames) {
            update("INSERT INTO HOST_RESTRICTION (PAGE_ID, KIND, USERNAME) VALUES (?, ?, ?)", pageId, kind, username);
        }
    }

    /** Usernames a restriction of this kind allows; empty means the page is not restricted that way. */
    public Set<String> restriction(long pageId, String kind) {
        return new TreeSet<>(query("SELECT USERNAME FROM HOST_RESTRICTION WHERE PAGE_ID = ? AND KIND = ?",
                rs -> rs.getString(1), pageId, kind));
    }

    /**
     * The current page without its body, which is read only if someone asks for it: permission checks
     * look pages up by id for every list request and need no body (Confluence caches pages similarly).
     */
    @Override
    public ContentEntityObject getById(long id) {
        return query("SELECT ID, SPACE_KEY, TITLE, NULL, VERSION, STATUS, UPDATED_BY, UPDATED_AT FROM HOST_PAGE WHERE ID = ?",
                HostPageStore::stored, id).stream().filter(p -> !p.trashed()).findFirst()
                .map(p -> (ContentEntityObject) new LazyBodyPage(p, getSpace(p.spaceKey()))).orElse(null);
    }

    /**
     * A page whose storage body is loaded on first use. The body is then the latest stored one, which may be newer
     * than the version number read with the page, never older (as a body Confluence loads lazily).
     */
    private final class LazyBodyPage extends Page {
        private boolean bodyLoaded;

        LazyBodyPage(StoredPage stored, Space space) {
            setId(stored.id());
            setTitle(stored.title());
            setVersion(stored.version());
            setSpace(space);
        }

        @Override
        public String getBodyAsString() {
            if (!bodyLoaded) {
                setBodyAsString(find(getId()).map(StoredPage::body).orElse(null));
                bodyLoaded = true;
            }
            return super.getBodyAsString();
        }
    }

    @Override
    public List<Page> getPages(Space space, boolean currentOnly) {
        List<Page> pages = new ArrayList<>();
        for (StoredPage p : list(space.getKey())) pages.add(find(p.id()).orElseThrow().toPage(space));
        return pages;
    }

    private static StoredPage stored(ResultSet rs) throws SQLException {
        return new StoredPage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                "trashed".equals(rs.getString(6)), rs.getString(7), rs.getTimestamp(8).toInstant());
    }

    private interface Row<T> { T map(ResultSet rs) throws SQLException; }

    private <T> List<T> query(String sql, Row<T> row, Object... params) {
        try (Connection c = connections.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("page store: " + e.getMessage(), e);
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
