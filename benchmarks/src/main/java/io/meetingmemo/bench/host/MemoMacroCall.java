package io.meetingmemo.bench.host;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import io.meetingmemo.bench.data.AppDatabase;
import io.meetingmemo.bench.data.DataSetGenerator;
import io.meetingmemo.bench.data.People;
import io.meetingmemo.preview.platform.HostConversionContext;
import io.meetingmemo.preview.store.HostUsers;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the {@code meeting-memo} macro is handed when its page renders: the page, the macro's parameters, its
 * body already converted to view HTML, and its definition (Confluence hands a macro its {@code ac:macro-id} in the {@code macroDefinition} conversion
 * property; a replay without it would find no memo and measure an empty render). Replaying it renders the
 * macro alone, without body conversion.
 */
public record MemoMacroCall(ContentEntityObject page, Map<String, String> parameters, String bodyHtml, Object macroDefinition) {
    /** The user who views the page in every render measure: Sanna, who reads in Finnish. */
    public static final String VIEWER = "sanna";

    /**
     * Saves a page with one memo of {@code actions} actions through the app (which syncs its items), renders
     * it once through the host and records what the memo macro received. The caller deletes the page.
     */
    public static MemoMacroCall capture(AppDatabase db, HostedApp app, int actions, long seed, People people)
            throws MacroExecutionException {
        db.pages().ensureSpace(AppDatabase.BENCHMARK_SPACE, "Benchmarks");
        String title = "Renderöintitesti " + actions + " " + System.nanoTime();
        String body = DataSetGenerator.memoPage(actions, seed, people).body();
        long pageId = app.pagesWithApp().create(AppDatabase.BENCHMARK_SPACE, title, body, VIEWER).id();
        ContentEntityObject page = db.pages().getById(pageId);
        Macro memo = app.macro("meeting-memo");
        MemoMacroCall[] seen = new MemoMacroCall[1];
        Map<String, Macro> installed = new HashMap<>(app.macros());
        installed.put("meeting-memo", new Macro() {
            @Override
            public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
                seen[0] = new MemoMacroCall(page, Map.copyOf(parameters), body, context.getProperty("macroDefinition"));
                return memo.execute(parameters, body, context);
            }

            @Override public BodyType getBodyType() { return memo.getBodyType(); }

            @Override public OutputType getOutputType() { return memo.getOutputType(); }
        });
        logInViewer(app);
        app.renderer(installed).render(page, "display", new Locale("fi"));
        if (seen[0] == null) throw new IllegalStateException("the page rendered without its memo macro");
        return seen[0];
    }

    /** Renders the memo macro again with what it received, as a fresh render of the page would. */
    public String replay(Macro memoMacro) throws MacroExecutionException {
        HostConversionContext context = new HostConversionContext(page, "display");
        context.setProperty("macroDefinition", macroDefinition);
        return memoMacro.execute(parameters, bodyHtml, context);
    }

    /** Sets the viewer as the current user of this thread. */
    public static void logInViewer(HostedApp app) { logInViewer(app.users()); }

    /** Sets the viewer, one of these users, as the current user of this thread. */
    public static void logInViewer(HostUsers users) {
        AuthenticatedUserThreadLocal.set(users.byUsername(VIEWER).orElseThrow());
    }
}
