package io.meetingmemo.memo.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import io.meetingmemo.memo.domain.UserRef;
import io.meetingmemo.platform.Readers;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import io.meetingmemo.memo.domain.SupportedDates;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The macros nested in a memo body ({@code memo-guest}, {@code memo-contact}, {@code memo-decision},
 * {@code memo-action}) render where the author put them, from their own parameters. The memo around
 * them collects the same facts into its summary from storage format.
 */
public abstract class MemoPartMacro implements Macro {
    private static final List<String> LABELS = List.of("guest", "contact", "decision", "action", "actionOwner",
            "actionDue", "contactOwner", "actionFollowUp");

    private final MacroRendering rendering;
    private final Readers readers;
    private final MacroRendering.MemoTemplate template;

    MemoPartMacro(MacroRendering rendering, Readers readers, MacroRendering.MemoTemplate template) {
        this.rendering = rendering;
        this.readers = readers;
        this.template = template;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        Locale locale = rendering.viewerLocale();
        Map<String, String> params = parameters == null ? Map.of() : parameters;
        Map<String, Object> part = new LinkedHashMap<>();
        for (String name : List.of("name", "organisation", "role", "email", "phone", "owner")) {
            part.put(name, blankToNull(params.get(name)));
        }
        part.put("owner", person(params.get("owner"), params.get("owner")));
        part.put("assignee", person(params.get("assignee"), null));
        // As the tracker reads it: a follow-up owner matters only for an owner without an account.
        part.put("followUp", part.get("assignee") == null ? person(params.get("follow-up"), null) : null);
        part.put("due", date(params.get("due"), locale));
        Map<String, Object> model = new HashMap<>();
        model.put("part", part);
        model.put("bodyHtml", body == null ? "" : body);
        model.put("text", rendering.labels(locale, LABELS));
        model.put("interactive", MacroRendering.isInteractive(context));
        return rendering.render(template, model);
    }

    /** A user parameter shows the user's display name; free text (an external owner) shows as written. */
    private String person(String value, String fallback) {
        if (value == null || value.isBlank()) return blankToNull(fallback);
        // The first name, as the parser reads user parameters: "," alone names nobody.
        List<String> names = UserRef.usernamesIn(value);
        if (names.isEmpty()) return blankToNull(fallback);
        String first = names.get(0);
        return readers.users().byUsernameOrKey(first).map(p -> p.displayName()).orElse(first);
    }

    private static String date(String value, Locale locale) {
        if (value == null || value.isBlank()) return null;
        // As the parser reads it: a date outside the supported years shows as written, like an invalid one.
        LocalDate date = SupportedDates.parse(value.trim());
        return date == null ? value.trim() : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }

    @Override public OutputType getOutputType() { return OutputType.BLOCK; }
}
