package io.meetingmemo.actionitem.domain;

import io.meetingmemo.memo.domain.UserRef;

/** Turns a user named on a page (by key or username) into the stable user key the tracker stores. */
public interface UserKeyResolver {
    /** @return the user key, or null when no such user exists */
    String userKeyOf(UserRef user);
}
