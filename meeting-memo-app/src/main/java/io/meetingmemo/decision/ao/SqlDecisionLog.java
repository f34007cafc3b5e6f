package io.meetingmemo.decision.ao;

import io.meetingmemo.actionitem.ao.ActionItemEntity;
import io.meetingmemo.actionitem.ao.VersionedRows;
import io.meetingmemo.decision.domain.DecisionPosition;
import io.meetingmemo.decision.domain.DecisionQuery;
import io.meetingmemo.decision.domain.DecisionRecord;
import io.meetingmemo.decision.domain.DecisionRepository;
import io.meetingmemo.decision.domain.StoredDecision;
import io.meetingmemo.platform.HostDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The decision log's reads (a log page, one decision, the ids of the actions its decisions name) as hand-written
 * statements on the {@link DecisionEntity} and {@link ActionItemEntity} tables, mapped straight to
 * {@link StoredDecision}s: the same conditions, columns and order as the rows {@link AoDecisionRepository} writes,
 * without Active Objects' per-value work and entity proxies, which made the log's first page tens of times slower than
 * its SQL on H2 (docs/performance.md, 4.3b). The sync keeps writing and reading a page's rows through Active Objects.
 */
public final class SqlDecisionLog implements DecisionRepository {
    /** The columns {@link #decision} reads, in its order. */
    private static final String COLUMNS = "\"ID\", \"PAGE_ID\", \"SPACE_KEY\", \"PAGE_TITLE\", \"MEMO_KEY\", \"MEMO_TITLE\", \"MEMO_DATE\", "
            + "\"SERIES\", \"DECISION_KEY\", \"TEXT\", \"TAGS\", \"ACTION_KEYS\", \"REMOVED\", \"HIDDEN\", \"VERSION\", \"CREATED_AT\", "
            + "\"UPDATED_AT\"";
    private static final String TABLE = HostDatabase.Sql.table("DECISION");
    private static final String BY_ID = "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE \"ID\" = ?";
    private static final String ACTION_IDS = "SELECT \"ID\", \"" + ActionItemEntity.PAGE_ITEM_KEY + "\" FROM "
            + HostDatabase.Sql.table("ACTION_ITEM") + " WHERE \"" + ActionItemEntity.PAGE_ITEM_KEY + "\" IN (";
    /** Keys in one IN (…) list, well below every database's limit of bind parameters. */
    private static final int CHUNK = VersionedRows.CHUNK;

    private final HostDatabase database;

    public SqlDecisionLog(HostDatabase database) {
        this.database = database;
    }

    @Override
    public <T> T readTogether(Supplier<T> reads) {
        return database.read(sql -> reads.get());
    }

