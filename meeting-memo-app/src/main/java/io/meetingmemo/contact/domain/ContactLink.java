package io.meetingmemo.contact.domain;

import java.time.LocalDate;

/**
 * A register entry named in a memo: a person, or an organisation named as such (a contact whose name is its
 * organisation's, "Sanoma WSOY" of Sanoma WSOY); where (page, memo, macro), as what (guest or contact), and the memo's
 * date and title as of the save that linked them.
 *
 * @param personId       the person, or null for an organisation named as such
 * @param organisationId the organisation named as such, or null for a person
 */
public record ContactLink(Long personId, Long organisationId, long pageId, String spaceKey, int pageVersion, String memoKey, String partKey,
                          ContactMention.Kind kind, String memoTitle, LocalDate memoDate) {
    /** What makes a link one link: the same macro of the same memo on the same page (long keys cut with a hash). */
    public String linkKey() {
        return pageId + "|" + io.meetingmemo.actionitem.domain.ActionItem.stored(memoKey + "|" + partKey);
    }
}
