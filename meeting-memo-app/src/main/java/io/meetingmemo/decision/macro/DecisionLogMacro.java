package io.meetingmemo.decision.macro;

import io.meetingmemo.decision.domain.DecisionFinder;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.meetingmemo.decision.app.DecisionLog;
import io.meetingmemo.decision.domain.DecisionFilters;
import io.meetingmemo.decision.domain.DecisionQuery;
import io.meetingmemo.decision.domain.DecisionRecord;
import io.meetingmemo.memo.macro.MacroRendering;
import io.meetingmemo.platform.ItemPresenter;
import io.meetingmemo.platform.Readers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code decision-log} macro: the decisions written in memos across spaces and series, newest meeting first, as
 * {@link DecisionLog} gives them to the reader (only those on pages the reader may view). Parameters filter it:
 * {@code spaces}, {@code series}, {@code from} and {@code to} (memo days), {@code tag} and {@code q} (text), read as
 * the REST API reads the same filters; {@code pageSize} decisions are shown, and on screen a "Show more" button loads
 * the next page from {@code GET /decisions} (keyset paging). Where no script runs (PDF, Word, email) up to
 * {@link DecisionLog#MAX_LIMIT} decisions are rendered, with a note when more match. A CSV link downloads the same
 * selection. Filters that cannot be read are shown to the page's readers with the reason, and nothing is listed.
 */
public final class DecisionLogMacro implements Macro {
    static final int DEFAULT_PAGE_SIZE = 25;
    static final List<String> LABELS = List.of("decisionLog", "decisionDate", "decisionText", "decisionTags", "decisionMemo",
            "decisionSpace", "decisionActions", "noDecisions", "loadMore", "decisionsLoadFailed", "exportCsv", "decisionFiltersInvalid");

    private final MacroRendering rendering;
    private final DecisionLog decisionLog;
    private final Readers readers;
    private final ApplicationProperties applicationProperties;

    public DecisionLogMacro(MacroRendering rendering, DecisionLog decisionLog, Readers readers, ApplicationProperties applicationProperties) {
        this.rendering = rendering;
        this.decisionLog = decisionLog;
        this.readers = readers;
        this.applicationProperties = applicationProperties;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        Map<String, String> p = parameters == null ? Map.of() : parameters;
        Locale locale = rendering.viewerLocale();
        boolean interactive = MacroRendering.isInteractive(context);
        Map<String, Object> model = new HashMap<>();
        model.put("text", rendering.labels(locale, LABELS));
        model.put("interactive", interactive);
        Map<String, Object> log = new LinkedHashMap<>();
        model.put("log", log);
        List<String> spaces = Arrays.stream(p.getOrDefault("spaces", "").split(",")).toList();
        DecisionQuery query;
        try {
            query = DecisionFilters.read(spaces, p.get("series"), p.get("from"), p.get("to"), p.get("tag"), p.get("q"));
        } catch (DecisionFilters.Invalid e) {
            log.put("problem", e.getMessage());
            log.put("rows", List.of());
            log.put("hasRows", false);
            return rendering.render(MacroRendering.MemoTemplate.DECISION_LOG, model);
        }
        int pageSize = interactive ? pageSize(p.get("pageSize")) : DecisionLog.MAX_LIMIT;
        DecisionFinder.Page page = decisionLog.list(query, null, pageSize);
        String restQuery = restQuery(query);
        String restBase = applicationProperties.getBaseUrl(UrlMode.RELATIVE) + "/rest/meeting-memo/1.0/";
        String canonicalBase = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        ItemPresenter presenter = readers.presenter(readers.today(), locale);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DecisionFinder.Listed listed : page.decisions()) {
            DecisionRecord d = listed.decision().decision();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", presenter.date(d.memoDate(), FormatStyle.MEDIUM));
            row.put("dateIso", d.memoDate() == null ? null : d.memoDate().toString());
            row.put("text", presenter.text(d.text()));
            row.put("tags", d.tags());
            row.put("memo", d.memoTitle() != null ? d.memoTitle() : d.pageTitle());
            row.put("url", DecisionLog.memoUrl(canonicalBase, d));
            row.put("space", d.spaceKey());
            row.put("actions", listed.actionItemIds().size());
            rows.add(row);
        }
        log.put("rows", rows);
        log.put("hasRows", !rows.isEmpty());
        log.put("query", restQuery);
        log.put("pageSize", pageSize);
        log.put("api", restBase + "decisions");
        log.put("csvUrl", restBase + "decisions.csv" + (restQuery.isEmpty() ? "" : "?" + restQuery));
        log.put("nextCursor", interactive && page.next() != null ? page.next().toCursor() : null);
        if (!interactive && page.next() != null) {
            log.put("truncatedNote", rendering.text(locale, "decisionsShownOfMore", NumberFormat.getIntegerInstance(locale).format(rows.size())));
        }
        return rendering.render(MacroRendering.MemoTemplate.DECISION_LOG, model);
    }

    /** Rows a page of the log shows on screen: the parameter when it is 1 to 200, else the default. */
    static int pageSize(String value) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.trim());
            return n >= 1 && n <= DecisionLog.MAX_LIMIT ? n : DEFAULT_PAGE_SIZE;
        } catch (NumberFormatException e) {
            return DEFAULT_PAGE_SIZE;
        }
    }

    /**
     * The query string of {@code GET /decisions} and {@code /decisions.csv} for the same selection, built from the read
     * filters only and each value URL-encoded: nothing an author writes can change where the browser sends it.
     */
    static String restQuery(DecisionQuery q) {
        List<String> parts = new ArrayList<>();
        for (String space : q.spaceKeys()) parts.add("spaceKey=" + encode(space));
        if (q.series() != null) parts.add("series=" + encode(q.series()));
        if (q.from() != null) parts.add("from=" + q.from());
        if (q.to() != null) parts.add("to=" + q.to());
        if (q.tag() != null) parts.add("tag=" + encode(q.tag()));
        if (q.text() != null) parts.add("q=" + encode(q.text()));
        return String.join("&", parts);
    }

    private static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Override public BodyType getBodyType() { return BodyType.NONE; }

    @Override public OutputType getOutputType() { return OutputType.BLOCK; }
}
