package io.meetingmemo.bench.jmh;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import io.meetingmemo.bench.data.AppDatabase;
import io.meetingmemo.bench.host.HostedApp;
import io.meetingmemo.bench.host.MemoMacroCall;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Rendering the {@code meeting-memo} macro of a 50-item memo page in the loaded data set, with the app wired
 * from its descriptor on the preview host's real services (Velocity renderer, i18n, users, Active Objects).
 * The macro gets its body already converted, as Confluence hands it over, so body conversion is not part
 * of the measure. Baseline: the same Velocity template merged with the very model the macro built, i.e.
 * what rendering costs without parsing the page, reading tracked statuses and building the view model.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderBenchmark extends DatabaseParams {
    @Param("50") public int actions;

    private AppDatabase db;
    private HostedApp app;
    private Macro memoMacro;
    private MemoMacroCall call;
    private String template;
    private Map<String, Object> model;

    @Setup
    public void open() throws MacroExecutionException {
        db = AppDatabase.open(database(), people());
        app = HostedApp.start(db);
        call = MemoMacroCall.capture(db, app, actions, seed, people());
        memoMacro = app.macro("meeting-memo");
        call.replay(memoMacro);
        template = app.templates().lastTemplate();
        model = app.templates().lastModel();
    }

    /** The current user is per thread, and JMH may run the benchmark on another thread than the set-up. */
    @Setup(Level.Iteration)
    public void logIn() { MemoMacroCall.logInViewer(app); }

    @TearDown
    public void close() {
        db.deletePage(call.page().getId());
        app.close();
        db.close();
    }

    @Benchmark
    public String memoMacro() throws MacroExecutionException { return call.replay(memoMacro); }

    @Benchmark
    public String templateOnly() throws IOException {
        StringWriter out = new StringWriter();
        app.templates().target().render(template, model, out);
        return out.toString();
    }
}
