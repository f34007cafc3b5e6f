package io.meetingmemo.contact.domain;

import java.time.LocalDate;

/**
 * A register person named in a memo: where (page, memo, macro), as what (guest or contact), and the memo's date and
 * title as of the save that linked them.
 */
public record ContactLink(long personId, long pageId, String spaceKey, int pageVersion, String memoKey, String partKey,
                          ContactMention.Kind kind, String memoTitle, LocalDate memoDate) {
    /** What makes a link one link: the same macro of the same memo on the same page. */
    public String linkKey() {
        return pageId + "|" + memoKey + "|" + partKey;
    }
}
