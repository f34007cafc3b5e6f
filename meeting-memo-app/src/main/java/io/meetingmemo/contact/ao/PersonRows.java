package io.meetingmemo.contact.ao;

import io.meetingmemo.actionitem.ao.VersionedRows;
import com.atlassian.activeobjects.external.ActiveObjects;
import io.meetingmemo.actionitem.ao.ActionItemEntity;
import io.meetingmemo.actionitem.ao.SyncRecordEntity;
import io.meetingmemo.contact.domain.ContactLink;
import io.meetingmemo.contact.domain.ContactPerson;
import io.meetingmemo.contact.domain.ErasedPerson;
import io.meetingmemo.contact.domain.PersonTraces;
import io.meetingmemo.decision.ao.DecisionEntity;
import io.meetingmemo.minutes.ao.MinutesDeliveryEntity;
import io.meetingmemo.minutes.ao.MinutesSendEntity;
import io.meetingmemo.series.ao.SeriesEntity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.java.ao.Query;

/**
 * The rows of the app's other tables that name a person of a register (action items, decisions, memo records,
 * minutes deliveries, series' default guests), read for an export or an erasure and anonymised by an erasure. An
 * administrator's request about one person, rare: it reads what the person's space holds, in a few statements per
 * table, and writes only the rows that name them.
 */
final class PersonRows {
    /** Values in one IN (…) list, well below every database's limit of bind parameters. */
    private static final int CHUNK = 400;

    private final ActiveObjects ao;

    PersonRows(ActiveObjects ao) {
        this.ao = ao;
    }

    /** What names the person; {@code links} are their register links (the memos they were a guest or contact of). */
    PersonTraces traces(ContactPerson person, List<ContactLink> links) {
        List<PersonTraces.ItemTrace> items = items(person);
        List<PersonTraces.DecisionTrace> decisions = decisions(person);
        List<PersonTraces.MemoTrace> memos = memos(links);
        Set<Long> pages = new LinkedHashSet<>();
        links.forEach(l -> pages.add(l.pageId()));
        items.forEach(i -> pages.add(i.pageId()));
        decisions.forEach(d -> pages.add(d.pageId()));
        return new PersonTraces(items, decisions, memos, deliveries(person, pages), series(person));
    }

    /** Series of the person's space whose default guests name them. */
    private List<PersonTraces.SeriesTrace> series(ContactPerson person) {
        List<PersonTraces.SeriesTrace> found = new ArrayList<>();
        for (SeriesEntity e : ao.find(SeriesEntity.class, Query.select("ID, SERIES_KEY, NAME, SPACE_KEY, DEFAULT_GUESTS")
                .where("SPACE_KEY = ? AND DEFAULT_GUESTS IS NOT NULL", person.spaceKey()).order("ID"))) {
            for (String line : e.getDefaultGuests().split("\n")) {
                if (ErasedPerson.namesGuestLine(person, line.strip())) found.add(new PersonTraces.SeriesTrace(e.getSeriesKey(), e.getName(), line.strip()));
            }
        }
        return found;
    }

    /**
     * Replaces the person's name where a row holds it as a field: an item's free-text owner (a new version of the item,
     * so a status change that read the old one is refused as stale, not lost), a minutes guest (name and address), and
     * the default guests of the space's series (the line is removed: a next memo should not invite an erased person).
     * Ids, statuses and history stay.
     */
    PersonTraces.Anonymised anonymise(ContactPerson person, PersonTraces traces, int linksRemoved) {
        List<Object> itemIds = traces.actionItems().stream().filter(PersonTraces.ItemTrace::ownedByThem).map(i -> (Object) (int) i.id()).toList();
        int items = 0;
        for (List<Object> chunk : chunks(itemIds)) {
            for (ActionItemEntity e : ao.find(ActionItemEntity.class, Query.select("ID, OWNER_NAME, VERSION").where(in("ID", chunk.size()), chunk.toArray()))) {
                if (!ErasedPerson.names(person, e.getOwnerName())) continue; // a save replaced it meanwhile
                e.setOwnerName(ErasedPerson.STORED);
                e.setVersion(e.getVersion() + 1);
                e.save();
                items++;
            }
        }
        Set<Object> sendIds = new LinkedHashSet<>();
        for (PersonTraces.DeliveryTrace d : traces.minutesDeliveries()) sendIds.add(d.sendId());
        int deliveries = 0;
        if (!sendIds.isEmpty()) {
            for (List<Object> chunk : chunks(new ArrayList<>(sendIds))) {
                for (MinutesDeliveryEntity e : ao.find(MinutesDeliveryEntity.class, Query.select("ID, SEND_ID, USER_KEY, RECIPIENT_NAME, ADDRESS")
                        .where(in("SEND_ID", chunk.size()) + " AND USER_KEY IS NULL", chunk.toArray()))) {
                    if (!ErasedPerson.names(person, e.getRecipientName()) && !ErasedPerson.names(person, e.getAddress())) continue;
                    e.setRecipientName(ErasedPerson.STORED);
                    e.setAddress(null);
                    e.save();
                    deliveries++;
                }
            }
        }
        int series = 0;
        for (SeriesEntity e : ao.find(SeriesEntity.class, Query.select("ID, SPACE_KEY, DEFAULT_GUESTS, VERSION")
                .where("SPACE_KEY = ? AND DEFAULT_GUESTS IS NOT NULL", person.spaceKey()))) {
            List<String> kept = new ArrayList<>();
            boolean named = false;
            for (String line : e.getDefaultGuests().split("\n")) {
                if (ErasedPerson.namesGuestLine(person, line.strip())) named = true;
                else kept.add(line);
            }
            if (!named) continue;
            e.setDefaultGuests(kept.isEmpty() ? null : String.join("\n", kept));
            e.setVersion(e.getVersion() + 1);
            e.save();
            series++;
        }
        return new PersonTraces.Anonymised(linksRemoved, items, deliveries, series);
    }

