package io.meetingmemo.preview;

import io.meetingmemo.embeddedao.DatabaseConfig;
import io.meetingmemo.preview.platform.HostClock;
import io.meetingmemo.preview.store.HostUser;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Level;
import java.util.stream.Collectors;

/**
 * {@code java -jar preview-host/target/meeting-memo-preview.jar [--port 8090] [--data-dir ./data]
 * [--bind 127.0.0.1] [--jdbc-url URL --jdbc-user U --jdbc-password P] [--no-demo] [--clock 2026-12-01T07:00]
 * [--smtp-port N | --smtp-relay-port N | --no-smtp] [--test-people N] [--verbose]}
 *
 * <p>A first start should look finished: the console shows where the host listens, how to log in and
 * who the demo users are, once; the libraries' start-up chatter appears only with {@code --verbose}.
 */
public final class PreviewHostMain {
    private static final String USAGE = "usage: java -jar meeting-memo-preview.jar [--port 8090] [--data-dir ./data] [--bind 127.0.0.1]"
            + " [--jdbc-url URL --jdbc-user USER --jdbc-password PASSWORD] [--no-demo] [--clock 2026-12-01T07:00]"
            + " [--smtp-port N | --smtp-relay-port N | --no-smtp] [--verbose]";

    private PreviewHostMain() {}

    public static void main(String[] args) {
        if (!Arrays.asList(args).contains("--verbose")) quietLibraries();
        PreviewHost.Options options;
        int testPeople;
        try {
            testPeople = testPeople(args);
            options = parse(withoutTestPeople(args));
        } catch (IllegalArgumentException e) {
            System.err.println("meeting-memo-preview: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        PreviewHost host = PreviewHost.start(options);
        addTestPeople(host.users(), testPeople);
        Runtime.getRuntime().addShutdownHook(new Thread(host::close, "preview-host-shutdown"));
        System.out.println(banner(host, options, ManagementFactory.getRuntimeMXBean().getUptime()));
    }

    /** What a person needs to start: the URL, the login, the demo users, where data lives. */
    static String banner(PreviewHost host, PreviewHost.Options options, long startMillis) {
        String others = host.users().all().stream().filter(u -> !u.administrator()).map(HostUser::username)
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, """
                Meeting Memo preview host is running at %s  (started in %.1f s)
                  Log in as admin / admin. Demo users, each with the username as password: %s
                  Database: %s%s
                  Mail: %s
                  Clock: %s
                  Stop with Ctrl+C.""",
                host.baseUri(), startMillis / 1000.0, others, options.database(),
                options.seedDemo() ? "" : "  (no demo content)",
                host.smtp().map(s -> "SMTP server on 127.0.0.1:" + s.port() + "; what it receives is on the Outbox page, /preview-host/outbox")
                        .orElse(options.smtpRelayPort() != 0 ? "sent to the SMTP server on 127.0.0.1:" + options.smtpRelayPort() + " (--smtp-relay-port)"
                                : "no SMTP server (--no-smtp): the site has no mail server configured"),
                host.platform().clock().moved() ? host.platform().clock().instant().atZone(host.platform().clock().getZone()).toLocalDateTime().withNano(0)
                        + " (" + host.platform().clock().getZone() + "), moved with --clock; running on from there"
                        : "the real time (" + host.platform().clock().getZone() + ")");
    }

    /** Warnings and errors still show; the INFO lines of the database pool, Grizzly and Jersey do not. */
    private static void quietLibraries() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (java.util.logging.Handler handler : root.getHandlers()) handler.setLevel(Level.WARNING);
    }

    static PreviewHost.Options parse(String[] args) {
        int port = 8090;
        String bind = "127.0.0.1";
        Path dataDir = Paths.get("data");
        String jdbcUrl = null, jdbcUser = null, jdbcPassword = null;
        boolean demo = true;
        String clock = null;
        Integer smtpPort = null;
        Integer relayPort = null;
        boolean smtp = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = portNumber(value(args, ++i, arg), arg);
                case "--bind" -> bind = value(args, ++i, arg);
                case "--data-dir" -> dataDir = Paths.get(value(args, ++i, arg));
                case "--jdbc-url" -> jdbcUrl = value(args, ++i, arg);
                case "--jdbc-user" -> jdbcUser = value(args, ++i, arg);
                case "--jdbc-password" -> jdbcPassword = value(args, ++i, arg);
                case "--no-demo" -> demo = false;
                case "--clock" -> clock = value(args, ++i, arg);
                case "--smtp-port" -> smtpPort = portNumber(value(args, ++i, arg), arg);
                case "--no-smtp" -> smtp = false;
                case "--smtp-relay-port" -> relayPort = portNumber(value(args, ++i, arg), arg);
                case "--verbose" -> { } // read by main before anything logs
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        DatabaseConfig database = jdbcUrl != null ? new DatabaseConfig(jdbcUrl, jdbcUser, jdbcPassword)
                : DatabaseConfig.h2File(PreviewHost.prepareDataDir(dataDir));
        if ((smtpPort != null ? 1 : 0) + (relayPort != null ? 1 : 0) + (smtp ? 0 : 1) > 1) {
            throw new IllegalArgumentException("choose one of --smtp-port, --smtp-relay-port and --no-smtp");
        }
        if (relayPort != null && relayPort == 0) throw new IllegalArgumentException("--smtp-relay-port needs the port of a running SMTP server");
        PreviewHost.Options options = new PreviewHost.Options(bind, port, database, demo);
        if (clock != null) options = options.withClock(new HostClock().parse(clock));
        if (!smtp) options = options.withoutSmtp();
        else if (smtpPort != null) options = options.withSmtpPort(smtpPort);
        else if (relayPort != null) options = options.withSmtpRelay(relayPort);
        return options;
    }

    /**
     * {@code --test-people N}, for tests that need many recipients in host processes (the host keeps its people in
     * memory, so every process of a test must be given the same number): people {@code person0001} to
     * {@code personN}, each with the username as password, an address at example.org and English as language.
     */
    static int testPeople(String[] args) {
        int i = Arrays.asList(args).indexOf("--test-people");
        if (i < 0) return 0;
        String value = value(args, i + 1, "--test-people");
        try {
            int n = Integer.parseInt(value);
            if (n >= 0 && n <= 9999) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--test-people must be a number from 0 to 9999");
    }

    static String[] withoutTestPeople(String[] args) {
        int i = Arrays.asList(args).indexOf("--test-people");
        if (i < 0) return args;
        java.util.List<String> rest = new java.util.ArrayList<>(Arrays.asList(args));
        rest.subList(i, Math.min(i + 2, rest.size())).clear();
        return rest.toArray(new String[0]);
    }

    /** The name of the n-th test person (from 1): {@code person0001}. */
    public static String testPersonName(int n) {
        return String.format(Locale.ROOT, "person%04d", n);
    }

    static void addTestPeople(io.meetingmemo.preview.store.HostUsers users, int count) {
        for (int n = 1; n <= count; n++) {
            String name = testPersonName(n);
            users.addPerson(io.meetingmemo.preview.store.HostUsers.keyFor(name), name, "Test Person " + n);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }

    private static int portNumber(String value, String option) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) return port;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a number from 0 to 65535");
    }
}
