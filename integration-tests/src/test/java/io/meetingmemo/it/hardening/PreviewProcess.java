package io.meetingmemo.it.hardening;

import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.preview.store.HostPageStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The preview host as its own process ({@code java -jar preview-host/target/meeting-memo-preview.jar}),
 * so a test can bound its memory and kill it with SIGKILL. Its output goes to a log file under target/.
 */
final class PreviewProcess implements AutoCloseable {
    static final Path JAR = Path.of("..", "preview-host", "target", "meeting-memo-preview.jar");

    final URI base;
    final Path log;
    private final Process process;

    private PreviewProcess(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** Skips the calling test where the jar was not built (mvn package builds it before this module's tests). */
    static void assumeJarBuilt() {
        Assumptions.assumeTrue(Files.isRegularFile(JAR), JAR.toAbsolutePath() + " is not built (run mvn package); process tests skipped");
    }

    /** Where a host's H2 file database lives, with the spaces a test needs created up front (--no-demo makes none). */
    static DatabaseConfig h2In(Path dataDir, String... spaceKeys) throws Exception {
        Files.createDirectories(dataDir);
        DatabaseConfig db = DatabaseConfig.h2File(dataDir.toAbsolutePath());
        withSpaces(db, spaceKeys);
        return db;
    }

    static void withSpaces(DatabaseConfig db, String... spaceKeys) {
        HostPageStore store = new HostPageStore(() -> DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password()), db.kind());
        for (String key : spaceKeys) store.ensureSpace(key, key + " (hardening tests)");
    }

    /**
     * Starts a host and waits until it answers.
     *
     * @param jvmOptions e.g. {@code -Xmx256m}
     */
    static PreviewProcess start(Path dataDir, DatabaseConfig db, List<String> jvmOptions, String logName) throws Exception {
        return start(dataDir, db, jvmOptions, List.of(), logName);
    }

    /**
     * Starts a host with options of its own and waits until it answers.
     *
     * @param hostOptions e.g. {@code --clock 2026-12-01T07:00}, {@code --no-smtp}
     */
    static PreviewProcess start(Path dataDir, DatabaseConfig db, List<String> jvmOptions, List<String> hostOptions, String logName) throws Exception {
        assumeJarBuilt();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--data-dir", dataDir.toString(), "--no-demo"));
        if (db.kind() == DatabaseConfig.Kind.POSTGRESQL) {
            command.addAll(List.of("--jdbc-url", db.jdbcUrl(), "--jdbc-user", db.username(), "--jdbc-password", db.password()));
        }
        command.addAll(hostOptions);
        Path log = Path.of("target", "preview-process", logName + ".log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        PreviewProcess host = new PreviewProcess(process, URI.create("http://127.0.0.1:" + port + "/"), log);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new AssertionError("the preview host exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
            try {
                if (Http.get(host.base, "admin", "/rest/api/user?username=admin").status() == 200) return host;
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        host.kill();
        throw new AssertionError("the preview host did not answer within 90 s; see " + log.toAbsolutePath());
    }

    boolean alive() { return process.isAlive(); }

    long pid() { return process.pid(); }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Path tempDir(String prefix) {
        try {
            Path dir = Path.of("target", "preview-process");
            Files.createDirectories(dir);
            return Files.createTempDirectory(dir.toAbsolutePath(), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
