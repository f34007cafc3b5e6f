package io.meetingmemo.bench.jmh;

import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.ActionItemFinder;
import io.meetingmemo.actionitem.domain.ActionItemQuery;
import io.meetingmemo.bench.data.AppDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The register's first page: the 50 open items of one person, soonest due first, through the app's
 * {@link ActionItemFinder} (permission filter, AO query, entity mapping) against the same SQL sent and mapped
 * over plain JDBC. The person changes with every call, in turn among the busiest ones, so neither database
 * may answer from a cached result of the previous call.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RegisterQueryBenchmark extends DatabaseParams {
    /** How many of the busiest people the queries rotate through. */
    static final int ASSIGNEES = 8;
    static final int PAGE_SIZE = 50;

    private AppDatabase db;
    private final List<ActionItemQuery> queries = new ArrayList<>();
    private String rawSql;
    private int next;

    @Setup
    public void open() {
        db = AppDatabase.open(database(), people());
        for (int rank = 0; rank < ASSIGNEES; rank++) queries.add(openItemsOf(people().rank(rank).userKey()));
        // The finder's WHERE and ORDER BY (AoActionItemRepository.ListQuery): with assignee and status fixed, the order
        // names them first.
        rawSql = RawActionItems.openItemsSql(db, " AND \"ASSIGNEE_KEY\" = ?",
                "\"ASSIGNEE_KEY\" ASC, \"STATUS\" ASC, \"DUE_SORT\" ASC, \"ID\" ASC", PAGE_SIZE + 1);
    }

    static ActionItemQuery openItemsOf(String assigneeKey) {
        return new ActionItemQuery(ActionItemQuery.StatusFilter.OPEN, assigneeKey, List.of(), null, null, null, null, null, null, false);
    }

    @TearDown
    public void close() { db.close(); }

    @Benchmark
    public ActionItemFinder.Page finder() {
        return db.finder().find(queries.get(next++ % ASSIGNEES), null, PAGE_SIZE, pageId -> true);
    }

    /** The finder's SQL (it asks for one row more than a page, to know whether another page follows). */
    @Benchmark
    public List<ActionItem> rawJdbc() throws SQLException {
        return RawActionItems.openItems(db, rawSql, queries.get(next++ % ASSIGNEES).assigneeKey());
    }
}
