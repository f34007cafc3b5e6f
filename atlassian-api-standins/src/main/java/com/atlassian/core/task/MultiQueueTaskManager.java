package com.atlassian.core.task;

import java.util.Map;

/**
 * Stand-in for the application's named task queues; apps queue mail with {@code addTask("mail", task)}.
 * <p>Signature source: atlassian-core 8.0.1 as shipped in Confluence 8.7.2 (GitHub ngannk-fptu/Decompiled-Files, commit e0c88ec5); MultiQueueTaskManager is imported as an OSGi service by UPM (ConfluenceBeansAndOsgiServiceImports) and used with the queue "mail" by Confluence and Team Calendars; platform-next-features.md §2.1.
 */
public interface MultiQueueTaskManager {
    TaskQueue getTaskQueue(String queueName);

    void addTaskQueue(String queueName, TaskQueue taskQueue);

    TaskQueue removeTaskQueue(String queueName, TaskQueue taskQueue, boolean flush);

    void setTaskQueues(Map<String, TaskQueue> taskQueues);

    void addTask(String queueName, Task task);

    void flush(String queueName);

    void flush();
}
