package com.atlassian.core.task;

import java.io.Serializable;

/**
 * Stand-in for a unit of work a task queue runs when it is flushed (Confluence flushes its "mail" queue about
 * every minute).
 * <p>Signature source: atlassian-core 8.0.1 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); MultiQueueTaskManager is imported as an OSGi service by UPM (ConfluenceBeansAndOsgiServiceImports) and used with the queue "mail" by Confluence and Team Calendars; platform-next-features.md §2.1.
 */
public interface Task extends Serializable {
    void execute() throws Exception;
}
