package dev.tsunagu.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community embedded with a Bolt connector on 127.0.0.1 only.
 *
 * <p>Security: authentication is disabled and Bolt is unencrypted. This is only acceptable because
 * the connector listens on the loopback interface, so only processes on this machine can reach it.
 * Never change the listen address to a non-loopback one with these settings.
 *
 * <p>Protocol with the parent process (stdout/stderr, one line each):
 *
 * <ul>
 *   <li>{@code TSUNAGU_NEO4J_READY bolt://127.0.0.1:<port>} on stdout once Bolt accepts connections
 *       and the default database is available;
 *   <li>{@code TSUNAGU_NEO4J_ERROR ...} on stderr on failure (exit 3: port in use, 4: store locked by
 *       another process, 2: bad arguments, 1: any other start failure);
 *   <li>{@code TSUNAGU_NEO4J_STOPPED} on stdout after a clean shutdown (SIGTERM, SIGINT or stdin EOF).
 * </ul>
 */
public final class Launcher {
    static final int EXIT_START_FAILED = 1;
    static final int EXIT_BAD_ARGS = 2;
    static final int EXIT_PORT_IN_USE = 3;
    static final int EXIT_STORE_LOCKED = 4;

    private static final String HOST = "127.0.0.1";
    private static final long AVAILABLE_TIMEOUT_MS = 120_000;

    private final LauncherOptions options;
    private final PrintStream out;
    private final Object lifecycleLock = new Object();
    private final AtomicBoolean stopped = new AtomicBoolean(false);
    private DatabaseManagementService managementService;

    private Launcher(LauncherOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        // Neo4j (log4j) must not close its log files from its own shutdown hook before our hook
        // has finished shutting the database down, or the shutdown messages would be lost.
        System.setProperty("log4j.shutdownHookEnabled", "false");

        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args);
        } catch (IllegalArgumentException e) {
            if (!"help".equals(e.getMessage())) {
                System.err.println("TSUNAGU_NEO4J_ERROR " + e.getMessage());
            }
            System.err.println(LauncherOptions.USAGE);
            System.exit(EXIT_BAD_ARGS);
            return;
        }
        int code = new Launcher(options, System.out).run();
        if (code != 0) {
            System.exit(code);
        }
        // Success: main returns; the JVM stays alive on Neo4j's non-daemon threads until a signal or
        // stdin EOF triggers System.exit and with it the shutdown hook.
    }

    private int run() {
        if (!portIsFree(options.port)) {
            System.err.println("TSUNAGU_NEO4J_ERROR port " + options.port + " on " + HOST + " is already in use");
            return EXIT_PORT_IN_USE;
        }
        long pageCache;
        long txMemory;
        try {
            pageCache = SettingValueParsers.BYTES.parse(options.pageCache);
            txMemory = SettingValueParsers.BYTES.parse(options.txMemory);
        } catch (RuntimeException e) {
            System.err.println("TSUNAGU_NEO4J_ERROR invalid memory size: " + e.getMessage());
            return EXIT_BAD_ARGS;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "tsunagu-neo4j-shutdown"));

        long started = System.nanoTime();
        out.println("TSUNAGU_NEO4J_STARTING home=" + options.home + " port=" + options.port
                + " page-cache=" + options.pageCache + " tx-memory=" + options.txMemory
                + " max-heap=" + (Runtime.getRuntime().maxMemory() >> 20) + "m");
        out.flush();
        try {
            Files.createDirectories(options.home);
            synchronized (lifecycleLock) {
                if (stopped.get()) {
                    return 0; // a signal arrived before we started
                }
                managementService = new DatabaseManagementServiceBuilder(options.home)
                        // Bolt on loopback only, plain text, no auth (see class comment).
                        .setConfig(BoltConnector.enabled, true)
                        .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
                        .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.port))
                        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                        .setConfig(GraphDatabaseSettings.auth_enabled, false)
                        .setConfig(HttpConnector.enabled, false)
                        .setConfig(HttpsConnector.enabled, false)
                        .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                        // Memory: heap comes from -Xmx given by the caller.
                        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                        .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txMemory)
                        // Logs under <home>/logs (debug.log etc.), never on our stdout.
                        .setConfig(GraphDatabaseSettings.logs_directory, options.home.resolve("logs"))
                        .setConfig(GraphDatabaseSettings.udc_enabled, false)
                        // Bolt waits up to 5 min for in-flight work at shutdown; the databases are already
                        // checkpointed by then, so a short bound keeps Ctrl-C snappy.
                        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(2))
                        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(2))
                        .build();
            }
            GraphDatabaseService db = managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(AVAILABLE_TIMEOUT_MS)) {
                System.err.println("TSUNAGU_NEO4J_ERROR default database did not become available within "
                        + AVAILABLE_TIMEOUT_MS / 1000 + " s (see " + options.home.resolve("logs/debug.log") + ")");
                return EXIT_START_FAILED;
            }
            waitForBolt(options.port);
        } catch (Throwable t) {
            Throwable root = rootCause(t);
            if (isLockProblem(t)) {
                System.err.println("TSUNAGU_NEO4J_ERROR store under " + options.home
                        + " is locked by another process (is another launcher running on this home?): " + root);
                return EXIT_STORE_LOCKED;
            }
            System.err.println("TSUNAGU_NEO4J_ERROR start failed: " + t + (root != t ? " (cause: " + root + ")" : ""));
            return EXIT_START_FAILED;
        }

        if (options.watchStdin) {
            Thread watcher = new Thread(Launcher::exitOnStdinEof, "tsunagu-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        out.println("TSUNAGU_NEO4J_READY bolt://" + HOST + ":" + options.port);
        out.println("TSUNAGU_NEO4J_INFO started in " + ms + " ms; logs in " + options.home.resolve("logs"));
        out.flush();
        return 0;
    }

    /** Shutdown hook body; safe to call more than once. */
    private void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        synchronized (lifecycleLock) { // waits for a build() in progress to finish
            if (managementService == null) {
                return;
            }
            try {
                managementService.shutdown();
                out.println("TSUNAGU_NEO4J_STOPPED");
            } catch (Throwable t) {
                System.err.println("TSUNAGU_NEO4J_ERROR shutdown failed: " + t);
            }
            out.flush();
        }
    }

    /** Blocks until stdin is closed, then exits the JVM (which runs the shutdown hook). */
    private static void exitOnStdinEof() {
        InputStream in = System.in;
        byte[] buf = new byte[256];
        try {
            while (in.read(buf) != -1) {
                // discard input; we only care about EOF
            }
        } catch (IOException ignored) {
            // treat a broken stdin like EOF
        }
        System.out.println("TSUNAGU_NEO4J_INFO stdin closed, shutting down");
        System.out.flush();
        System.exit(0);
    }

    static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void waitForBolt(int port) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        IOException last = null;
        while (System.currentTimeMillis() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getByName(HOST), port), 1_000);
                return;
            } catch (IOException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IOException("Bolt did not accept connections on " + HOST + ":" + port, last);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static boolean isLockProblem(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String name = c.getClass().getSimpleName();
            if (name.equals("FileLockException") || name.equals("OverlappingFileLockException")) {
                return true;
            }
        }
        return false;
    }
}
