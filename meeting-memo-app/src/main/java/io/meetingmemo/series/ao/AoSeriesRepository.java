package io.meetingmemo.series.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.meetingmemo.series.domain.Cadence;
import io.meetingmemo.series.domain.Series;
import io.meetingmemo.series.domain.SeriesRepository;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** Series records in Active Objects ({@link SeriesEntity}). */
public final class AoSeriesRepository implements SeriesRepository {
    private static final String COLUMNS = "ID, SERIES_KEY, NAME, SPACE_KEY, INDEX_PAGE_ID, DEFAULT_PLACE, DEFAULT_ATTENDEES, "
            + "DEFAULT_GUESTS, CADENCE, VERSION";
    /** Keys in one IN (…) list, well below every database's limit of bind parameters. */
    private static final int CHUNK = 500;

    private final ActiveObjects ao;

    public AoSeriesRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Series> find(String key) {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(SeriesEntity.class,
                Query.select(COLUMNS).where(SeriesEntity.SERIES_KEY + " = ?", key))).findFirst().map(AoSeriesRepository::toSeries));
    }

    @Override
    public List<Series> findAll(List<String> keys) {
        if (keys.isEmpty()) return List.of();
        return ao.executeInTransaction(() -> {
            List<Series> found = new java.util.ArrayList<>();
            for (int from = 0; from < keys.size(); from += CHUNK) {
                List<String> chunk = keys.subList(from, Math.min(from + CHUNK, keys.size()));
                for (SeriesEntity e : ao.find(SeriesEntity.class, Query.select(COLUMNS).where(
                        SeriesEntity.SERIES_KEY + " IN (" + "?,".repeat(chunk.size() - 1) + "?)", chunk.toArray()))) {
                    found.add(toSeries(e));
                }
            }
            return found;
        });
    }

    @Override
    public boolean save(Series series) {
        try {
            return ao.executeInTransaction(() -> {
                if (series.version() == 0) {
                    ao.create(SeriesEntity.class, List.of(row(series, 1)));
                    return true;
                }
                // Compare-and-set on the version: of two PATCHes that read the same version, one stores.
                SeriesEntity[] rows = ao.find(SeriesEntity.class, Query.select(COLUMNS).where(
                        SeriesEntity.SERIES_KEY + " = ? AND VERSION = ?", series.key(), series.version()));
                if (rows.length == 0) return false;
                int deleted = ao.deleteWithSQL(SeriesEntity.class, "ID = ? AND VERSION = ?", rows[0].getID(), series.version());
                if (deleted != 1) return false;
                Map<String, Object> row = row(series, series.version() + 1);
                row.put("ID", rows[0].getID());
                ao.create(SeriesEntity.class, List.of(row));
                return true;
            });
        } catch (RuntimeException e) {
            if (isDuplicateKey(e)) return false; // two first PATCHes of one series: the second is stale
            throw e;
        }
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().equals("23505") || s.getSQLState().startsWith("40"))) return true;
        }
        return false;
    }

    private static Map<String, Object> row(Series s, int version) {
        Map<String, Object> row = new HashMap<>();
        row.put(SeriesEntity.SERIES_KEY, s.key());
        row.put("NAME", s.name());
        row.put("SPACE_KEY", s.spaceKey());
        row.put("INDEX_PAGE_ID", s.indexPageId());
        row.put("DEFAULT_PLACE", s.defaultPlace());
        row.put("DEFAULT_ATTENDEES", String.join("\n", s.defaultAttendeeKeys()));
        row.put("DEFAULT_GUESTS", String.join("\n", s.defaultGuests()));
        row.put("CADENCE", s.cadence().wireName());
        row.put("VERSION", version);
        return row;
    }

    private static Series toSeries(SeriesEntity e) {
        return new Series(e.getSeriesKey(), e.getName(), e.getSpaceKey(), e.getIndexPageId(), e.getDefaultPlace(),
                lines(e.getDefaultAttendees()), lines(e.getDefaultGuests()), Cadence.parse(e.getCadence()), e.getVersion());
    }

    private static List<String> lines(String value) {
        return value == null || value.isEmpty() ? List.of() : List.of(value.split("\n"));
    }
}
