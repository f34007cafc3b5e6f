package io.meetingmemo.actionitem.rest;

import io.meetingmemo.actionitem.app.ActionItems;
import io.meetingmemo.memo.app.MemoPages;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.meetingmemo.actionitem.domain.ActionItem;
import io.meetingmemo.actionitem.domain.PageSnapshot;
import io.meetingmemo.actionitem.domain.TrackedItems;
import io.meetingmemo.memo.domain.Memo;
import io.meetingmemo.memo.domain.MemoAction;
import io.meetingmemo.memo.domain.ParsedPage;
import io.meetingmemo.memo.domain.UserRef;
import io.meetingmemo.platform.Readers;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /rest/meeting-memo/1.0/pages/{pageId}/memos}: the memos of one page with every structured
 * field, read from the page's current storage format, and each action's tracked status.
 */
@Path("/pages")
@Produces(MediaType.APPLICATION_JSON)
@AnonymousSiteAccess
public class PageMemosResource {
    private final MemoPages memoPages;
    private final ActionItems actionItems;
    private final Readers readers;
    private final ApplicationProperties applicationProperties;

    @Inject
    public PageMemosResource(MemoPages memoPages, ActionItems actionItems, Readers readers,
                             ApplicationProperties applicationProperties) {
        this.memoPages = memoPages;
        this.actionItems = actionItems;
        this.readers = readers;
        this.applicationProperties = applicationProperties;
    }

    @GET
    @Path("{pageId}/memos")
    public MemoJson.PageMemos memos(@PathParam("pageId") String rawPageId) {
        long pageId = RequestValues.positiveLong("pageId", rawPageId);
        MemoPages.Read read = memoPages.read(pageId);
        if (!read.found()) throw read.anonymous() ? ApiErrors.unauthorized() : ApiErrors.error(404, "no page " + pageId);
        PageSnapshot page = read.page();
        ParsedPage parsed = read.parsed();
        TrackedItems tracked = read.tracked();
        ActionItemJsonMapper items = new ActionItemJsonMapper(readers.presenter(readers.today(), null),
                applicationProperties.getBaseUrl(UrlMode.CANONICAL), actionItems.statusChangeCheck());

        List<MemoJson.Memo> memos = new ArrayList<>();
        for (Memo memo : parsed.memos()) {
            List<MemoJson.Attendee> attendees = new ArrayList<>();
            memo.attendees().forEach(u -> attendees.add(new MemoJson.Attendee(person(u), true)));
            memo.absent().forEach(u -> attendees.add(new MemoJson.Attendee(person(u), false)));
            memos.add(new MemoJson.Memo(memo.key(), memo.title(), memo.date() == null ? null : memo.date().toString(),
                    memo.time(), memo.location(), memo.series(), memo.minutesBy() == null ? null : person(memo.minutesBy()),
                    attendees,
                    memo.guests().stream().map(g -> new MemoJson.Guest(g.name(), g.organisation(), g.role(), g.email())).toList(),
                    memo.contacts().stream().map(c -> new MemoJson.Contact(c.name(), c.organisation(), c.role(), c.email(),
                            c.phone(), c.owner() == null ? null : person(c.owner()), c.notes())).toList(),
                    memo.decisions().stream().map(d -> d.text()).toList(),
                    memo.actions().stream().map(a -> new MemoJson.Action(a.key(), a.source().wireName(), a.text(),
                            a.assignee() == null ? null : person(a.assignee()), a.owner(),
                            a.followUp() == null ? null : person(a.followUp()),
                            a.due() == null ? null : a.due().toString(),
                            tracked(items, tracked, a))).toList(),
                    memo.carryOver()));
        }
        return new MemoJson.PageMemos(page.pageId(), page.title(), page.spaceKey(), memos,
                parsed.problems().stream().map(p -> new MemoJson.Problem(p.message(), p.line(), p.column(), p.memoKey())).toList());
    }

    private ActionItemJson.Person person(UserRef user) {
        return readers.users().find(user)
                .map(p -> new ActionItemJson.Person(p.userKey(), p.username(), p.displayName()))
                .orElse(new ActionItemJson.Person(user.userKey(), user.username(), user.identity()));
    }


    private static ActionItemJson.Item tracked(ActionItemJsonMapper items, TrackedItems tracked, MemoAction action) {
        ActionItem item = tracked.of(action);
        return item == null ? null : items.item(item);
    }
}
