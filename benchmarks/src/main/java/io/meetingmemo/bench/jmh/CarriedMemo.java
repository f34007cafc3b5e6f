package io.meetingmemo.bench.jmh;

import io.meetingmemo.bench.data.AppDatabase;
import io.meetingmemo.memo.domain.ActionStatus;
import io.meetingmemo.memo.domain.Memo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A memo of the loaded data set's meeting series and how many items it carries over: the open items of the
 * series' earlier memos (dated before it) on pages that are not in the trash and still on their page, counted in
 * the database as the app's carry-over query selects them. The data set's memos name their series after their
 * space and meeting title, so a series has dozens of memos over the three years of history and its last memo
 * carries many open items of the earlier ones. Memos are chosen from this list by rules, never by
 * chance, so every fork and every run on the same data set asks for the same memos.
 */
public record CarriedMemo(String series, LocalDate date, int carried) {
    private static final Comparator<CarriedMemo> MOST_CARRIED_FIRST = Comparator.comparingInt(CarriedMemo::carried).reversed()
            .thenComparing(CarriedMemo::series).thenComparing(CarriedMemo::date);

    /** The memo as the macro hands it to {@code MemoPages.carriedInto}, which reads only its series and date. */
    public Memo memo() {
        return new Memo("carried-" + series + "-" + date, series, date, null, null, series, List.of(), List.of(), null, List.of(), List.of(),
                List.of(), List.of());
    }

    /** Every dated memo of a series that has tracked items, by series and date. */
    public static List<CarriedMemo> all(AppDatabase db) {
        String sql = "SELECT \"MEMO_SERIES\", \"MEMO_DATE\", SUM(CASE WHEN \"STATUS\" = ? AND \"REMOVED\" = ? THEN 1 ELSE 0 END) FROM \""
                + db.table("ACTION_ITEM") + "\" WHERE \"HIDDEN\" = ? AND \"MEMO_SERIES\" IS NOT NULL AND \"MEMO_DATE\" IS NOT NULL"
                + " AND \"SPACE_KEY\" <> ? GROUP BY \"MEMO_SERIES\", \"MEMO_DATE\"";
        // Open items of each series by memo date; a memo carries those of the dates before its own.
        Map<String, Map<LocalDate, Integer>> openBySeries = new LinkedHashMap<>();
        try (Connection c = db.activeObjects().openConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, ActionStatus.OPEN.wireName());
            ps.setBoolean(2, false);
            ps.setBoolean(3, false);
            ps.setString(4, AppDatabase.BENCHMARK_SPACE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    openBySeries.computeIfAbsent(rs.getString(1), s -> new TreeMap<>())
                            .put(LocalDate.parse(rs.getString(2)), rs.getInt(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the data set's series: " + e.getMessage(), e);
        }
        List<CarriedMemo> memos = new ArrayList<>();
        openBySeries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(series -> {
            int earlier = 0;
            for (Map.Entry<LocalDate, Integer> memo : series.getValue().entrySet()) {
                memos.add(new CarriedMemo(series.getKey(), memo.getKey(), earlier));
                earlier += memo.getValue();
            }
        });
        return memos;
    }

    /**
     * The last memo of each series, those carrying the most first: memos late in long series, at most {@code count}.
     */
    public static List<CarriedMemo> lateInLongSeries(List<CarriedMemo> memos, int count) {
        Map<String, CarriedMemo> last = new LinkedHashMap<>();
        for (CarriedMemo memo : memos) last.merge(memo.series(), memo, (a, b) -> a.date().isAfter(b.date()) ? a : b);
        List<CarriedMemo> chosen = last.values().stream().sorted(MOST_CARRIED_FIRST).limit(count).toList();
        if (chosen.isEmpty()) throw new IllegalStateException("the data set has no memo of a series with tracked items");
        return chosen;
    }

    /** The memo that carries the most items. */
    public static CarriedMemo mostCarried(List<CarriedMemo> memos) { return lateInLongSeries(memos, 1).get(0); }

    /** A memo that carries some items, as close to {@code wanted} as the data set has (the fewer on a tie). */
    public static CarriedMemo carrying(List<CarriedMemo> memos, int wanted) {
        return memos.stream().filter(m -> m.carried() > 0)
                .min(Comparator.comparingInt((CarriedMemo m) -> Math.abs(m.carried() - wanted)).thenComparingInt(CarriedMemo::carried)
                        .thenComparing(CarriedMemo::series).thenComparing(CarriedMemo::date))
                .orElseThrow(() -> new IllegalStateException("no memo of the data set carries an item over"));
    }
}
