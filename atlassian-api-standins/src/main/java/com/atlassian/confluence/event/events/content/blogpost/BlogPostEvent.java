package com.atlassian.confluence.event.events.content.blogpost;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.pages.BlogPost;

/**
 * Stand-in for blog-post events: {@code BlogPost getBlogPost()} (non-null) and {@code ContentEntityObject getContent()}.
 * Constructor {@code (Object source, BlogPost blogPost, boolean suppressNotifications)} (deprecated in Confluence in
 * favour of one taking an {@code OperationContext}, which nothing here needs).
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5,
 * {@code com/atlassian/confluence/event/events/content/blogpost/BlogPostEvent.java}: {@code public abstract class
 * BlogPostEvent extends ContentEvent}), the same shape as {@code PageEvent}.
 */
public abstract class BlogPostEvent extends ContentEvent {
    private final BlogPost blogPost;

    public BlogPostEvent(Object source, BlogPost blogPost, boolean suppressNotifications) {
        super(source, suppressNotifications);
        this.blogPost = blogPost;
    }

    public BlogPost getBlogPost() { return blogPost; }

    public ContentEntityObject getContent() { return blogPost; }
}
