package io.meetingmemo.bench;

import io.meetingmemo.bench.data.AppDatabase;
import io.meetingmemo.bench.data.DataSets;
import io.meetingmemo.bench.data.DatabaseTarget;
import io.meetingmemo.bench.jmh.CarryOverBenchmark;
import io.meetingmemo.bench.jmh.SeriesPageBenchmark;
import io.meetingmemo.bench.jmh.CpuTimeProfiler;
import io.meetingmemo.bench.jmh.PageWithoutMemoBenchmark;
import io.meetingmemo.bench.jmh.ParseBenchmark;
import io.meetingmemo.bench.jmh.RegisterQueryBenchmark;
import io.meetingmemo.bench.jmh.ContactsRegisterBenchmark;
import io.meetingmemo.bench.jmh.DecisionLogBenchmark;
import io.meetingmemo.bench.jmh.RenderBenchmark;
import io.meetingmemo.bench.jmh.ReminderMailBenchmark;
import io.meetingmemo.bench.jmh.ReminderRunBenchmark;
import io.meetingmemo.bench.jmh.SyncBenchmark;
import io.meetingmemo.bench.load.LoadGenerator;
import io.meetingmemo.bench.load.LoadResult;
import io.meetingmemo.bench.load.LoadTest;
import io.meetingmemo.bench.report.Machine;
import io.meetingmemo.bench.report.ResultTable;
import io.meetingmemo.bench.report.ResultTable.Verdict;
import io.meetingmemo.bench.report.StatementCounts;
import io.meetingmemo.bench.report.Timing;
import io.meetingmemo.embeddedao.DatabaseConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The whole performance suite at one scale: loads the data sets (or reuses them), runs every JMH benchmark
 * against its baseline, counts the app's SQL statements, puts a preview host under load on loopback, and
 * returns one table in which every measure stands next to a baseline measured in the same run.
 * {@code benchmarks/run.sh} runs it from the command line; the smoke test runs it at tiny scale.
 */
public final class BenchmarkSuite {
    /** The register query is measured here and at the suite's scale. */
    static final long SMALLER_REGISTER_SCALE = 100_000;

    /**
     * @param quick a smoke run: no forks, no warm-up, very short iterations and load phases; proves the suite
     *              works and produces every measure, measures nothing worth reading
     */
    public record Options(long items, long seed, DatabaseTarget target, boolean quick) {}

    /** The table and what it was measured on. */
    public record Results(Options options, Machine machine, ResultTable table, Map<Long, String> dataSets, LoadTest.Outcome load,
                          double loadAverageAtEnd) {}

    private final Options options;
    private final Consumer<String> log;

    private BenchmarkSuite(Options options, Consumer<String> log) {
        this.options = options;
        this.log = log;
    }

    public static Results run(Options options, Consumer<String> log) {
        return new BenchmarkSuite(options, log).run();
    }

