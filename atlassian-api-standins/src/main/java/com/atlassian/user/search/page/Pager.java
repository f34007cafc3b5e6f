package com.atlassian.user.search.page;

import java.util.Iterator;

/**
 * Stand-in for atlassian-user's pager, with only the members the app calls: whether it is empty and iterating it.
 * <p>Signature source: Confluence 8.7.2 decompile (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5),
 * {@code public interface Pager<T> extends Iterable<T>} with {@code boolean isEmpty()}, {@code Iterator<T> iterator()},
 * {@code List<T> getCurrentPage()}, {@code nextPage()}, {@code onLastPage()}, {@code skipTo(int)}.
 */
public interface Pager<T> extends Iterable<T> {
    boolean isEmpty();

    @Override
    Iterator<T> iterator();
}
