package com.atlassian.user.search;

import com.atlassian.user.search.page.Pager;

/**
 * Stand-in for atlassian-user's search result, with only the member the app calls: the pager of all repositories'
 * results.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5),
 * {@code public interface SearchResult<T> { Pager<T> pager(); Pager<T> pager(String); Set<String> repositoryKeyset(); }};
 * returned by {@code UserAccessor.getUsersByEmail(String)}.
 */
public interface SearchResult<T> {
    Pager<T> pager();
}
