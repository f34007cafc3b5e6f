package io.meetingmemo.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The suite's results, one row per measure, each with its baseline from the same run, as a Markdown table. */
public final class ResultTable {
    /**
     * Whether a row's goal was reached; rows without a goal only inform. Inconclusive: the error margins of the
     * run reach both sides of the goal, so the run cannot tell (a busy machine).
     */
    public enum Verdict {
        MET("met"), MISSED("**missed**"), INCONCLUSIVE("inconclusive (noise)"), NONE("");

        private final String markdown;

        Verdict(String markdown) { this.markdown = markdown; }

        public static Verdict of(boolean met) { return met ? MET : MISSED; }
    }

    /**
     * @param ratio result ÷ baseline, or NaN where a ratio means nothing
     */
    public record Row(String measure, String result, String baseline, double ratio, String goal, Verdict verdict) {}

    private final List<Row> rows = new ArrayList<>();

    public void add(Row row) { rows.add(row); }

    public void add(String measure, String result, String baseline, double ratio, String goal, Verdict verdict) {
        rows.add(new Row(measure, result, baseline, ratio, goal, verdict));
    }

    public List<Row> rows() { return List.copyOf(rows); }

    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("| Measure | Result | Baseline (same run) | Ratio | Goal | |\n");
        out.append("|---|---:|---:|---:|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.measure()).append(" | ").append(row.result()).append(" | ").append(row.baseline())
                    .append(" | ").append(Double.isNaN(row.ratio()) ? "–" : String.format(Locale.ROOT, "%.2f×", row.ratio()))
                    .append(" | ").append(row.goal()).append(" | ").append(row.verdict().markdown).append(" |\n");
        }
        return out.toString();
    }
}
