package io.meetingmemo.bench.data;

/** What a loader stored: pages (with consecutive ids from {@code firstPageId}), tracked action items, and how long it took. */
public record LoadReport(long firstPageId, long pages, long items, long millis) {
    public double itemsPerSecond() { return millis == 0 ? items : items * 1000.0 / millis; }

    @Override public String toString() {
        return String.format(java.util.Locale.ROOT, "%,d pages, %,d items in %.1f s (%,.0f items/s)",
                pages, items, millis / 1000.0, itemsPerSecond());
    }
}
