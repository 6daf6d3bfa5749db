package dev.diplograph.neo4jdev;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;
import org.neo4j.server.configuration.ServerSettings;

/**
 * A development-only Neo4j Community server: the embedded database plus its Bolt connector and
 * (optionally) its HTTP connector, which serves Neo4j Browser at {@code /browser/}.
 *
 * <p>Usage: {@code Neo4jDev [dataDir] [boltPort] [httpPort]}; the environment variables
 * {@code NEO4J_DEV_DATA}, {@code NEO4J_DEV_BOLT_PORT} and {@code NEO4J_DEV_HTTP_PORT} are used
 * when the arguments are absent (defaults: {@code tools/neo4j-dev/data}, relative to the working
 * directory, 7687 and 7474). An HTTP port of 0 switches the HTTP connector off (Bolt only).
 *
 * <p>SECURITY: authentication is DISABLED and both connectors listen on 127.0.0.1 only. This is
 * meant for a developer's machine and CI, never for anything reachable from another host.
 *
 * <p>Prints exactly one line starting with {@code neo4j-dev ready:} on stdout once Bolt (and
 * HTTP) accept connections; {@code neo4j-dev.sh start} waits for that line. Stops cleanly on
 * SIGTERM/SIGINT.
 */
public final class Neo4jDev {

    private static final String DEFAULT_DATA_DIR = "tools/neo4j-dev/data";
    private static final int DEFAULT_BOLT_PORT = 7687;
    private static final int DEFAULT_HTTP_PORT = HttpConnector.DEFAULT_PORT; // 7474
    private static final long MIB = 1024L * 1024L;

    private Neo4jDev() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(arg(args, 0, "NEO4J_DEV_DATA", DEFAULT_DATA_DIR)).toAbsolutePath();
        int boltPort = Integer.parseInt(arg(args, 1, "NEO4J_DEV_BOLT_PORT", String.valueOf(DEFAULT_BOLT_PORT)));
        int httpPort = Integer.parseInt(arg(args, 2, "NEO4J_DEV_HTTP_PORT", String.valueOf(DEFAULT_HTTP_PORT)));
        Files.createDirectories(dataDir);

        // Loopback only: both where Bolt listens and the address handed to drivers in
        // routing tables (neo4j:// URIs), so routing works against this single instance.
        SocketAddress bolt = new SocketAddress("127.0.0.1", boltPort);
        // HTTP (Neo4j Browser at /browser/, the discovery document at /, the HTTP and Query
        // APIs under /db/): loopback only too. Neo4j Browser reads the Bolt address from the
        // discovery document and then talks Bolt (over a WebSocket) to 127.0.0.1:boltPort.
        boolean httpEnabled = httpPort > 0;
        SocketAddress http = new SocketAddress("127.0.0.1", httpEnabled ? httpPort : DEFAULT_HTTP_PORT);
        // Neo4j Browser's files, without the one request to another host they contain (Google
        // Fonts), as <dataDir>/web/neo4j-browser.zip; see BrowserAssets.
        Path webDir = dataDir.resolve("web");
        if (httpEnabled) {
            try {
                String browser = BrowserAssets.install(webDir);
                System.out.println("neo4j-dev: Neo4j Browser: "
                        + (browser != null ? browser : "no neo4j-browser jar on the classpath; /browser/ is not served"));
            } catch (IOException e) {
                System.out.println("neo4j-dev: warning: could not prepare Neo4j Browser (" + e
                        + "); serving the unpatched copy, which requests fonts from Google Fonts");
            }
        }
        long maxHeap = Runtime.getRuntime().maxMemory();

        // Shut down cleanly on SIGTERM / SIGINT / normal JVM exit: flushes the store, so the
        // next start needs no recovery. (Registered before the DBMS starts; a signal that
        // arrives while it is still starting just exits, and the next start recovers.)
        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService service = running.getAndSet(null);
            if (service != null) {
                System.out.println("neo4j-dev: shutting down");
                service.shutdown();
                System.out.println("neo4j-dev: stopped");
                System.out.flush();
            }
            stopped.countDown();
        }, "neo4j-dev-shutdown"));

        DatabaseManagementService managementService = new DatabaseManagementServiceBuilder(dataDir)
                // Neo4j's user log (startup, warnings) goes to stdout, i.e. the script's log file;
                // the detailed debug.log is written under <dataDir>/logs/.
                .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                .setConfig(BoltConnector.advertised_address, bolt)
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, httpEnabled)
                .setConfig(HttpConnector.listen_address, http)
                .setConfig(HttpConnector.advertised_address, http)
                .setConfig(HttpsConnector.enabled, false)
                // Neo4j Browser: no usage telemetry, and remote guides (:play <url>) only from
                // this machine; together with udc_enabled=false below nothing phones home.
                .setConfig(ServerSettings.allow_telemetry, false)
                .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, "localhost,127.0.0.1")
                .setConfig(ServerSettings.web_dir_path, webDir)
                // DEV ONLY: no authentication (drivers connect with NoAuth). Loopback-only, see above.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress("127.0.0.1"))
                // The server-side routing connector (another port, 7688) is for clusters; a
                // single instance answers neo4j:// routing requests over Bolt without it.
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                // Modest memory: the heap is capped by the script (-Xmx, default 1g). The page
                // cache (off-heap) is fixed; transaction state lives on the heap, so all running
                // transactions together may use half of it and a single one a quarter (256 MiB
                // with -Xmx1g). A bigger transaction fails cleanly (MemoryPoolOutOfMemoryError)
                // instead of taking the JVM down; raise NEO4J_DEV_HEAP or batch the writes.
                .setConfig(GraphDatabaseSettings.pagecache_memory, 256 * MIB)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, maxHeap / 2)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, maxHeap / 4)
                // No usage reporting (there is no internet access anyway).
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Internal setting: Bolt's network threads otherwise idle 5 s (twice) before they
                // stop, which makes every shutdown take ~10 s. 1 s is plenty for a dev server.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 1)
                .build();
        running.set(managementService);

        // build() has started the DBMS and Bolt; make sure the default database is online and
        // the port really accepts connections before announcing readiness.
        GraphDatabaseService db = managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(3).toMillis())) {
            System.err.println("neo4j-dev: database did not become available");
            System.exit(1);
        }
        waitForPort(bolt, Duration.ofSeconds(60));
        if (httpEnabled) {
            waitForPort(http, Duration.ofSeconds(60));
        }

        String version = db.executeTransactionally(
                "CALL dbms.components() YIELD versions RETURN versions[0] AS v",
                Map.of(), result -> (String) result.next().get("v"));
        System.out.printf("neo4j-dev ready: bolt://%s%s (Neo4j %s Community, auth disabled, data %s)%n",
                bolt, httpEnabled ? ", Neo4j Browser http://" + http + "/browser/" : "", version, dataDir);
        System.out.flush();

        stopped.await(); // Neo4j's threads keep the JVM alive anyway; this just parks main.
    }

    /** Positional argument, else environment variable, else the default. */
    private static String arg(String[] args, int index, String env, String dflt) {
        if (args.length > index && !args[index].isBlank()) {
            return args[index];
        }
        String value = System.getenv(env);
        return value == null || value.isBlank() ? dflt : value;
    }

    /** Waits until a TCP connection to {@code address} succeeds. */
    private static void waitForPort(SocketAddress address, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address.getHostname(), address.getPort()), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    System.err.println("neo4j-dev: nothing is listening on " + address + ": " + e);
                    System.exit(1);
                }
                Thread.sleep(200);
            }
        }
    }
}
