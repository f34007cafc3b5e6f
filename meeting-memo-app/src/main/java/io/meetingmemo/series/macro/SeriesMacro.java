package io.meetingmemo.series.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.meetingmemo.memo.macro.MacroRendering;
import io.meetingmemo.platform.Readers;
import io.meetingmemo.series.app.SeriesOverview;
import io.meetingmemo.series.app.SeriesRegister;
import io.meetingmemo.series.domain.Cadence;
import io.meetingmemo.series.domain.Series;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code meeting-series} macro: a series page. It shows the series' name and cadence, its memos newest first and
 * the follow-through of its action items, as {@link SeriesOverview} prepares them for the reader, and a "Next meeting"
 * button where a script runs. Parameters: {@code series} (the key, required) and {@code open-longer-than} (N of "open
 * longer than N meetings", 1 to 50, default 3; another value is a problem shown in view mode, and the default is used).
 */
public final class SeriesMacro implements Macro {
    static final String SERIES = "series";
    static final String OPEN_LONGER_THAN = "open-longer-than";
    /** Output types in which a page's author sees problems with the macro's parameters. */
    private static final Set<String> SHOWS_PROBLEMS = Set.of("display", "preview");

    private final MacroRendering rendering;
    private final SeriesOverview overview;
    private final Readers readers;
    private final ApplicationProperties applicationProperties;
    private final SeriesRegister register;

    public SeriesMacro(MacroRendering rendering, SeriesOverview overview, Readers readers, ApplicationProperties applicationProperties,
                       SeriesRegister register) {
        this.rendering = rendering;
        this.overview = overview;
        this.readers = readers;
        this.applicationProperties = applicationProperties;
        this.register = register;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        Locale locale = rendering.viewerLocale();
        Map<String, String> params = parameters == null ? Map.of() : parameters;
        String key = params.get(SERIES);
        String rawN = params.get(OPEN_LONGER_THAN);
        Integer n = openLongerThan(rawN);
        boolean interactive = MacroRendering.isInteractive(context);
        ContentEntityObject page = context == null ? null : context.getEntity();

        SeriesOverview.Overview shown = overview.of(key, n == null ? SeriesOverview.DEFAULT_OPEN_LONGER_THAN : n, readers.today());
        SeriesViewModel viewModel = new SeriesViewModel(rendering, readers, locale,
                applicationProperties.getBaseUrl(UrlMode.RELATIVE) + "/pages/viewpage.action?pageId=");
        Map<String, Object> model = new HashMap<>(viewModel.model(shown, key, interactive));
        model.put("parameterProblem", n != null || context == null || !SHOWS_PROBLEMS.contains(context.getOutputType()) ? null
                : viewModel.text("badOpenLongerThan", rawN == null ? "" : rawN, SeriesOverview.MIN_OPEN_LONGER_THAN,
                        SeriesOverview.MAX_OPEN_LONGER_THAN, SeriesOverview.DEFAULT_OPEN_LONGER_THAN));
        // The "Next meeting" button: where a script runs, for a signed-in reader of a valid series on a saved page.
        boolean nextMeeting = interactive && page != null && shown.outcome() != SeriesOverview.Outcome.INVALID_KEY
                && shown.outcome() != SeriesOverview.Outcome.ANONYMOUS;
        model.put("nextMeeting", nextMeeting);
        model.put("pageId", page == null ? null : String.valueOf(page.getId()));
        model.put("nextLabel", rendering.textOfKey(locale, "meeting-memo.next.button"));
        model.put("nextFailed", rendering.textOfKey(locale, "meeting-memo.next.failed"));
        model.put("nextWorking", rendering.textOfKey(locale, "meeting-memo.next.working"));
        model.put("settings", nextMeeting ? settings(key, page.getId(), locale, viewModel) : null);
        return rendering.render(MacroRendering.MemoTemplate.SERIES, model);
    }

    /**
     * The settings form, for readers who may change the series (editors of its latest memo or index page,
     * administrators): its current values and the version they are at, which the save sends back (a stale one is
     * refused and the form says so). Null for everyone else.
     */
    private Map<String, Object> settings(String key, long pageId, Locale locale, SeriesViewModel viewModel) {
        SeriesRegister.Seen seen = register.changeable(key).orElse(null);
        if (seen == null) return null;
        Series s = seen.series();
        Map<String, Object> form = new HashMap<>();
        form.put("version", s.version());
        form.put("name", s.name());
        form.put("place", s.defaultPlace() == null ? "" : s.defaultPlace());
        List<String> usernames = new ArrayList<>();
        for (String userKey : s.defaultAttendeeKeys()) {
            usernames.add(readers.users().byUsernameOrKey(userKey).map(p -> p.username() == null ? userKey : p.username()).orElse(userKey));
        }
        form.put("attendees", String.join(", ", usernames));
        form.put("guests", String.join("\n", s.defaultGuests()));
        form.put("indexHere", s.indexPageId() != null && s.indexPageId() == pageId);
        form.put("indexElsewhere", s.indexPageId() != null && s.indexPageId() != pageId);
        List<Map<String, Object>> cadences = new ArrayList<>();
        for (Cadence c : Cadence.values()) {
            cadences.add(Map.of("value", c.wireName(), "label", viewModel.text("cadence." + c.wireName()),
                    "selected", c == s.cadence()));
        }
        form.put("cadences", cadences);
        form.put("text", rendering.labels(locale, "meeting-memo.series.settings.", SETTINGS_LABELS));
        return form;
    }

    static final List<String> SETTINGS_LABELS = List.of("title", "name", "cadence", "place", "attendees", "attendeesHint",
            "guests", "guestsHint", "indexHere", "save", "saved", "stale", "failed");

    /** The parameter as a number of meetings, the default when absent; null when it is given but not 1 to 50. */
    static Integer openLongerThan(String value) {
        if (value == null || value.isBlank()) return SeriesOverview.DEFAULT_OPEN_LONGER_THAN;
        try {
            int n = Integer.parseInt(value.trim());
            return n >= SeriesOverview.MIN_OPEN_LONGER_THAN && n <= SeriesOverview.MAX_OPEN_LONGER_THAN ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override public BodyType getBodyType() { return BodyType.NONE; }

    @Override public OutputType getOutputType() { return OutputType.BLOCK; }
}
