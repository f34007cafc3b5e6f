package io.meetingmemo.actionitem.domain;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets the syncs of one page on this node take turns: rapid saves of a page fire their events on several
 * threads at once, and syncs that overlap make each other lose and start again. A fixed set of locks, chosen
 * by page id, costs nothing per page and never grows; two pages sharing a lock only wait for each other.
 * This is an optimisation, not what keeps the tracker right: the page version each sync records does that,
 * across the nodes of a cluster too.
 */
final class PageLocks {
    private static final int STRIPES = 64;
    static final long WAIT_SECONDS = 5;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    PageLocks() {
        for (int i = 0; i < STRIPES; i++) locks[i] = new ReentrantLock();
    }

    /**
     * Runs the work holding the page's lock, or without it after {@link #WAIT_SECONDS}: the lock is only an
     * optimisation, and a caller inside a host transaction that holds database locks must never wait for it
     * indefinitely (another thread holding this lock might be waiting for those database locks).
     */
    <T> T locked(long pageId, Supplier<T> work) {
        ReentrantLock lock = locks[Math.floorMod(Long.hashCode(pageId), STRIPES)];
        boolean held;
        try {
            held = lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            held = false;
        }
        try {
            return work.get();
        } finally {
            if (held) lock.unlock();
        }
    }
}
