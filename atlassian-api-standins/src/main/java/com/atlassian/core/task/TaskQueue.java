package com.atlassian.core.task;

/**
 * Stand-in for one named task queue of the application (only the members apps may need).
 * <p>Signature source: atlassian-core 8.0.1 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); MultiQueueTaskManager is imported as an OSGi service by UPM (ConfluenceBeansAndOsgiServiceImports) and used with the queue "mail" by Confluence and Team Calendars; platform-next-features.md §2.1.
 */
public interface TaskQueue {
    void flush();

    int size();

    void addTask(Task task);
}
