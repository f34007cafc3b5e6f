package io.meetingmemo.memo.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the memo a {@code meeting-memo} macro stands for while a page renders: by the macro's
 * {@code ac:macro-id}, or for a macro written without one by the key its parameters derive, the same
 * keys the parser gives. Never by position: macros nested in a memo's body render before the memo,
 * and memos inside other macros' parameters, link bodies or captions are parsed but never rendered, so
 * "the n-th memo rendered" is not "the n-th memo parsed". Copies of one macro id on a page are handed
 * out in the order they render, as the parser numbered them ({@code id}, {@code id-2}, …).
 *
 * <p>One lookup serves one render of one page.
 */
public final class MemoLookup {
    private final Map<String, Memo> byKey = new HashMap<>();
    private final List<Memo> inPageOrder;
    private final Map<String, Integer> handedOut = new HashMap<>();

    public MemoLookup(ParsedPage page) {
        for (Memo memo : page.memos()) byKey.put(memo.key(), memo);
        inPageOrder = page.memos();
    }

    /** The first memo before {@code memo} on the page of the same series and day (or both undated), if there is one. */
    public Optional<Memo> earlierOfSameMeeting(Memo memo) {
        if (memo.meetingKey() == null) return Optional.empty();
        for (Memo m : inPageOrder) {
            if (m == memo) return Optional.empty();
            if (memo.meetingKey().equals(m.meetingKey())) return Optional.of(m);
        }
        return Optional.empty();
    }

    /**
     * @param macroId    the rendering macro's {@code ac:macro-id}, or null when it has none
     * @param parameters the macro's parameters as the renderer passes them
     * @return the memo, or empty when the page holds none for this macro (e.g. the page changed since)
     */
    public Optional<Memo> memoFor(String macroId, Map<String, String> parameters) {
        // The id as the parser reads it: without surrounding whitespace.
        String id = macroId == null ? null : StorageText.trimToNull(macroId);
        String base = id != null ? id
                : PageKeys.derive("memo", text(parameters, "title"), text(parameters, "date"), text(parameters, "time"),
                        text(parameters, "series"), text(parameters, "location"));
        int copy = handedOut.merge(base, 1, Integer::sum);
        return Optional.ofNullable(byKey.get(copy == 1 ? base : base + "-" + copy));
    }

    private static String text(Map<String, String> parameters, String name) {
        return parameters == null || parameters.get(name) == null ? null : StorageText.trimToNull(parameters.get(name));
    }
}
