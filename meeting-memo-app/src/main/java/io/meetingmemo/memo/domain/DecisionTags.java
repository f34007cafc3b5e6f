package io.meetingmemo.memo.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tags of a decision, as its {@code tags} parameter gives them: comma-separated, each trimmed, its inner runs
 * of whitespace made one space, in Unicode NFC and lower case, so that {@code Budget}, {@code budget } and
 * {@code BUDGET} are one tag whoever wrote them and however their editor composed {@code ä}. Empty tags and repeats
 * go; a tag longer than {@value #MAX_LENGTH} characters and tags beyond the first {@value #MAX_TAGS} are left out,
 * and the page's author is told.
 */
public final class DecisionTags {
    public static final int MAX_LENGTH = 60;
    public static final int MAX_TAGS = 20;

    private DecisionTags() {}

    /** The tags of one parameter value, with what was left out. */
    public record Parsed(List<String> tags, List<String> leftOut) {}

    public static Parsed parse(String parameter) {
        Set<String> tags = new LinkedHashSet<>();
        List<String> leftOut = new ArrayList<>();
        if (parameter == null) return new Parsed(List.of(), List.of());
        for (String part : parameter.split(",")) {
            String tag = normalise(part);
            if (tag == null) continue;
            if (tag.length() > MAX_LENGTH || tags.size() == MAX_TAGS && !tags.contains(tag)) {
                leftOut.add(tag);
                continue;
            }
            tags.add(tag);
        }
        return new Parsed(List.copyOf(tags), List.copyOf(leftOut));
    }

    /** One tag as decisions store it (see the class comment), or null when nothing is left of it. */
    public static String normalise(String tag) {
        if (tag == null) return null;
        String collapsed = StorageText.collapse(Normalizer.normalize(tag, Normalizer.Form.NFC));
        return collapsed.isEmpty() ? null : collapsed.toLowerCase(Locale.ROOT);
    }
}
