package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Stand-in for a cluster-wide lock; {@code tryLock(long, TimeUnit)} and {@code unlock()} are inherited from
 * {@link Lock}, as in the real interface.
 * <p>Signature source: beehive-api 5.0.1 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files,
 * commit e0c88ec5), {@code @PublicApi}; platform-next-features.md §3.
 */
public interface ClusterLock extends Lock {
    boolean isHeldByCurrentThread();
}
