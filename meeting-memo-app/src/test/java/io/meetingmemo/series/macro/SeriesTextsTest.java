package io.meetingmemo.series.macro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.meetingmemo.series.domain.Cadence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every text of the series page exists in English, Finnish and Swedish, and every pattern with values formats in each
 * language as the page formats it (a Java MessageFormat; a broken choice pattern would fail the page, not the build).
 */
class SeriesTextsTest {
    private static final Map<String, Locale> LANGUAGES = Map.of("", Locale.ENGLISH, "_fi", new Locale("fi"), "_sv", new Locale("sv"));

    /** The patterns the view model and macro fill, with values like theirs. */
    private static Map<String, Object[]> patterns() {
        Map<String, Object[]> p = new LinkedHashMap<>();
        p.put("nothingVisible", new Object[] {"Hallitus"});
        for (int n : new int[] {0, 1, 2, 21}) {
            p.put("showAll." + n, new Object[] {n});
            p.put("staleHeading." + n, new Object[] {n});
            p.put("staleHint." + n, new Object[] {n});
            p.put("staleMore." + n, new Object[] {n});
            p.put("cameUp." + n, new Object[] {n});
        }
        p.put("showingNewest", new Object[] {20, 500});
        p.put("completionValue", new Object[] {67});
        p.put("completionDetail", new Object[] {2, 3});
        for (double d : new double[] {0, 0.5, 1, 2.5, 40}) p.put("medianValue." + d, new Object[] {d, String.valueOf(d)});
        p.put("badOpenLongerThan", new Object[] {"kolme", 1, 50, 3});
        return p;
    }

    @Test
    void everyTextOfTheSeriesPageExistsInEveryLanguageAndFormats() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String label : SeriesViewModel.LABELS) keys.add(SeriesViewModel.PREFIX + label);
        for (Cadence c : Cadence.values()) keys.add(SeriesViewModel.PREFIX + "cadence." + c.wireName());
        keys.add("meeting-memo.next.button");
        for (String pattern : patterns().keySet()) keys.add(SeriesViewModel.PREFIX + pattern.replaceAll("\\..*", ""));
        for (Map.Entry<String, Locale> language : LANGUAGES.entrySet()) {
            Properties texts = properties(language.getKey());
            for (String key : keys) {
                assertNotNull(texts.getProperty(key), key + " in meeting-memo" + language.getKey() + ".properties");
                assertFalse(texts.getProperty(key).isBlank(), key);
            }
            for (Map.Entry<String, Object[]> p : patterns().entrySet()) {
                String key = SeriesViewModel.PREFIX + p.getKey().replaceAll("\\..*", "");
                String formatted = new MessageFormat(texts.getProperty(key), language.getValue()).format(p.getValue());
                assertFalse(formatted.contains("{"), key + " in " + language.getValue() + ": " + formatted);
            }
            assertEquals("Hallitus", new MessageFormat(texts.getProperty(SeriesViewModel.PREFIX + "nothingVisible"))
                    .format(new Object[] {"Hallitus"}).replaceAll(".*[“”\"]([^“”\"]+)[“”\"].*", "$1"), "the key is in the message");
        }
    }

    @Test
    void theTemplateUsesOnlyLabelsTheViewModelPrepares() throws IOException {
        String template;
        try (InputStream in = resource("templates/meeting-series.vm")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("\\$!?\\{?text\\.([A-Za-z]+)").matcher(template);
        int found = 0;
        while (m.find()) {
            found++;
            assertTrue(SeriesViewModel.LABELS.contains(m.group(1)), "$text." + m.group(1) + " is not among SeriesViewModel.LABELS");
        }
        assertTrue(found > 10);
        assertTrue(template.contains("<button type=\"button\" class=\"aui-button mm-next-meeting\" data-series=\"$key\" data-page-id=\"$pageId\">$nextLabel</button>"));
    }

    private static Properties properties(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = resource("i18n/meeting-memo" + language + ".properties")) {
            p.load(in);
        }
        return p;
    }

    private static InputStream resource(String path) {
        InputStream in = SeriesTextsTest.class.getClassLoader().getResourceAsStream(path);
        assertNotNull(in, path);
        return in;
    }
}
