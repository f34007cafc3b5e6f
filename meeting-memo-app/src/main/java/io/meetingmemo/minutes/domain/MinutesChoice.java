package io.meetingmemo.minutes.domain;

import java.util.List;
import java.util.Set;

/**
 * Whom the sender chose in the preview. People who may view the page get the minutes unless unticked ({@code chosen}
 * lists the ticked ones; null keeps everyone ticked). People who may not view it get nothing unless the sender ticked
 * them explicitly ({@code includedWithoutAccess}), and then only what the preview showed for them.
 */
public record MinutesChoice(Set<String> chosen, Set<String> includedWithoutAccess) {
    public MinutesChoice {
        chosen = chosen == null ? null : Set.copyOf(chosen);
        includedWithoutAccess = includedWithoutAccess == null ? Set.of() : Set.copyOf(includedWithoutAccess);
    }

    public static final MinutesChoice DEFAULT = new MinutesChoice(null, Set.of());

    /** Why the recipient gets nothing, or null when they get the minutes. */
    public SkipReason skipReason(MinutesRecipient recipient) {
        if (recipient.problem() != null) return recipient.problem();
        if (!recipient.canView()) return includedWithoutAccess.contains(recipient.id()) ? null : SkipReason.NO_PAGE_ACCESS;
        if (chosen != null && !chosen.contains(recipient.id())) return SkipReason.NOT_CHOSEN;
        return null;
    }

    /** The ids the choice names that are none of the memo's recipients: a request for someone else. */
    public List<String> unknownIds(List<MinutesRecipient> recipients) {
        Set<String> known = recipients.stream().map(MinutesRecipient::id).collect(java.util.stream.Collectors.toSet());
        return java.util.stream.Stream.concat(chosen == null ? java.util.stream.Stream.<String>empty() : chosen.stream(),
                includedWithoutAccess.stream()).filter(id -> !known.contains(id)).distinct().sorted().toList();
    }
}
