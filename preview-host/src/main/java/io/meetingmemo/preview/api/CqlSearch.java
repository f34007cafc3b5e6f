package io.meetingmemo.preview.api;

import io.meetingmemo.preview.store.HostPageStore;
import io.meetingmemo.preview.store.HostPageStore.StoredPage;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Runs a parsed {@link Cql.Query} over the current pages and blog posts of the store (without bodies). */
public final class CqlSearch {
    private final HostPageStore store;

    public CqlSearch(HostPageStore store) { this.store = store; }

    /** Current content matching every clause, in the query's order (most recently updated first by default). */
    public List<StoredPage> run(Cql.Query query) {
        List<StoredPage> all = store.list(null, false, null);
        Map<Long, Long> parents = new HashMap<>();
        for (StoredPage p : all) parents.put(p.id(), p.parentId());
        boolean needLabels = query.clauses().stream().anyMatch(c -> c.field().equals("label"));
        Map<Long, Set<String>> labels = needLabels ? store.labelNamesByPage() : Map.of();
        Predicate<StoredPage> match = p -> true;
        for (Cql.Clause clause : query.clauses()) match = match.and(predicate(clause, parents, labels));
        List<StoredPage> found = new ArrayList<>(all.stream().filter(match).toList());
        Comparator<StoredPage> order = null;
        for (Cql.Order o : query.order()) {
            Comparator<StoredPage> c = switch (o.field()) {
                case "title" -> Comparator.comparing((StoredPage p) -> p.title().toLowerCase(Locale.ROOT));
                case "lastmodified" -> Comparator.comparing(StoredPage::updatedAt);
                default -> Comparator.comparingLong(StoredPage::id);
            };
            if (!o.ascending()) c = c.reversed();
            order = order == null ? c : order.thenComparing(c);
        }
        if (order != null) found.sort(order.thenComparingLong(StoredPage::id));
        return found;
    }

    private static Predicate<StoredPage> predicate(Cql.Clause clause, Map<Long, Long> parents, Map<Long, Set<String>> labels) {
        List<String> values = clause.values();
        Predicate<StoredPage> positive = switch (clause.field()) {
            case "type" -> p -> values.stream().anyMatch(v -> v.equalsIgnoreCase(p.type()));
            case "space" -> p -> values.stream().anyMatch(v -> v.equalsIgnoreCase(p.spaceKey()));
            case "title" -> clause.op() == Cql.Op.CONTAINS || clause.op() == Cql.Op.NOT_CONTAINS
                    ? p -> containsWords(p.title(), values.get(0))
                    : p -> values.stream().anyMatch(v -> v.equalsIgnoreCase(p.title()));
            case "label" -> p -> {
                Set<String> mine = labels.getOrDefault(p.id(), Set.of());
                return values.stream().anyMatch(v -> mine.contains(labelName(v)));
            };
            case "parent" -> p -> p.parentId() != null && ids(values).contains(p.parentId());
            case "ancestor" -> {
                Set<Long> wanted = ids(values);
                yield p -> {
                    Set<Long> seen = new HashSet<>();
                    for (Long a = p.parentId(); a != null && seen.add(a); a = parents.get(a)) if (wanted.contains(a)) return true;
                    return false;
                };
            }
            case "id" -> p -> ids(values).contains(p.id());
            default -> throw new Cql.CqlException("unsupported field " + clause.field());
        };
        return switch (clause.op()) {
            case NE, NOT_IN, NOT_CONTAINS -> positive.negate();
            default -> positive;
        };
    }

    /** A label value as stored: without the {@code global:} prefix, lower case. */
    static String labelName(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.startsWith("global:") ? v.substring("global:".length()) : v;
    }

    private static Set<Long> ids(List<String> values) {
        Set<Long> ids = new HashSet<>();
        for (String v : values) {
            try {
                ids.add(Long.parseLong(v.trim()));
            } catch (NumberFormatException e) {
                throw new Cql.CqlException("Could not parse cql : '" + v + "' is not a content id");
            }
        }
        return ids;
    }

    /**
     * {@code title ~ "…"}: every word of the text starts a word of the title, ignoring case (a trailing {@code *}
     * is allowed and changes nothing). Confluence matches stemmed words; prefixes come close for titles.
     */
    static boolean containsWords(String title, String text) {
        List<String> titleWords = words(title);
        List<String> wanted = words(text).stream().map(w -> w.replace("*", "")).filter(w -> !w.isEmpty()).toList();
        if (wanted.isEmpty()) return false;
        for (String w : wanted) {
            if (titleWords.stream().noneMatch(t -> t.startsWith(w))) return false;
        }
        return true;
    }

    private static List<String> words(String s) {
        String folded = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        List<String> out = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}\\p{N}*]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }
}
