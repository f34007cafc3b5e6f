package io.meetingmemo.actionitem.domain;

/**
 * What a sync needs to know about a saved page. {@code version} is Confluence's version number of the page
 * (1 when created, one more with each save); {@code storageBody} is that version in storage format.
 */
public record PageSnapshot(long pageId, int version, String spaceKey, String title, String storageBody) {}
