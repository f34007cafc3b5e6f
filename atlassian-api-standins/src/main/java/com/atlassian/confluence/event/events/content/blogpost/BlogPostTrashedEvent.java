package com.atlassian.confluence.event.events.content.blogpost;

import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.user.User;

/**
 * Stand-in: published when a blog post was moved to the trash. Constructor {@code (Object source, BlogPost blogPost,
 * User trasher, boolean suppressNotifications)} (the trasher is nullable).
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5,
 * {@code com/atlassian/confluence/event/events/content/blogpost/BlogPostTrashedEvent.java}: {@code extends BlogPostEvent});
 * its {@code getOriginatingUser()} (interface {@code UserDriven}) is not needed here.
 */
public class BlogPostTrashedEvent extends BlogPostEvent {
    public BlogPostTrashedEvent(Object source, BlogPost blogPost, User trasher, boolean suppressNotifications) {
        super(source, blogPost, suppressNotifications);
    }
}
