package com.atlassian.confluence.event.events.content.blogpost;

import com.atlassian.confluence.pages.BlogPost;

/**
 * Stand-in: published when a blog post was removed for good (purged from the trash). Constructor
 * {@code (Object src, BlogPost blogPost)}.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5,
 * {@code com/atlassian/confluence/event/events/content/blogpost/BlogPostRemoveEvent.java}: {@code extends BlogPostEvent}).
 */
public class BlogPostRemoveEvent extends BlogPostEvent {
    public BlogPostRemoveEvent(Object src, BlogPost blogPost) { super(src, blogPost, false); }
}
