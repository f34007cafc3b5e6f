package io.meetingmemo.decision.app;

import io.meetingmemo.decision.domain.DecisionFinder;
import io.meetingmemo.decision.domain.DecisionFinder.Listed;
import io.meetingmemo.decision.domain.DecisionFinder.Page;
import io.meetingmemo.decision.domain.DecisionPosition;
import io.meetingmemo.decision.domain.DecisionQuery;
import io.meetingmemo.decision.domain.DecisionRecord;
import io.meetingmemo.decision.domain.DecisionRepository;
import io.meetingmemo.permission.ContentPermissions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The decision log for the caller of the current request: the decisions written in memos across pages and spaces,
 * newest meeting first, only those on pages the caller may view, filtered before paging as action items are
 * ({@link DecisionFinder}, the same rule), each with the ids of the tracked action items written inside it. Anonymous
 * callers see none. Used by the REST resources, the CSV export and the {@code decision-log} macro.
 */
public final class DecisionLog {
    public static final int MAX_LIMIT = DecisionFinder.MAX_LIMIT;

    private final DecisionRepository repository;
    private final DecisionFinder finder;
    private final ContentPermissions permissions;

    public DecisionLog(DecisionRepository repository, ContentPermissions permissions) {
        this.repository = repository;
        this.finder = new DecisionFinder(repository);
        this.permissions = permissions;
    }

    public Page list(DecisionQuery query, DecisionPosition after, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        if (permissions.isAnonymous()) return new Page(List.of(), null);
        return finder.find(query, after, limit, permissions);
    }

    /**
     * A decision, when it exists, is not on a page in the trash and its page is one the caller may view; empty
     * otherwise, so that an id reveals nothing. A removed decision is readable, marked removed.
     */
    public Optional<Listed> read(long id) {
        if (permissions.isAnonymous()) return Optional.empty();
        return repository.readTogether(() -> repository.findById(id).filter(d -> !d.hidden() && permissions.canView(d.pageId()))
                .map(d -> finder.listed(List.of(d)).get(0)));
    }

    /** @param truncated more decisions matched than the export holds */
    public record Export(List<Listed> decisions, boolean truncated) {}

    /** Up to {@code max} decisions of the query the caller may view, read a log page at a time. */
    public Export export(DecisionQuery query, int max) {
        List<Listed> all = new ArrayList<>();
        DecisionPosition position = null;
        while (true) {
            Page page = list(query, position, Math.min(MAX_LIMIT, max - all.size() + 1));
            all.addAll(page.decisions());
            if (all.size() > max) return new Export(List.copyOf(all.subList(0, max)), true);
            if (page.next() == null) return new Export(all, false);
            position = page.next();
        }
    }

    public boolean callerIsAnonymous() { return permissions.isAnonymous(); }

    /**
     * Where a decision's memo is read: its page, at the memo (the memo macro's section carries the id
     * {@code mm-memo-<memo key>}), so a page of many memos opens at the one that made the decision.
     */
    public static String memoUrl(String baseUrl, DecisionRecord decision) {
        String url = baseUrl + "/pages/viewpage.action?pageId=" + decision.pageId();
        if (decision.memoKey() == null) return url;
        return url + "#" + MEMO_ANCHOR_PREFIX + URLEncoder.encode(decision.memoKey(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The start of the id of a memo's section on its page, followed by the memo key. */
    public static final String MEMO_ANCHOR_PREFIX = "mm-memo-";

}