    /** Items of the space whose free-text owner is the person, or whose text names them. */
    private List<PersonTraces.ItemTrace> items(ContactPerson person) {
        List<String> words = words(person);
        StringBuilder where = new StringBuilder("SPACE_KEY = ? AND (OWNER_NAME IS NOT NULL");
        List<Object> params = new ArrayList<>(List.of(person.spaceKey()));
        for (String word : words) {
            where.append(" OR LOWER(\"TEXT\") LIKE ? ESCAPE '!'");
            params.add("%" + VersionedRows.likeEscape(word) + "%");
        }
        where.append(')');
        List<PersonTraces.ItemTrace> found = new ArrayList<>();
        ao.stream(ActionItemEntity.class, Query.select("ID, PAGE_ID, PAGE_TITLE, MEMO_KEY, TEXT, OWNER_NAME, STATUS, DUE_DATE")
                .where(where.toString(), params.toArray()).order("ID"), e -> {
            boolean owned = ErasedPerson.names(person, e.getOwnerName());
            if (owned || containsAny(e.getText(), words)) {
                found.add(new PersonTraces.ItemTrace(e.getID(), e.getPageId(), e.getPageTitle(), e.getMemoKey(), e.getText(),
                        e.getOwnerName(), e.getStatus(), date(e.getDueDate()), owned));
            }
        });
        return found;
    }

    private List<PersonTraces.DecisionTrace> decisions(ContactPerson person) {
        List<String> words = words(person);
        if (words.isEmpty()) return List.of();
        StringBuilder where = new StringBuilder("SPACE_KEY = ? AND (1 = 0");
        List<Object> params = new ArrayList<>(List.of(person.spaceKey()));
        for (String word : words) {
            where.append(" OR LOWER(\"TEXT\") LIKE ? ESCAPE '!'");
            params.add("%" + VersionedRows.likeEscape(word) + "%");
        }
        where.append(')');
        List<PersonTraces.DecisionTrace> found = new ArrayList<>();
        ao.stream(DecisionEntity.class, Query.select("ID, PAGE_ID, PAGE_TITLE, MEMO_KEY, TEXT").where(where.toString(), params.toArray())
                .order("ID"), e -> found.add(new PersonTraces.DecisionTrace(e.getID(), e.getPageId(), e.getPageTitle(), e.getMemoKey(), e.getText())));
        return found;
    }

    private List<PersonTraces.MemoTrace> memos(List<ContactLink> links) {
        Set<Object> rowKeys = new LinkedHashSet<>();
        for (ContactLink l : links) rowKeys.add(l.pageId() + ":" + l.memoKey());
        List<PersonTraces.MemoTrace> found = new ArrayList<>();
        for (List<Object> chunk : chunks(new ArrayList<>(rowKeys))) {
            for (SyncRecordEntity e : ao.find(SyncRecordEntity.class, Query.select("ID, PAGE_ID, PAGE_TITLE, ROW_KEY, MEMO_KEY, MEMO_TITLE, "
                    + "MEMO_DATE, PLACE, SERIES").where(in("ROW_KEY", chunk.size()), chunk.toArray()).order("ID"))) {
                found.add(new PersonTraces.MemoTrace(e.getPageId(), e.getPageTitle(), e.getMemoKey(), e.getMemoTitle(),
                        date(e.getMemoDate()), e.getPlace(), e.getSeries()));
            }
        }
        return found;
    }

