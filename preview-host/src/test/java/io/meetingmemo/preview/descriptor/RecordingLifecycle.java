package io.meetingmemo.preview.descriptor;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobRunnerKey;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.DisposableBean;

/**
 * A test app's LifecycleAware: registers a job runner in onStart and unregisters it in onStop, as the app's
 * reminder component will, and records the calls (with whether the context was still open) for the test.
 */
public final class RecordingLifecycle implements LifecycleAware, DisposableBean {
    static final List<String> CALLS = new CopyOnWriteArrayList<>();
    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.meetingmemo.test:lifecycle-runner");

    private final String name;
    private final SchedulerService scheduler;

    public RecordingLifecycle(String name, SchedulerService scheduler) {
        this.name = name;
        this.scheduler = scheduler;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER, request -> null);
        CALLS.add(name + " onStart");
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
        CALLS.add(name + " onStop");
    }

    @Override
    public void destroy() { CALLS.add(name + " destroyed"); }
}
