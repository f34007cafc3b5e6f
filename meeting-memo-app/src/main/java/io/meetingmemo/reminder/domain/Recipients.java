package io.meetingmemo.reminder.domain;

/**
 * Who is reminded of an item. Its assignee when the owner has an account, and nobody else: a follow-up owner named on
 * such an item is not mailed for it. For an owner without one (a name typed as free text, someone outside the
 * organisation) the follow-up owner the action names, when that person may view the page now; else the memo's
 * minute-taker, who follows the item up. Nobody when the memo names no minute-taker either. The weekly digest lists
 * items by the same rule.
 */
public final class Recipients {
    private Recipients() {
    }

    /**
     * Whether the named follow-up owner may be reminded of an item on that page: an active account that may view it
     * now, as the app's one permission policy decides ({@link RecipientDirectory#canView}).
     */
    @FunctionalInterface
    public interface FollowUpCheck {
        boolean mayFollowUp(String followUpKey, long pageId);
    }

    /**
     * @param followUpMayView whether {@code followUpKey} names someone who may view the item's page
     *                        ({@link FollowUpCheck}); ignored when the item has an assignee or names no follow-up owner
     */
    public static String of(String assigneeKey, String followUpKey, boolean followUpMayView, String minutesByKey) {
        if (!isBlank(assigneeKey)) return assigneeKey;
        if (!isBlank(followUpKey) && followUpMayView) return followUpKey;
        return isBlank(minutesByKey) ? null : minutesByKey;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
