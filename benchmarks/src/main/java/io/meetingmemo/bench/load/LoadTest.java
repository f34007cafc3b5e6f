package io.meetingmemo.bench.load;

import io.meetingmemo.bench.data.DataSetGenerator;
import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.preview.PreviewHost;
import io.meetingmemo.preview.store.HostUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Load on loopback against a preview host started in this JVM on a loaded data set: the action-item list
 * ({@code GET /rest/meeting-memo/1.0/action-items}) with varied filters and users, against the host's own
 * cheapest authenticated JSON resource ({@code GET /rest/api/user}) under the same load as the baseline,
 * which shows what HTTP, authentication and JSON alone cost on this machine.
 */
public final class LoadTest {
    private static final String ACTION_ITEMS = "/rest/meeting-memo/1.0/action-items";

    /** Both phases of one load test. */
    public record Outcome(LoadResult actionItems, LoadResult baseline) {}

    private LoadTest() {}

    public static Outcome run(DatabaseConfig database, LoadGenerator.Settings settings, Consumer<String> log) throws InterruptedException {
        try (PreviewHost host = PreviewHost.start(new PreviewHost.Options("127.0.0.1", freePort(), database, false))) {
            List<String> users = host.users().all().stream().map(HostUser::username).toList();
            LoadGenerator generator = new LoadGenerator(host.baseUri());
            List<LoadGenerator.Request> baseline = users.stream()
                    .map(u -> new LoadGenerator.Request("user lookup", u, "/rest/api/user?username=" + u)).toList();
            List<LoadGenerator.Request> actionItems = actionItemRequests(host, users);
            log.accept("load: " + settings.connections() + " connections, " + actionItems.size() + " request shapes, against " + host.baseUri());
            LoadResult baselineResult = generator.run(baseline, settings);
            log.accept("load baseline (GET /rest/api/user): " + baselineResult);
            LoadResult actionItemsResult = generator.run(actionItems, settings);
            log.accept("load action items: " + actionItemsResult);
            if (actionItemsResult.firstError() != null) log.accept("first failure: " + actionItemsResult.firstError());
            return new Outcome(actionItemsResult, baselineResult);
        }
    }

    /**
     * What people ask the register for, each as every user in turn: their own open items, everything of
     * theirs, someone else's done items, a space, what is overdue, a meeting series, one page, a due-date
     * window, a word search among their items, and a smaller page of a space's done items.
     */
    static List<LoadGenerator.Request> actionItemRequests(PreviewHost host, List<String> users) {
        List<String> spaces = distinct(host, "SPACE_KEY", 5);
        List<String> series = distinct(host, "MEMO_SERIES", 5);
        List<String> pages = distinct(host, "PAGE_ID", 5);
        String from = DataSetGenerator.REFERENCE_DAY.minusDays(30).toString();
        String to = DataSetGenerator.REFERENCE_DAY.plusDays(30).toString();
        List<LoadGenerator.Request> requests = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            String user = users.get(i);
            String other = users.get((i + 1) % users.size());
            String space = spaces.get(i % spaces.size());
            Map<String, String> queries = new LinkedHashMap<>();
            queries.put("own open items", "assignee=me");
            queries.put("own items, any status", "assignee=me&status=all");
            queries.put("someone's done items", "assignee=" + other + "&status=done");
            queries.put("a space's open items", "spaceKey=" + space);
            queries.put("own overdue items", "overdue=true&assignee=me");
            queries.put("a meeting series", "series=" + encode(series.get(i % series.size())));
            queries.put("one page, any status", "pageId=" + pages.get(i % pages.size()) + "&status=all");
            queries.put("own items due within ±30 days", "dueAfter=" + from + "&dueBefore=" + to + "&assignee=me");
            queries.put("word search in own items", "q=" + encode("budjetti") + "&assignee=me");
            queries.put("a space's done items, 20 a page", "limit=20&status=done&spaceKey=" + space);
            queries.forEach((shape, query) -> requests.add(new LoadGenerator.Request(shape, user, ACTION_ITEMS + "?" + query)));
        }
        return requests;
    }

    /** A few values of a column that occur in the data set, most frequent first, for realistic filters. */
    private static List<String> distinct(PreviewHost host, String column, int count) {
        String table = host.activeObjects().tablePrefix() + "ACTION_ITEM";
        List<String> values = new ArrayList<>();
        try (Connection c = host.activeObjects().openConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"" + column + "\" FROM \"" + table + "\" WHERE \"" + column + "\" IS NOT NULL"
                     + " GROUP BY \"" + column + "\" ORDER BY COUNT(*) DESC, \"" + column + "\" LIMIT " + count)) {
            while (rs.next()) values.add(rs.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot sample " + column + ": " + e.getMessage(), e);
        }
        if (values.isEmpty()) throw new IllegalStateException("the data set has no " + column);
        return values;
    }

    private static String encode(String value) { return URLEncoder.encode(value, StandardCharsets.UTF_8); }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }
}
