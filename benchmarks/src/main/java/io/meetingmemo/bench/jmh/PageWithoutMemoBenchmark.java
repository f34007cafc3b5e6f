package io.meetingmemo.bench.jmh;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import io.meetingmemo.bench.data.AppDatabase;
import io.meetingmemo.bench.data.DataSetGenerator;
import io.meetingmemo.bench.host.HostedApp;
import io.meetingmemo.preview.store.PageService;
import io.meetingmemo.preview.web.PageRenderer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The app must be invisible on pages without a memo: viewing (storage to view conversion with the app's
 * macros installed, or none) and saving (page store plus page events, with the app's listener registered,
 * or nobody listening) the same ordinary page on the loaded data set, with the app against without it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PageWithoutMemoBenchmark extends DatabaseParams {
    static final String SPACE = AppDatabase.BENCHMARK_SPACE;
    private static final Locale FINNISH = new Locale("fi");
    private static final String[] BODIES = {DataSetGenerator.pageWithoutMemo(20), DataSetGenerator.pageWithoutMemo(21)};

    private AppDatabase db;
    private HostedApp app;
    private ContentEntityObject viewed;
    private long savedWithApp;
    private long savedWithoutApp;
    private String titleWithApp;
    private String titleWithoutApp;
    private int versionWithApp = 1;
    private int versionWithoutApp = 1;

    @Setup
    public void open() {
        db = AppDatabase.open(database(), people());
        app = HostedApp.start(db);
        db.pages().ensureSpace(SPACE, "Benchmarks");
        String suffix = " " + System.nanoTime();
        PageService pages = app.pagesWithoutApp();
        viewed = db.pages().getById(pages.create(SPACE, "Toimintasuunnitelma" + suffix, BODIES[0], "sanna").id());
        titleWithApp = "Tallennus sovelluksen kanssa" + suffix;
        titleWithoutApp = "Tallennus ilman sovellusta" + suffix;
        savedWithApp = pages.create(SPACE, titleWithApp, BODIES[0], "sanna").id();
        savedWithoutApp = pages.create(SPACE, titleWithoutApp, BODIES[0], "sanna").id();
    }

    @Setup(Level.Iteration)
    public void logIn() { AuthenticatedUserThreadLocal.set(app.users().byUsername("sanna").orElseThrow()); }

    @TearDown
    public void close() {
        for (long id : new long[] {viewed.getId(), savedWithApp, savedWithoutApp}) db.deletePage(id);
        app.close();
        db.close();
    }

    @Benchmark
    public PageRenderer.Rendered viewWithApp() { return app.rendererWithApp().render(viewed, "display", FINNISH); }

    @Benchmark
    public PageRenderer.Rendered viewWithoutApp() { return app.rendererWithoutApp().render(viewed, "display", FINNISH); }

    @Benchmark
    public Object saveWithApp() {
        versionWithApp++;
        return app.pagesWithApp().update(savedWithApp, versionWithApp, titleWithApp, BODIES[versionWithApp % 2], "sanna").orElseThrow();
    }

    @Benchmark
    public Object saveWithoutApp() {
        versionWithoutApp++;
        return app.pagesWithoutApp().update(savedWithoutApp, versionWithoutApp, titleWithoutApp, BODIES[versionWithoutApp % 2],
                "sanna").orElseThrow();
    }
}
