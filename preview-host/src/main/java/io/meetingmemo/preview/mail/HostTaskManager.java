package io.meetingmemo.preview.mail;

import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.core.task.TaskQueue;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confluence's {@code MultiQueueTaskManager} in the preview host, with its one queue {@value #MAIL}: a local,
 * in-memory queue of this node (Confluence's {@code ErrorQueuedTaskQueue}), flushed by a timer (every few seconds
 * in the host, about every minute in Confluence) and on demand. A task that throws is logged and kept in the
 * queue's error list; it never reaches whoever queued it or flushed the queue. Tasks still queued when the node
 * stops are lost, as in Confluence.
 *
 * <p>As strict as atlassian-core's {@code DefaultMultiQueueTaskManager}: a task for a queue that does not exist
 * fails with a {@link NullPointerException} there (it dereferences the missing queue); here too, with a message.
 */
public final class HostTaskManager implements MultiQueueTaskManager, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HostTaskManager.class);
    /** The queue Confluence's mail goes through. */
    public static final String MAIL = "mail";

    private final Map<String, TaskQueue> queues = new LinkedHashMap<>();
    private ScheduledExecutorService timer;

    public HostTaskManager() {
        queues.put(MAIL, new LocalQueue(MAIL));
    }

    /** Flushes every queue each {@code periodMillis} on a daemon thread. */
    public synchronized void start(long periodMillis) {
        if (timer != null) return;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "preview-task-queues");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::flush, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Stops the timer after one last flush, so mail queued just before a host stops still leaves. */
    @Override
    public synchronized void close() {
        if (timer == null) return;
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer = null;
        flush();
    }

    @Override
    public synchronized TaskQueue getTaskQueue(String queueName) { return queues.get(queueName); }

    @Override
    public synchronized void addTaskQueue(String queueName, TaskQueue taskQueue) {
        if (queues.containsKey(queueName)) throw new IllegalArgumentException("The queue specified already exists in the task manager");
        queues.put(queueName, taskQueue);
    }

    /** As atlassian-core's: flushes the queue when asked and returns it (it stays registered there as well). */
    @Override
    public synchronized TaskQueue removeTaskQueue(String queueName, TaskQueue taskQueue, boolean flush) {
        TaskQueue queue = queues.get(queueName);
        if (queue != null && flush) queue.flush();
        return queue;
    }

    @Override
    public synchronized void setTaskQueues(Map<String, TaskQueue> taskQueues) {
        taskQueues.forEach(this::addTaskQueue);
    }

    @Override
    public void addTask(String queueName, Task task) {
        existing(queueName).addTask(task);
    }

    @Override
    public void flush(String queueName) { existing(queueName).flush(); }

    @Override
    public void flush() {
        List<TaskQueue> all;
        synchronized (this) {
            all = new ArrayList<>(queues.values());
        }
        all.forEach(TaskQueue::flush);
    }

    private TaskQueue existing(String queueName) {
        TaskQueue queue = getTaskQueue(queueName);
        if (queue == null) throw new NullPointerException("no task queue named \"" + queueName + "\"; Confluence's task manager has " + queues.keySet());
        return queue;
    }

    /** The mail queue's failed tasks, oldest first: Confluence's admin "Error Queue". */
    public List<FailedTask> errors(String queueName) {
        return getTaskQueue(queueName) instanceof LocalQueue local ? local.errors() : List.of();
    }

    /** A task whose {@code execute()} threw, and why. */
    public record FailedTask(Task task, String reason, Instant at) {}

    /** A first-in, first-out queue of this node whose flush runs the tasks one by one on the flushing thread. */
    static final class LocalQueue implements TaskQueue {
        private final String name;
        private final Deque<Task> tasks = new ArrayDeque<>();
        private final List<FailedTask> errors = new ArrayList<>();
        /** One flush at a time, so a timer flush and a test's flush never run one task twice. */
        private final Object flushing = new Object();

        LocalQueue(String name) { this.name = name; }

        @Override
        public synchronized void addTask(Task task) {
            if (task == null) throw new IllegalArgumentException("a task is required");
            tasks.addLast(task);
        }

        @Override
        public synchronized int size() { return tasks.size(); }

        @Override
        public void flush() {
            synchronized (flushing) {
                while (true) {
                    Task task;
                    synchronized (this) {
                        task = tasks.pollFirst();
                    }
                    if (task == null) return;
                    try {
                        task.execute();
                    } catch (Exception | LinkageError e) {
                        LOG.error("a task of the {} queue failed and is kept in its error queue: {}", name, e.toString());
                        synchronized (this) {
                            errors.add(new FailedTask(task, String.valueOf(e), Instant.now()));
                        }
                    }
                }
            }
        }

        synchronized List<FailedTask> errors() { return List.copyOf(errors); }
    }
}
