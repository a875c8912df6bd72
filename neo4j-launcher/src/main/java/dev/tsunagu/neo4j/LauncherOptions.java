package dev.tsunagu.neo4j;

import java.nio.file.Path;

/** Command-line options of the launcher. Sizes use Neo4j's syntax (e.g. {@code 512m}, {@code 1g}). */
final class LauncherOptions {
    static final String USAGE =
            "usage: java -Xmx1g -cp 'target/classes:target/lib/*' dev.tsunagu.neo4j.Launcher"
                    + " --home DIR [--port 7687] [--page-cache 512m] [--tx-memory 256m] [--no-stdin-watch]";

    int port = 7687;
    Path home;
    String pageCache = "512m";
    String txMemory = "256m";
    /** Stop when stdin reaches EOF (the parent process went away). On by default. */
    boolean watchStdin = true;

    static LauncherOptions parse(String[] args) {
        LauncherOptions o = new LauncherOptions();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--port" -> {
                    String v = value(args, ++i, a);
                    try {
                        o.port = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--port must be a number, got '" + v + "'");
                    }
                    if (o.port < 1 || o.port > 65535) {
                        throw new IllegalArgumentException("--port must be between 1 and 65535, got " + o.port);
                    }
                }
                case "--home" -> o.home = Path.of(value(args, ++i, a)).toAbsolutePath().normalize();
                case "--page-cache" -> o.pageCache = value(args, ++i, a);
                case "--tx-memory" -> o.txMemory = value(args, ++i, a);
                case "--no-stdin-watch" -> o.watchStdin = false;
                case "-h", "--help" -> throw new IllegalArgumentException("help");
                default -> throw new IllegalArgumentException("unknown argument '" + a + "'");
            }
        }
        if (o.home == null) {
            throw new IllegalArgumentException("--home DIR is required");
        }
        return o;
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }
}
