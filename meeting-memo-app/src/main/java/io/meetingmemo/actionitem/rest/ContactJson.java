package io.meetingmemo.actionitem.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The JSON of the contacts registers' organisations and people. */
public final class ContactJson {
    private ContactJson() {}

    public record Memo(@JsonProperty("pageId") long pageId, @JsonProperty("memoKey") String memoKey,
                @JsonProperty("title") String title, @JsonProperty("date") String date,
                @JsonProperty("as") String as, @JsonProperty("url") String url) {}

    public record PersonSummary(@JsonProperty("id") long id, @JsonProperty("spaceKey") String spaceKey,
                         @JsonProperty("name") String name, @JsonProperty("organisationId") Long organisationId,
                         @JsonProperty("role") String role, @JsonProperty("email") String email,
                         @JsonProperty("status") String status, @JsonProperty("version") int version) {}

    public record Person(@JsonProperty("id") long id, @JsonProperty("spaceKey") String spaceKey, @JsonProperty("name") String name,
                  @JsonProperty("organisationId") Long organisationId, @JsonProperty("organisation") String organisation,
                  @JsonProperty("role") String role, @JsonProperty("email") String email, @JsonProperty("phone") String phone,
                  @JsonProperty("keeperKey") String keeperKey, @JsonProperty("keeper") String keeper,
                  @JsonProperty("status") String status, @JsonProperty("notes") String notes,
                  @JsonProperty("purpose") String purpose, @JsonProperty("retainUntil") String retainUntil,
                  @JsonProperty("lastMet") String lastMet, @JsonProperty("memos") List<Memo> memos,
                  @JsonProperty("editable") boolean editable, @JsonProperty("version") int version) {}

    public record OrganisationSummary(@JsonProperty("id") long id, @JsonProperty("spaceKey") String spaceKey,
                               @JsonProperty("name") String name, @JsonProperty("kind") String kind,
                               @JsonProperty("networks") List<String> networks, @JsonProperty("website") String website,
                               @JsonProperty("version") int version) {}

    public record OpenItem(@JsonProperty("id") long id, @JsonProperty("text") String text, @JsonProperty("owner") String owner,
                    @JsonProperty("due") String due, @JsonProperty("overdue") boolean overdue, @JsonProperty("url") String url) {}

    public record Organisation(@JsonProperty("id") long id, @JsonProperty("spaceKey") String spaceKey,
                        @JsonProperty("name") String name, @JsonProperty("kind") String kind,
                        @JsonProperty("networks") List<String> networks, @JsonProperty("website") String website,
                        @JsonProperty("people") List<PersonSummary> people, @JsonProperty("memos") List<Memo> memos,
                        @JsonProperty("lastContact") String lastContact, @JsonProperty("owes") List<OpenItem> owes,
                        @JsonProperty("owedToIt") List<OpenItem> owedToIt, @JsonProperty("editable") boolean editable,
                        @JsonProperty("version") int version) {}

    public record PeoplePage(@JsonProperty("people") List<PersonSummary> people, @JsonProperty("next") String next) {}

    public record OrganisationsPage(@JsonProperty("organisations") List<OrganisationSummary> organisations,
                             @JsonProperty("next") String next) {}

    public record PageRef(@JsonProperty("pageId") long pageId, @JsonProperty("title") String title, @JsonProperty("url") String url) {}

    /**
     * How many rows of each table an erasure removed (links) or anonymised (the others). Decisions and memo records
     * have no field that holds a person's name (a decision's words are the page's text), so they are never anonymised.
     */
    public record Anonymised(@JsonProperty("contactLinks") int contactLinks, @JsonProperty("actionItems") int actionItems,
                             @JsonProperty("minutesDeliveries") int minutesDeliveries, @JsonProperty("series") int series) {}

    /** What an erasure removed, and the pages whose text still names the person (the app does not rewrite pages). */
    public record Erasure(@JsonProperty("personId") long personId, @JsonProperty("linksRemoved") int linksRemoved,
                   @JsonProperty("anonymised") Anonymised anonymised,
                   @JsonProperty("pagesStillNamingThem") List<PageRef> pagesStillNamingThem) {}

    /** An action item that names the person: as its owner ({@code ownedByThem}) or in its text. */
    public record ExportedItem(@JsonProperty("id") long id, @JsonProperty("pageId") long pageId,
                               @JsonProperty("pageTitle") String pageTitle, @JsonProperty("memoKey") String memoKey,
                               @JsonProperty("text") String text, @JsonProperty("owner") String owner,
                               @JsonProperty("status") String status, @JsonProperty("due") String due,
                               @JsonProperty("ownedByThem") boolean ownedByThem) {}

    public record ExportedDecision(@JsonProperty("id") long id, @JsonProperty("pageId") long pageId,
                                   @JsonProperty("pageTitle") String pageTitle, @JsonProperty("memoKey") String memoKey,
                                   @JsonProperty("text") String text) {}

    public record ExportedMemo(@JsonProperty("pageId") long pageId, @JsonProperty("pageTitle") String pageTitle,
                               @JsonProperty("memoKey") String memoKey, @JsonProperty("title") String title,
                               @JsonProperty("date") String date, @JsonProperty("place") String place,
                               @JsonProperty("series") String series) {}

    /** A series whose default guests name the person. */
    public record ExportedSeries(@JsonProperty("seriesKey") String seriesKey, @JsonProperty("name") String name,
                                 @JsonProperty("defaultGuest") String defaultGuest) {}

    public record ExportedDelivery(@JsonProperty("sendId") long sendId, @JsonProperty("pageId") long pageId,
                                   @JsonProperty("memoKey") String memoKey, @JsonProperty("sentAt") String sentAt,
                                   @JsonProperty("name") String name, @JsonProperty("address") String address,
                                   @JsonProperty("skipReason") String skipReason) {}

    public record FieldProblem(@JsonProperty("field") String field, @JsonProperty("reason") String reason) {}

    public record Error(@JsonProperty("status") int status, @JsonProperty("message") String message,
                 @JsonProperty("problems") List<FieldProblem> problems) {}
}
