package io.meetingmemo.bench.jmh;

import io.meetingmemo.bench.data.AppDatabase;
import io.meetingmemo.bench.data.DataSetGenerator;
import io.meetingmemo.bench.data.People;
import io.meetingmemo.bench.host.HostedApp;
import io.meetingmemo.bench.host.MemoMacroCall;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting series added to a loaded data set for the series-page measures: {@code memos} weekly memos up to the
 * data set's reference day, one a page in the benchmark space, each with attendees, a decision and
 * {@code actionsPerMemo} action items (native tasks, assigned in turn to the data set's busiest people, due two weeks
 * after the meeting). Items of meetings more than two weeks before the reference day are done with four in five, later
 * ones with one in five, as in the data set. Pages are saved through the host with the app's listener, so the app
 * syncs them as in use, each on its meeting's day (the app's clock). The series key is new with every call, so rows an
 * interrupted run left behind never join it. {@link #delete} removes it all.
 */
public record LongSeries(String key, List<Long> pageIds) {
    public static LongSeries create(AppDatabase db, HostedApp app, People people, int memos, int actionsPerMemo) {
        db.pages().ensureSpace(AppDatabase.BENCHMARK_SPACE, "Benchmarks");
        String key = "Sarja " + memos + " " + Long.toString(System.nanoTime(), 36);
        List<Long> ids = new ArrayList<>(memos);
        LocalDate first = DataSetGenerator.REFERENCE_DAY.minusWeeks(memos - 1L);
        try {
            for (int i = 0; i < memos; i++) {
                LocalDate day = first.plusWeeks(i);
                db.clock().set(day.atTime(10, 0).toInstant(ZoneOffset.UTC));
                ids.add(app.pagesWithApp().create(AppDatabase.BENCHMARK_SPACE, key + " " + day,
                        memo(key, day, i, actionsPerMemo, people), MemoMacroCall.VIEWER).id());
            }
        } finally {
            db.clock().set(DataSetGenerator.REFERENCE_DAY.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return new LongSeries(key, List.copyOf(ids));
    }

    static String memo(String series, LocalDate day, int index, int actions, People people) {
        StringBuilder body = new StringBuilder("<ac:structured-macro ac:name=\"meeting-memo\" ac:schema-version=\"1\" ac:macro-id=\"ls-")
                .append(index).append("\">")
                .append(param("title", "Viikkokokous " + (index + 1))).append(param("date", day.toString())).append(param("series", series))
                .append(param("attendees", user(people.rank(0).username()) + user(people.rank(1).username()) + user(people.rank(2).username())))
                .append(param("absent", user(people.rank(3).username())))
                .append("<ac:rich-text-body><p>Käytiin läpi edellisen kokouksen toimenpiteet.</p>")
                .append("<ac:structured-macro ac:name=\"memo-decision\"><ac:rich-text-body><p>Päätös ").append(index)
                .append("</p></ac:rich-text-body></ac:structured-macro><ac:task-list>");
        boolean old = day.isBefore(DataSetGenerator.REFERENCE_DAY.minusDays(14));
        for (int j = 0; j < actions; j++) {
            boolean done = old ? (index + j) % 5 != 0 : (index + j) % 5 == 0;
            body.append("<ac:task><ac:task-id>").append(j + 1).append("</ac:task-id><ac:task-status>")
                    .append(done ? "complete" : "incomplete").append("</ac:task-status><ac:task-body>")
                    .append("<ac:link>").append(user(people.rank(j % 6).username())).append("</ac:link> tehtävä ").append(index).append('.')
                    .append(j).append(" <time datetime=\"").append(day.plusWeeks(2)).append("\"/></ac:task-body></ac:task>");
        }
        return body.append("</ac:task-list></ac:rich-text-body></ac:structured-macro>").toString();
    }

    private static String param(String name, String value) { return "<ac:parameter ac:name=\"" + name + "\">" + value + "</ac:parameter>"; }

    private static String user(String username) { return "<ri:user ri:username=\"" + username + "\"/>"; }

    /** Deletes the series' pages with everything the app stored for them. */
    public void delete(AppDatabase db) {
        for (long id : pageIds) db.deletePage(id);
    }
}
