package io.meetingmemo.actionitem.domain;

/** Whether the current user may see a page; decided by the one permission component of the app. */
public interface PageAccessPolicy {
    boolean canView(long pageId);
}
