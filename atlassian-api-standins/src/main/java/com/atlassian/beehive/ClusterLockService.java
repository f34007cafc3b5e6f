package com.atlassian.beehive;

/**
 * Stand-in for Confluence's cluster-wide locks: a lock of a given name is held by one thread on one node
 * of the cluster at a time.
 * <p>Signature source: beehive-api 5.0.1 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files,
 * commit e0c88ec5), {@code @PublicApi}; exposed to plugins by Confluence's ClusterLockServiceConfig; imported and
 * used on Confluence 10.2 by deftdevs/bootstrapi ({@code StartupConfigLifecycle}); platform-next-features.md §3.
 */
public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