    @Override
    public List<StoredDecision> findAfter(DecisionQuery query, DecisionPosition after, int max) {
        ListQuery list = ListQuery.of(query, after, max);
        return database.read(sql -> {
            try (PreparedStatement ps = sql.prepare(list.sql(), list.params())) {
                List<StoredDecision> rows = new ArrayList<>(Math.min(max, 256));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) rows.add(decision(rs));
                }
                return rows;
            }
        });
    }

    @Override
    public Optional<StoredDecision> findById(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) return Optional.empty();
        return database.read(sql -> {
            try (PreparedStatement ps = sql.prepare(BY_ID)) {
                ps.setInt(1, (int) id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(decision(rs)) : Optional.empty();
                }
            }
        });
    }

    /** One query on the items' unique page-and-key column (one per 500 keys); action keys a page no longer has are left out. */
    @Override
    public Map<StoredDecision, List<Long>> actionItemIds(List<StoredDecision> decisions) {
        Set<String> pageItemKeys = new LinkedHashSet<>();
        for (StoredDecision d : decisions) {
            for (String key : d.decision().actionKeys()) pageItemKeys.add(d.pageId() + ":" + key);
        }
        Map<String, Long> ids = pageItemKeys.isEmpty() ? Map.of() : database.read(sql -> {
            Map<String, Long> found = new HashMap<>();
            List<String> keys = List.copyOf(pageItemKeys);
            for (int from = 0; from < keys.size(); from += CHUNK) {
                List<String> chunk = keys.subList(from, Math.min(from + CHUNK, keys.size()));
                try (PreparedStatement ps = sql.prepare(ACTION_IDS + "?,".repeat(chunk.size() - 1) + "?)")) {
                    for (int i = 0; i < chunk.size(); i++) ps.setString(i + 1, chunk.get(i));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) found.put(rs.getString(2), rs.getLong(1));
                    }
                }
            }
            return found;
        });
        Map<StoredDecision, List<Long>> result = new LinkedHashMap<>();
        for (StoredDecision d : decisions) {
            List<Long> found = new ArrayList<>();
            for (String key : d.decision().actionKeys()) {
                Long id = ids.get(d.pageId() + ":" + key);
                if (id != null) found.add(id);
            }
            result.put(d, found);
        }
        return result;
    }


    /** The current row of a result of {@link #COLUMNS}, value for value as Active Objects maps the entity. */
    private static StoredDecision decision(ResultSet rs) throws SQLException {
        String memoDate = rs.getString(7), tags = rs.getString(11), actionKeys = rs.getString(12);
        DecisionRecord r = new DecisionRecord(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                memoDate == null ? null : LocalDate.parse(memoDate), rs.getString(8), rs.getString(9), rs.getString(10),
                tags == null ? List.of() : Arrays.stream(tags.split(",")).filter(t -> !t.isEmpty()).toList(),
                actionKeys == null ? List.of() : List.of(actionKeys.split(AoDecisionRepository.KEY_SEPARATOR, -1)));
        return new StoredDecision(rs.getLong(1), r, rs.getBoolean(13), rs.getBoolean(14), rs.getInt(15), instant(rs.getTimestamp(16)),
                instant(rs.getTimestamp(17)));
    }

    private static Instant instant(Timestamp t) { return t == null ? null : t.toInstant(); }

    /** A log page's statement: every value a bind parameter, the row limit last. */
    record ListQuery(String sql, List<Object> params) {
        /** The sort key of undated memos: after every day. */
        private static final String UNDATED = DecisionPosition.logSortKey("0000-00-00");

        static ListQuery of(DecisionQuery q, DecisionPosition after, int max) {
            // A lower bound on LOG_SORT always, so the database seeks in the list index; days run backwards in it.
            StringBuilder where = new StringBuilder("\"LOG_SORT\" >= ? AND \"HIDDEN\" = ? AND \"REMOVED\" = ?");
            List<Object> params = new ArrayList<>(List.of(q.to() != null ? DecisionPosition.of(q.to(), 0).logSortKey() : "00000000",
                    false, false));
            if (q.from() != null) {
                where.append(" AND \"LOG_SORT\" <= ?");
                params.add(DecisionPosition.of(q.from(), 0).logSortKey());
            } else if (q.to() != null) {
                where.append(" AND \"LOG_SORT\" < ?");
                params.add(UNDATED);
            }
            if (!q.spaceKeys().isEmpty()) {
                where.append(" AND \"SPACE_KEY\" IN (").append("?,".repeat(q.spaceKeys().size() - 1)).append("?)");
                params.addAll(q.spaceKeys());
            }
            if (q.series() != null) { where.append(" AND \"SERIES\" = ?"); params.add(q.series()); }
            if (q.tag() != null) {
                where.append(" AND \"TAGS\" LIKE ? ESCAPE '!'");
                params.add("%," + VersionedRows.likeEscape(q.tag()) + ",%");
            }
            if (q.text() != null && !q.text().isBlank()) {
                where.append(" AND LOWER(\"TEXT\") LIKE ? ESCAPE '!'");
                params.add("%" + VersionedRows.likeEscape(q.text().trim().toLowerCase(Locale.ROOT)) + "%");
            }
            if (after != null) {
                // The leading LOG_SORT >= ? lets the database seek to the position in the list index.
                where.append(" AND \"LOG_SORT\" >= ? AND (\"LOG_SORT\" > ? OR \"ID\" > ?)");
                params.add(after.logSortKey());
                params.add(after.logSortKey());
                params.add((int) Math.min(after.id(), Integer.MAX_VALUE));
            }
            params.add(max);
            return new ListQuery("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE " + where + " ORDER BY " + order(q) + " LIMIT ?", params);
        }

        /**
         * The log's order (latest day first, then id), preceded by the column a filter fixes to one value: that leaves
         * the order as it is, but lets that column's index deliver the rows in order and stop at the limit.
         */
        static String order(DecisionQuery q) {
            String list = "\"LOG_SORT\" ASC, \"ID\" ASC";
            if (q.series() != null) return "\"SERIES\" ASC, " + list;
            if (q.spaceKeys().size() == 1) return "\"SPACE_KEY\" ASC, " + list;
            return list;
        }
    }
}