    private Results run() {
        Machine machine = Machine.current();
        log.accept("machine: " + machine.toMarkdown());
        TreeSet<Long> scales = new TreeSet<>(List.of(Math.min(SMALLER_REGISTER_SCALE, options.items()), options.items()));
        Map<Long, String> dataSets = new HashMap<>();
        for (long scale : scales) {
            DataSets.ensureLoaded(options.target(), scale, options.seed(), log);
            dataSets.put(scale, DataSets.describeLoaded(options.target().at(scale)));
        }
        ResultTable table = new ResultTable();
        LoadTest.Outcome load;
        try {
            Map<String, Timing> parse = jmh(ParseBenchmark.class, options.items());
            Map<String, Timing> sync = jmh(SyncBenchmark.class, options.items());
            Map<Long, Map<String, Timing>> register = new HashMap<>();
            for (long scale : scales) register.put(scale, jmh(RegisterQueryBenchmark.class, scale));
            Map<String, Timing> render = jmh(RenderBenchmark.class, options.items());
            Map<String, Timing> carryOver = jmh(CarryOverBenchmark.class, options.items());
            Map<String, Timing> seriesPage = jmh(SeriesPageBenchmark.class, options.items());
            Map<String, Timing> withoutMemo = jmh(PageWithoutMemoBenchmark.class, options.items());
            Map<String, Timing> decisionLog = jmh(DecisionLogBenchmark.class, options.items());
            Map<String, Timing> contactsRegister = jmh(ContactsRegisterBenchmark.class, options.items());
            ContactsRegisterBenchmark.Statements contactsStatements = ContactsRegisterBenchmark.countStatements(
                    options.target().at(options.items()), DataSets.people(options.items(), options.seed()), contactsScale(), options.seed());
            log.accept("contacts register: " + contactsStatements);
            Map<String, Timing> reminderRun = jmh(ReminderRunBenchmark.class, options.items());
            Map<String, Timing> reminderMail = jmh(ReminderMailBenchmark.class, options.items());
            log.accept("reminder run: one measured run (statements, live heap)");
            ReminderRunBenchmark.Measured reminderMeasured = ReminderRunBenchmark.measure(options.target().at(options.items()),
                    DataSets.people(options.items(), options.seed()));
            log.accept("reminder run: " + reminderMeasured);
            StatementCounts counts = countStatements();
            load = LoadTest.run(options.target().at(options.items()), loadSettings(), log);

            parseRows(table, parse);
            syncRows(table, sync, counts);
            for (long scale : scales) registerRows(table, scale, register.get(scale));
            renderRows(table, render, counts);
            carryOverRows(table, options.items(), carryOver, counts);
            seriesPageRows(table, seriesPage, counts);
            withoutMemoRows(table, withoutMemo, counts);
            decisionLogRows(table, decisionLog);
            contactsRegisterRows(table, contactsRegister, contactsStatements);
            reminderRows(table, options.items(), reminderRun, reminderMeasured, reminderMail);
            loadRows(table, load);
        } catch (RunnerException e) {
            throw new IllegalStateException("a benchmark failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return new Results(options, machine, table, dataSets, load, Machine.loadAverage());
    }

    private Map<String, Timing> jmh(Class<?> benchmark, long items) throws RunnerException {
        DatabaseTarget target = options.target();
        DatabaseConfig pg = target.postgres();
        ChainedOptionsBuilder jmh = new OptionsBuilder()
                .include(Pattern.quote(benchmark.getName()) + "\\.")
                .param("dataDir", target.dataDir().toAbsolutePath().toString())
                .param("pgUrl", pg == null ? "" : pg.jdbcUrl())
                .param("pgUser", pg == null ? "" : pg.username())
                .param("pgPassword", pg == null ? "" : pg.password())
                .param("items", String.valueOf(items))
                .param("seed", String.valueOf(options.seed()))
                .param("variant", target.variant())
                .addProfiler(CpuTimeProfiler.class)
                .shouldFailOnError(true);
        if (options.quick()) {
            jmh.forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(50))
                    .verbosity(VerboseMode.SILENT);
            // A short series: the smoke run proves the measure works, not how long it takes.
            if (benchmark == SeriesPageBenchmark.class) jmh.param("memos", "20");
            if (benchmark == DecisionLogBenchmark.class) jmh.param("decisions", "1000");
            if (benchmark == ContactsRegisterBenchmark.class) jmh.param("people", String.valueOf(contactsScale()));
        } else {
            // "No measurable difference" compares two methods, each in its own JVM; a few percent between JVM
            // forks would decide it alone, so that comparison gets three forks a method and margins that include it.
            jmh.forks(benchmark == PageWithoutMemoBenchmark.class ? 3 : 1).warmupIterations(3).warmupTime(TimeValue.seconds(2)).measurementIterations(5)
                    .measurementTime(TimeValue.seconds(2)).jvmArgsAppend("-Xmx3g");
        }
        // A reminder run is one long invocation: two warm-up runs and five measured ones.
        if (benchmark == ReminderRunBenchmark.class && !options.quick()) jmh.warmupIterations(2).measurementIterations(5);
        log.accept("JMH: " + benchmark.getSimpleName() + " at " + String.format(Locale.ROOT, "%,d", items) + " items");
        Map<String, Timing> byMethod = new HashMap<>();
        for (RunResult result : new Runner(jmh.build()).run()) {
            String method = result.getParams().getBenchmark();
            byMethod.put(method.substring(method.lastIndexOf('.') + 1), Timing.of(result));
        }
        return byMethod;
    }

    private StatementCounts countStatements() {
        try (AppDatabase db = AppDatabase.open(options.target().at(options.items()), DataSets.people(options.items(), options.seed()))) {
            StatementCounts counts = StatementCounts.measure(db, DataSets.people(options.items(), options.seed()), options.seed());
            log.accept("statements: " + counts);
            return counts;
        } catch (com.atlassian.confluence.macro.MacroExecutionException e) {
            throw new IllegalStateException("the memo macro failed while counting statements", e);
        }
    }

    private LoadGenerator.Settings loadSettings() {
        return options.quick()
                ? new LoadGenerator.Settings(10, Duration.ofMillis(200), Duration.ofMillis(600), 100_000)
                : new LoadGenerator.Settings(50, Duration.ofSeconds(15), Duration.ofSeconds(45), 1_000_000);
    }

    private static void parseRows(ResultTable table, Map<String, Timing> parse) {
        Timing parser = parse.get("parser"), bare = parse.get("bareStax");
        table.add("Parse a memo page with 100 action items", parser.mean(), bare.mean() + " (bare StAX pass)",
                parser.meanMicros() / bare.meanMicros(), "≤ 1.5×", ratioVerdict(parser, bare, 1.5));
    }

    private static void syncRows(ResultTable table, Map<String, Timing> sync, StatementCounts counts) {
        Timing newPage = sync.get("syncNewPage"), rawNew = sync.get("rawJdbcNewPage");
        table.add("Sync a new 100-item page (time)", newPage.mean(), rawNew.mean() + " (hand-written JDBC)",
                newPage.meanMicros() / rawNew.meanMicros(), "–", Verdict.NONE);
        Timing edit = sync.get("syncEditedPage"), rawEdit = sync.get("rawJdbcEditedPage");
        table.add("Sync an edit of a 100-item page (time)", edit.mean(), rawEdit.mean() + " (hand-written JDBC)",
                edit.meanMicros() / rawEdit.meanMicros(), "–", Verdict.NONE);
        statementRow(table, "Sync statements, new 100-item page", counts.syncNew100(), counts.syncNew10(), "10-item page");
        statementRow(table, "Sync statements, edit of a 100-item page (reword, tick, delete)", counts.syncEdit100(), counts.syncEdit10(),
                "10-item page");
        statementRow(table, "Sync statements, the same edit adding 2 items as well", counts.syncEditWithAdditions100(),
                counts.syncEditWithAdditions10(), "10-item page");
        statementRow(table, "Sync statements, unchanged re-save of a 100-item page", counts.syncUnchanged100(),
                counts.syncUnchanged10(), "10-item page");
    }

    private static void statementRow(ResultTable table, String measure, long statements, long smaller, String smallerName) {
        table.add(measure, String.valueOf(statements), smaller + " (" + smallerName + ")", (double) statements / Math.max(1, smaller),
                "≤ 4, whatever the item count", Verdict.of(statements <= 4 && statements == smaller));
    }

    private static void registerRows(ResultTable table, long scale, Map<String, Timing> register) {
        Timing finder = register.get("finder"), raw = register.get("rawJdbc");
        String at = String.format(Locale.ROOT, "%,d items", scale);
        table.add("Register, first 50 open items of one person by due date, " + at + ": mean", finder.mean(),
                raw.mean() + " (same SQL, plain JDBC)", finder.meanMicros() / raw.meanMicros(), "≤ 1.3×", ratioVerdict(finder, raw, 1.3));
        table.add("Register, " + at + ": 95th percentile", Timing.format(finder.p95Micros()), Timing.format(raw.p95Micros()),
                finder.p95Micros() / raw.p95Micros(), "≤ 15 ms", Verdict.of(finder.p95Micros() <= 15_000));
    }

    private static void renderRows(ResultTable table, Map<String, Timing> render, StatementCounts counts) {
        Timing macro = render.get("memoMacro"), template = render.get("templateOnly");
        table.add("Render a 50-item memo (macro; body conversion excluded)", macro.mean(),
                template.mean() + " (its template and model alone)", macro.meanMicros() / template.meanMicros(), "≤ 1 ms",
                macro.meanMicros() + macro.errorMicros() <= 1_000 ? Verdict.MET
                        : macro.meanMicros() - macro.errorMicros() > 1_000 ? Verdict.MISSED : Verdict.INCONCLUSIVE);
        table.add("Render statements, 50-item memo", String.valueOf(counts.render50()), counts.render5() + " (5-item memo)",
                (double) counts.render50() / Math.max(1, counts.render5()), "constant", Verdict.of(counts.render50() == counts.render5()));
    }

    private static void carryOverRows(ResultTable table, long scale, Map<String, Timing> carryOver, StatementCounts counts) {
        Timing app = carryOver.get("carriedInto"), raw = carryOver.get("rawJdbc");
        String at = String.format(Locale.ROOT, "%,d items", scale);
        table.add("Carry-over of a memo late in a long series (first " + CarryOverBenchmark.SHOWN + " open items of earlier memos), " + at
                + ": mean", app.mean(), raw.mean() + " (same SQL, plain JDBC)", app.meanMicros() / raw.meanMicros(), "–", Verdict.NONE);
        double p95Ratio = app.p95Micros() / raw.p95Micros();
        table.add("Carry-over, " + at + ": 95th percentile", Timing.format(app.p95Micros()), Timing.format(raw.p95Micros()), p95Ratio,
                "p95 ≤ 2×", Verdict.of(p95Ratio <= 2));
        StatementCounts.Carry many = counts.carriedMany(), few = counts.carriedFew();
        table.add("Carry-over statements, the memo carrying the most items",
                String.format(Locale.ROOT, "%d (%,d carried, %d shown)", many.statements(), many.carried(),
                        Math.min(many.carried(), CarryOverBenchmark.SHOWN)),
                String.format(Locale.ROOT, "%d (a memo carrying %d)", few.statements(), few.carried()),
                (double) many.statements() / Math.max(1, few.statements()), "1, whatever the number carried",
                Verdict.of(many.statements() == 1 && few.statements() == 1));
    }

    /** The contacts register's people at {@link ContactsRegisterBenchmark}'s 100,000 (1,000 in a smoke run). */
    private int contactsScale() { return options.quick() ? 1_000 : 100_000; }

    /** The contacts register's first page and a search, at 100,000 people (1,000 in a smoke run), and their statements. */
    private void contactsRegisterRows(ResultTable table, Map<String, Timing> contacts, ContactsRegisterBenchmark.Statements statements) {
        String at = String.format(Locale.ROOT, "%,d people", contactsScale());
        for (String[] list : new String[][] {{"firstPage", "rawJdbcFirstPage", "first 50 people of one space"},
                {"search", "rawJdbcSearch", "search of one space's people by name or organisation"}}) {
            Timing app = contacts.get(list[0]), raw = contacts.get(list[1]);
            table.add("Contacts register, " + list[2] + ", " + at + ": mean", app.mean(), raw.mean() + " (same SQL, plain JDBC)",
                    app.meanMicros() / raw.meanMicros(), "–", Verdict.NONE);
            table.add("Contacts register, " + list[2] + ", " + at + ": median", Timing.format(app.medianMicros()),
                    Timing.format(raw.medianMicros()) + " (same SQL, plain JDBC)", app.medianMicros() / raw.medianMicros(), "–", Verdict.NONE);
            table.add("Contacts register, " + list[2] + ", " + at + ": 95th percentile", Timing.format(app.p95Micros()),
                    Timing.format(raw.p95Micros()) + " (same SQL, plain JDBC)", app.p95Micros() / raw.p95Micros(), "≤ 2×",
                    Verdict.of(app.p95Micros() <= 2 * raw.p95Micros()));
        }
        table.add("Contacts register statements, first page and search",
                String.format(Locale.ROOT, "%d (%d people) and %d (%d people)", statements.firstPage(), statements.firstPageRows(),
                        statements.search(), statements.searchRows()),
                "1 and 1 (the same SQL on plain JDBC)", (double) (statements.firstPage() + statements.search()) / 2, "1 each",
                Verdict.of(statements.firstPage() == 1 && statements.search() == 1));
    }

    /** The decision log's first page at {@link DecisionLogBenchmark}'s 100,000 decisions (1,000 in a smoke run). */
    private void decisionLogRows(ResultTable table, Map<String, Timing> decisionLog) {
        Timing finder = decisionLog.get("finder"), raw = decisionLog.get("rawJdbc");
        String at = options.quick() ? "1,000 decisions" : "100,000 decisions";
        table.add("Decision log, first 50 decisions of one space, " + at + ": mean", finder.mean(), raw.mean() + " (same SQL, plain JDBC)",
                finder.meanMicros() / raw.meanMicros(), "–", Verdict.NONE);
        table.add("Decision log, " + at + ": 95th percentile", Timing.format(finder.p95Micros()), Timing.format(raw.p95Micros()) + " (same SQL, plain JDBC)",
                finder.p95Micros() / raw.p95Micros(), "≤ 2×", Verdict.of(finder.p95Micros() <= 2 * raw.p95Micros()));
    }

    /** The day's reminder run over the whole data set, and one person's reminder mail of 100 items. */
    private static void reminderRows(ResultTable table, long scale, Map<String, Timing> run, ReminderRunBenchmark.Measured measured,
                                     Map<String, Timing> mail) {
        Timing app = run.get("reminderRun"), raw = run.get("rawJdbcScan");
        String at = String.format(Locale.ROOT, "%,d items", scale);
        String what = String.format(Locale.ROOT, "%,d candidate rows, %,d assignees, %,d mails", measured.candidateRows(), measured.assignees(),
                measured.mails());
        table.add("Reminder run, " + at + ": time", app.mean() + " (" + what + ")", raw.mean() + " (one plain-JDBC scan of the same rows)",
                app.meanMicros() / raw.meanMicros(), "–", Verdict.NONE);
        table.add("Reminder run, " + at + ": statements", String.format(Locale.ROOT, "%,d (%,d mails)", measured.statements(), measured.mails()),
                String.format(Locale.ROOT, "%,d recipient pages of %d", measured.recipientPages(), ReminderRunBenchmark.PAGE_SIZE),
                (double) measured.statements() / Math.max(1, measured.recipientPages()),
                "reads ∝ recipients ÷ page size (each mail adds its log writes)", Verdict.NONE);
        table.add("Reminder run, " + at + ": extra live heap (full GC every 100 ms)", String.format(Locale.ROOT, "%.1f MB", measured.extraHeapMb()),
                "–", Double.NaN, "≤ 64 MB", Verdict.of(measured.extraHeapMb() <= 64));
        Timing hundred = mail.get("mailOf100Items"), one = mail.get("mailOf1Item");
        table.add("Reminder mail of one person with 100 items (HTML and text)", hundred.mean(), one.mean() + " (the same mail with 1 item)",
                hundred.meanMicros() / one.meanMicros(), "≤ 5 ms", hundred.meanMicros() + hundred.errorMicros() <= 5_000 ? Verdict.MET
                        : hundred.meanMicros() - hundred.errorMicros() > 5_000 ? Verdict.MISSED : Verdict.INCONCLUSIVE);
    }

    private static void seriesPageRows(ResultTable table, Map<String, Timing> seriesPage, StatementCounts counts) {
        Timing app = seriesPage.get("seriesOverview"), raw = seriesPage.get("rawJdbc"), macro = seriesPage.get("seriesMacro");
        String series = String.format(Locale.ROOT, "a %d-memo series of %,d items", SeriesPageBenchmark.MEMOS,
                SeriesPageBenchmark.MEMOS * SeriesPageBenchmark.ACTIONS_PER_MEMO);
        table.add("Series page figures (memos, completion, median days to done, long-open items), " + series + ": mean", app.mean(),
                raw.mean() + " (same five queries and figures, plain JDBC)", app.meanMicros() / raw.meanMicros(), "–", Verdict.NONE);
        double p95Ratio = app.p95Micros() / raw.p95Micros();
        table.add("Series page figures, " + series + ": 95th percentile", Timing.format(app.p95Micros()), Timing.format(raw.p95Micros()),
                p95Ratio, "p95 ≤ 2×", Verdict.of(p95Ratio <= 2));
        table.add("Render the series page macro, " + series, macro.mean(), app.mean() + " (its figures alone)",
                macro.meanMicros() / app.meanMicros(), "–", Verdict.NONE);
        table.add("Series page statements, " + series, String.valueOf(counts.seriesLarge()), counts.seriesSmall() + " (a 5-memo series)",
                (double) counts.seriesLarge() / Math.max(1, counts.seriesSmall()), "constant",
                Verdict.of(counts.seriesLarge() == counts.seriesSmall()));
    }

    private static void withoutMemoRows(ResultTable table, Map<String, Timing> timings, StatementCounts counts) {
        for (String action : List.of("view", "save")) {
            Timing with = timings.get(action + "WithApp"), without = timings.get(action + "WithoutApp");
            table.add(("view".equals(action) ? "View" : "Save") + " a page without a memo, app installed", with.mean(),
                    without.mean() + " (app not installed)", with.meanMicros() / without.meanMicros(), "no measurable difference",
                    sameVerdict(with, without));
        }
        long appStatements = counts.viewWithoutMemo() + counts.saveWithoutMemo();
        table.add("The app's SQL statements on a page without a memo (view + save)",
                counts.viewWithoutMemo() + " + " + counts.saveWithoutMemo(), "0 + 0 (app not installed)", Double.NaN, "0",
                Verdict.of(appStatements == 0));
    }

    private static void loadRows(ResultTable table, LoadTest.Outcome load) {
        var items = load.actionItems();
        var base = load.baseline();
        String prefix = "Load, GET action-items with varied filters, " + items.connections() + " connections: ";
        table.add(prefix + "requests/s", String.format(Locale.ROOT, "%,.0f", items.requestsPerSecond()),
                String.format(Locale.ROOT, "%,.0f (GET /rest/api/user)", base.requestsPerSecond()),
                items.requestsPerSecond() / base.requestsPerSecond(), "≥ 2,000/s", Verdict.of(items.requestsPerSecond() >= 2_000));
        table.add(prefix + "median latency", ms(items.percentileMillis(50)), ms(base.percentileMillis(50)),
                items.percentileMillis(50) / base.percentileMillis(50), "–", Verdict.NONE);
        table.add(prefix + "99th percentile", ms(items.percentileMillis(99)), ms(base.percentileMillis(99)),
                items.percentileMillis(99) / base.percentileMillis(99), "≤ 50 ms", Verdict.of(items.percentileMillis(99) <= 50));
        table.add(prefix + "errors", String.format(Locale.ROOT, "%,d of %,d", items.errors(), items.requests()),
                String.format(Locale.ROOT, "%,d of %,d", base.errors(), base.requests()), Double.NaN, "0", Verdict.of(items.errors() == 0));
    }

    /** Met when even the least favourable ratio the error margins allow is within the goal; missed when even the best is not. */
    private static Verdict ratioVerdict(Timing result, Timing baseline, double maxRatio) {
        double[] bounds = result.ratioBounds(baseline);
        return bounds[1] <= maxRatio ? Verdict.MET : bounds[0] > maxRatio ? Verdict.MISSED : Verdict.INCONCLUSIVE;
    }

    /**
     * "No measurable difference": met when the two means lie within each other's error margins (or within 2%)
     * and the margins are tight enough (10%) to have detected a difference; missed when the margins do not meet.
     */
    private static Verdict sameVerdict(Timing with, Timing without) {
        boolean precise = with.errorMicros() <= 0.1 * with.meanMicros() && without.errorMicros() <= 0.1 * without.meanMicros();
        boolean close = Math.abs(with.meanMicros() / without.meanMicros() - 1) <= 0.02;
        if (close || with.indistinguishableFrom(without)) return close || precise ? Verdict.MET : Verdict.INCONCLUSIVE;
        return Verdict.MISSED;
    }

    private static String ms(double millis) { return String.format(Locale.ROOT, "%.1f ms", millis); }

    /** The results section of docs/performance.md: what ran, where, and the table. */
    public static String markdown(Results results, String command) {
        StringBuilder out = new StringBuilder();
        Options o = results.options();
        out.append(String.format(Locale.ROOT, "Latest run: %,d items on %s, %s, with `%s`.%n%n", o.items(), o.target().kind(),
                LocalDate.now(), command));
        out.append("Machine: ").append(results.machine().toMarkdown()).append(String.format(Locale.ROOT,
                ". One-minute load average %.1f when the run started and %.1f when it ended; above about 1 other processes"
                        + " competed for the %d cores and widened the error margins.%n%n",
                results.machine().loadAverageAtStart(), results.loadAverageAtEnd(), results.machine().processors()));
        out.append("Data sets (seed ").append(o.seed()).append("):\n\n");
        results.dataSets().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append("- ").append(e.getValue()).append('\n'));
        out.append('\n').append(results.table().toMarkdown());
        out.append("\nLoad by request shape (each asked by every user in turn; latencies of the same run):\n\n");
        out.append("| Request shape | Requests | Median | 99th percentile |\n|---|---:|---:|---:|\n");
        results.load().actionItems().sortedLatenciesByShape().forEach((shape, latencies) -> out.append(String.format(Locale.ROOT,
                "| %s | %,d | %s | %s |%n", shape, latencies.length, ms(LoadResult.percentileMillis(latencies, 50)),
                ms(LoadResult.percentileMillis(latencies, 99)))));
        return out.toString();
    }

