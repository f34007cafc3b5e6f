package com.atlassian.confluence.event.events.content.blogpost;

import com.atlassian.confluence.pages.BlogPost;

/**
 * Stand-in: published when a blog post is saved again. {@code BlogPost getOriginalBlogPost()} (nullable: the
 * version before the edit), {@code boolean isMinorEdit()}.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5,
 * {@code com/atlassian/confluence/event/events/content/blogpost/BlogPostUpdateEvent.java}: {@code extends BlogPostEvent},
 * {@code public @Nullable BlogPost getOriginalBlogPost()}, {@code isMinorEdit()} answering
 * {@code isSuppressNotifications()}). Constructor {@code (Object src, BlogPost updatedBlogPost, BlogPost originalBlogPost,
 * boolean suppressNotifications)}, as there.
 */
public class BlogPostUpdateEvent extends BlogPostEvent {
    private final BlogPost originalBlogPost;

    public BlogPostUpdateEvent(Object src, BlogPost updatedBlogPost, BlogPost originalBlogPost, boolean suppressNotifications) {
        super(src, updatedBlogPost, suppressNotifications);
        this.originalBlogPost = originalBlogPost;
    }

    public BlogPost getOriginalBlogPost() { return originalBlogPost; }

    public boolean isMinorEdit() { return isSuppressNotifications(); }
}
