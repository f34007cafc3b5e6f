package io.meetingmemo.preview;

import io.meetingmemo.embeddedao.DatabaseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;

/**
 * {@code java -jar preview-host/target/meeting-memo-preview.jar [--port 8090] [--data-dir ./data]
 * [--bind 127.0.0.1] [--jdbc-url URL --jdbc-user U --jdbc-password P] [--seeds-dir DIR] [--no-demo]}
 */
public final class PreviewHostMain {
    private PreviewHostMain() {}

    public static void main(String[] args) {
        PreviewHost.Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("meeting-memo-preview: " + e.getMessage());
            System.err.println("usage: java -jar meeting-memo-preview.jar [--port 8090] [--data-dir ./data] [--bind 127.0.0.1]"
                    + " [--jdbc-url URL --jdbc-user USER --jdbc-password PASSWORD] [--seeds-dir DIR] [--no-demo]");
            System.exit(2);
            return;
        }
        PreviewHost host = PreviewHost.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(host::close, "preview-host-shutdown"));
        System.out.println("Meeting Memo preview host: " + host.baseUri() + "  (log in as admin/admin)");
    }

    static PreviewHost.Options parse(String[] args) {
        int port = 8090;
        String bind = "127.0.0.1";
        Path dataDir = Paths.get("data");
        String jdbcUrl = null, jdbcUser = null, jdbcPassword = null;
        Path seeds = null;
        boolean demo = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = portNumber(value(args, ++i, arg));
                case "--bind" -> bind = value(args, ++i, arg);
                case "--data-dir" -> dataDir = Paths.get(value(args, ++i, arg));
                case "--jdbc-url" -> jdbcUrl = value(args, ++i, arg);
                case "--jdbc-user" -> jdbcUser = value(args, ++i, arg);
                case "--jdbc-password" -> jdbcPassword = value(args, ++i, arg);
                case "--seeds-dir" -> seeds = Paths.get(value(args, ++i, arg));
                case "--no-demo" -> demo = false;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        DatabaseConfig database = jdbcUrl != null ? new DatabaseConfig(jdbcUrl, jdbcUser, jdbcPassword)
                : DatabaseConfig.h2File(PreviewHost.prepareDataDir(dataDir));
        return new PreviewHost.Options(bind, port, database, Optional.ofNullable(seeds).or(PreviewHostMain::findSeeds), demo);
    }

    /** The seed texts beside the project ({@code ../shared/seeds}), looked for from here upwards. */
    public static Optional<Path> findSeeds() {
        Path dir = Paths.get("").toAbsolutePath();
        for (int up = 0; dir != null && up < 4; up++, dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolve("shared/seeds"), dir.resolveSibling("shared").resolve("seeds"))) {
                if (Files.isDirectory(candidate)) return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }

    private static int portNumber(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) return port;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port must be a number from 0 to 65535");
    }
}
