package io.meetingmemo.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * A closed-loop HTTP load generator for loopback: {@code connections} threads each send one request at a
 * time, cycling through the given requests, first for a warm-up that is not recorded, then until the
 * duration is over or {@code maxRequests} were sent, whichever comes first. It always stops by itself.
 */
public final class LoadGenerator {
    /**
     * One request: a GET of {@code path} (with query) as {@code username}, whose password is the username;
     * {@code shape} names what is asked (for example "own open items"), to break latencies down by it.
     */
    public record Request(String shape, String username, String path) {}

    public record Settings(int connections, Duration warmUp, Duration duration, long maxRequests) {
        public Settings {
            if (connections < 1 || maxRequests < 1) throw new IllegalArgumentException("need at least one connection and one request");
        }
    }

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public LoadGenerator(URI base) {
        if (!base.getHost().equals("127.0.0.1") && !base.getHost().equals("localhost")) {
            throw new IllegalArgumentException("load is generated on loopback only, not against " + base);
        }
        this.base = base;
    }

    public LoadResult run(List<Request> requests, Settings settings) throws InterruptedException {
        List<HttpRequest> prepared = requests.stream().map(this::prepare).toList();
        List<String> shapes = requests.stream().map(Request::shape).distinct().toList();
        int[] shapeOf = requests.stream().mapToInt(r -> shapes.indexOf(r.shape())).toArray();
        phase(prepared, shapeOf, shapes, settings.connections(), settings.warmUp(), Long.MAX_VALUE, false);
        return phase(prepared, shapeOf, shapes, settings.connections(), settings.duration(), settings.maxRequests(), true);
    }

    private HttpRequest prepare(Request request) {
        String credentials = request.username() + ":" + request.username();
        return HttpRequest.newBuilder(base.resolve(request.path()))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .GET().build();
    }

    private LoadResult phase(List<HttpRequest> requests, int[] shapeOf, List<String> shapes, int connections, Duration duration,
                             long maxRequests, boolean record) throws InterruptedException {
        AtomicLong sent = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        List<Worker> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            Worker worker = new Worker(requests, shapeOf, sent, errors, deadline, maxRequests, record);
            workers.add(worker);
            worker.start();
        }
        for (Worker worker : workers) worker.join();
        long elapsed = System.nanoTime() - start;
        long[] latencies = workers.stream().flatMapToLong(w -> Arrays.stream(w.latencies, 0, w.count)).sorted().toArray();
        Map<String, long[]> byShape = new LinkedHashMap<>();
        for (int shape = 0; shape < shapes.size(); shape++) {
            int wanted = shape;
            byShape.put(shapes.get(shape), workers.stream().flatMapToLong(w -> IntStream.range(0, w.count)
                    .filter(i -> w.shapes[i] == wanted).mapToLong(i -> w.latencies[i])).sorted().toArray());
        }
        return new LoadResult(latencies, byShape, errors.get(), elapsed, connections, workers.stream().map(w -> w.firstError)
                .filter(e -> e != null).findFirst().orElse(null));
    }

    private final class Worker extends Thread {
        private final List<HttpRequest> requests;
        private final int[] shapeOf;
        private final AtomicLong sent;
        private final AtomicLong errors;
        private final long deadline;
        private final long maxRequests;
        private final boolean record;
        private long[] latencies = new long[1024];
        private int[] shapes = new int[1024];
        private int count;
        private String firstError;

        Worker(List<HttpRequest> requests, int[] shapeOf, AtomicLong sent, AtomicLong errors, long deadline, long maxRequests,
               boolean record) {
            super("load-generator");
            setDaemon(true);
            this.requests = requests;
            this.shapeOf = shapeOf;
            this.sent = sent;
            this.errors = errors;
            this.deadline = deadline;
            this.maxRequests = maxRequests;
            this.record = record;
        }

        @Override
        public void run() {
            while (System.nanoTime() < deadline) {
                long n = sent.getAndIncrement();
                if (n >= maxRequests) return;
                int index = (int) (n % requests.size());
                HttpRequest request = requests.get(index);
                long started = System.nanoTime();
                try {
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) error(request + " → HTTP " + response.statusCode());
                } catch (IOException e) {
                    error(request + " → " + e);
                } catch (InterruptedException e) {
                    return;
                }
                if (record) recordLatency(System.nanoTime() - started, shapeOf[index]);
            }
        }

        private void error(String description) {
            errors.incrementAndGet();
            if (firstError == null) firstError = description;
        }

        private void recordLatency(long nanos, int shape) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
                shapes = Arrays.copyOf(shapes, count * 2);
            }
            latencies[count] = nanos;
            shapes[count++] = shape;
        }
    }
}