    /**
     * Guests the minutes were sent to who are the person: by name or address on the pages that name them, and by
     * address on any page of their space (a guest the register never linked, or linked under another spelling).
     */
    private List<PersonTraces.DeliveryTrace> deliveries(ContactPerson person, Set<Long> pages) {
        Map<Long, MinutesSendEntity> sends = new HashMap<>();
        for (List<Object> chunk : chunks(pages.stream().map(p -> (Object) p).toList())) {
            for (MinutesSendEntity e : ao.find(MinutesSendEntity.class, Query.select("ID, PAGE_ID, MEMO_KEY, SENT_AT")
                    .where(in("PAGE_ID", chunk.size()), chunk.toArray()))) sends.put((long) e.getID(), e);
        }
        if (!person.emailKey().isEmpty()) {
            Set<Object> byAddress = new LinkedHashSet<>();
            for (MinutesDeliveryEntity e : ao.find(MinutesDeliveryEntity.class, Query.select("ID, SEND_ID")
                    .where("USER_KEY IS NULL AND LOWER(\"ADDRESS\") = ?", person.emailKey()))) {
                if (!sends.containsKey(e.getSendId())) byAddress.add(e.getSendId());
            }
            Map<Long, MinutesSendEntity> candidates = new HashMap<>();
            for (List<Object> chunk : chunks(new ArrayList<>(byAddress))) {
                for (MinutesSendEntity e : ao.find(MinutesSendEntity.class, Query.select("ID, PAGE_ID, MEMO_KEY, SENT_AT")
                        .where(in("ID", chunk.size()), chunk.toArray()))) candidates.put((long) e.getID(), e);
            }
            // Only the person's space: the memo records say which space each page is in.
            Set<Long> inSpace = new LinkedHashSet<>();
            List<Object> candidatePages = candidates.values().stream().map(e -> (Object) e.getPageId()).distinct().toList();
            for (List<Object> chunk : chunks(candidatePages)) {
                List<Object> params = new ArrayList<>(chunk);
                params.add(person.spaceKey());
                for (SyncRecordEntity e : ao.find(SyncRecordEntity.class, Query.select("ID, PAGE_ID, SPACE_KEY")
                        .where(in("PAGE_ID", chunk.size()) + " AND SPACE_KEY = ?", params.toArray()))) inSpace.add(e.getPageId());
            }
            candidates.forEach((id, e) -> { if (inSpace.contains(e.getPageId())) sends.put(id, e); });
        }
        List<PersonTraces.DeliveryTrace> found = new ArrayList<>();
        for (List<Object> chunk : chunks(sends.keySet().stream().sorted().map(id -> (Object) id).toList())) {
            for (MinutesDeliveryEntity e : ao.find(MinutesDeliveryEntity.class, Query.select("ID, SEND_ID, USER_KEY, RECIPIENT_NAME, ADDRESS, SKIP_REASON")
                    .where(in("SEND_ID", chunk.size()) + " AND USER_KEY IS NULL", chunk.toArray()).order("ID"))) {
                if (!ErasedPerson.names(person, e.getRecipientName()) && !ErasedPerson.names(person, e.getAddress())) continue;
                MinutesSendEntity send = sends.get(e.getSendId());
                found.add(new PersonTraces.DeliveryTrace(e.getSendId(), send.getPageId(), send.getMemoKey(), send.getSentAt().toInstant(),
                        e.getRecipientName(), e.getAddress(), e.getSkipReason()));
            }
        }
        return found;
    }

    /** The person's name and address in lower case, as a text would write them; the words a text naming them holds. */
    private static List<String> words(ContactPerson person) {
        List<String> words = new ArrayList<>();
        if (person.name() != null && !person.name().isBlank()) words.add(person.name().strip().toLowerCase(Locale.ROOT));
        if (!person.emailKey().isEmpty()) words.add(person.emailKey());
        return words;
    }

    private static boolean containsAny(String text, List<String> words) {
        if (text == null) return false;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : words) if (lower.contains(word)) return true;
        return false;
    }

    private static List<List<Object>> chunks(List<Object> all) {
        List<List<Object>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) chunks.add(all.subList(from, Math.min(from + CHUNK, all.size())));
        return chunks;
    }

    private static String in(String column, int count) {
        return column + " IN (" + "?,".repeat(count - 1) + "?)";
    }


    private static LocalDate date(String iso) {
        try {
            return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