    // ---- command line ------------------------------------------------------------------------------------


    /**
     * {@code BenchmarkSuite [--items 1000000] [--db h2|postgres] [--jdbc-url URL --jdbc-user U --jdbc-password P]
     * [--seed N] [--data-dir benchmarks/data] [--report docs/performance.md] [--variant NAME] [--quick]}
     */
    public static void main(String[] args) {
        long items = 1_000_000, seed = DataSets.DEFAULT_SEED;
        String db = "h2", url = null, user = "", password = "";
        Path dataDir = Path.of("benchmarks/data"), report = Path.of("docs/performance.md");
        boolean quick = false;
        String variant = "";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--items" -> items = Long.parseLong(value(args, ++i));
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "--db" -> db = value(args, ++i);
                case "--jdbc-url" -> url = value(args, ++i);
                case "--jdbc-user" -> user = value(args, ++i);
                case "--jdbc-password" -> password = value(args, ++i);
                case "--data-dir" -> dataDir = Path.of(value(args, ++i));
                case "--report" -> report = Path.of(value(args, ++i));
                case "--quick" -> quick = true;
                case "--variant" -> variant = value(args, ++i);
                default -> usage("unknown option " + args[i]);
            }
        }
        if (items < 1) usage("--items must be at least 1");
        DatabaseTarget target = switch (db) {
            case "h2" -> new DatabaseTarget(dataDir, null, variant);
            case "postgres" -> {
                if (url == null) usage("--db postgres needs --jdbc-url");
                yield new DatabaseTarget(dataDir, new DatabaseConfig(url, user, password), variant);
            }
            default -> throw usage("--db is h2 or postgres");
        };
        Results results = run(new Options(items, seed, target, quick), line -> System.out.println("[suite] " + line));
        String command = "benchmarks/run.sh --items " + items + " --db " + db + (variant.isEmpty() ? "" : " --variant " + variant)
                + (quick ? " --quick" : "");
        String section = markdown(results, command);
        System.out.println();
        System.out.println(section);
        write(Path.of("benchmarks/target/performance-results.md"), section);
        if (!quick) {
            // Each database and schema variant has its own section, so the report can show them side by side.
            String name = "results" + ("h2".equals(db) ? "" : "-" + db) + (variant.isEmpty() ? "" : "-" + variant);
            replaceResults(report, name, section);
            System.out.println("[suite] results written to " + report + " (section " + name + ")");
        }
    }

    /**
     * Replaces what stands between the markers {@code <!-- name:begin -->} and {@code <!-- name:end -->} of the
     * report, leaving the hand-written text alone.
     */
    static void replaceResults(Path report, String name, String section) {
        String beginMarker = "<!-- " + name + ":begin -->", endMarker = "<!-- " + name + ":end -->";
        try {
            String text = Files.readString(report);
            int begin = text.indexOf(beginMarker), end = text.indexOf(endMarker);
            if (begin < 0 || end < begin) throw new IllegalStateException(report + " has no " + beginMarker + " … " + endMarker + " section");
            Files.writeString(report, text.substring(0, begin + beginMarker.length()) + "\n" + section + text.substring(end));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + report, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) usage(args[i - 1] + " needs a value");
        return args[i];
    }

    private static IllegalArgumentException usage(String problem) {
        System.err.println("benchmarks: " + problem);
        System.err.println("usage: benchmarks/run.sh [--items 1000000] [--db h2|postgres] [--jdbc-url URL --jdbc-user USER"
                + " --jdbc-password PASSWORD] [--seed N] [--data-dir benchmarks/data] [--report docs/performance.md] [--variant NAME]"
                + " [--quick]");
        System.exit(2);
        return new IllegalArgumentException(problem);
    }
}
