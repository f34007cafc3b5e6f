package io.meetingmemo.actionitem.domain;

/** What a sync needs to know about a saved page. {@code storageBody} is the page in storage format. */
public record PageSnapshot(long pageId, String spaceKey, String title, String storageBody) {}
