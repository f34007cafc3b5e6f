package com.atlassian.sal.api.lifecycle;

/**
 * Stand-in for SAL's start and stop callbacks. SAL calls them only on components exported as OSGi services with this
 * interface: {@code onStart()} once the application is set up and the plugin enabled, {@code onStop()} (only after an
 * {@code onStart()}) before the plugin is disabled, while its dependencies are still there.
 * <p>Signature source: sal-api 5.1.4 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit
 * e0c88ec5); exported the same way on 10.2 by deftdevs/bootstrapi (LifecycleConfig); platform-next-features.md §1.3.
 */
public interface LifecycleAware {
    void onStart();

    void onStop();
}
