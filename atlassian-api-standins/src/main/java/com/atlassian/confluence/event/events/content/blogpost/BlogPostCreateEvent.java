package com.atlassian.confluence.event.events.content.blogpost;

import com.atlassian.confluence.pages.BlogPost;

/**
 * Stand-in: published when a blog post was created. Constructor {@code (Object src, BlogPost blogPost)}.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5,
 * {@code com/atlassian/confluence/event/events/content/blogpost/BlogPostCreateEvent.java}: {@code extends BlogPostEvent});
 * Confluence's own inline-task plugin in the same snapshot (confluence-inline-tasks 18.7.51,
 * {@code InlineTasksContentEventListener}) keeps its tasks in step with blog posts through {@code BlogPostCreateEvent},
 * {@code BlogPostUpdateEvent.getOriginalBlogPost()} and {@code BlogPostRemoveEvent}, as it does with the page events.
 */
public class BlogPostCreateEvent extends BlogPostEvent {
    public BlogPostCreateEvent(Object src, BlogPost blogPost) { super(src, blogPost, false); }
}
