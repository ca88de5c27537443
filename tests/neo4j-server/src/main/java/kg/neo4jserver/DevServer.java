// A local Neo4j Community 5.26 for kg's tests and development: embedded DBMS + Bolt on a throwaway data folder.
// Usage: java -cp ... kg.neo4jserver.DevServer [--host 127.0.0.1] [--port 7687] [--password SECRET] [--tls DIR]
//        [--stop-on-eof]
// (or KG_NEO4J_HOST / KG_NEO4J_PORT / KG_NEO4J_SERVER_PASSWORD). Prints one "ready" line once Bolt accepts
// connections; stops cleanly on SIGTERM / Ctrl-C (or, with --stop-on-eof, when its standard input closes,
// so a server started by a test run never outlives it) and deletes its data folder. With --tls DIR, Bolt
// requires TLS with a self-signed certificate for localhost and 127.0.0.1, written to DIR/public.crt.
package kg.neo4jserver;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.configuration.ssl.ClientAuth;
import org.neo4j.configuration.ssl.SslPolicyConfig;
import org.neo4j.configuration.ssl.SslPolicyScope;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;

public final class DevServer {
    private DevServer() {}

    public static void main(String[] args) throws Exception {
        String host = env("KG_NEO4J_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("KG_NEO4J_PORT", "7687"));
        String password = env("KG_NEO4J_SERVER_PASSWORD", null);
        boolean stopOnEof = false;
        Path tlsDir = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--stop-on-eof")) {
                stopOnEof = true;
                continue;
            }
            if (i + 1 >= args.length && !a.equals("--help")) usage("missing a value after " + a);
            switch (a) {
                case "--host" -> host = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--password" -> password = args[++i];
                case "--tls" -> tlsDir = Path.of(args[++i]).toAbsolutePath();
                case "--help" -> usage(null);
                default -> usage("unknown argument " + a);
            }
        }
        if (password != null && password.length() < 8) {
            usage("--password must have at least 8 characters (Neo4j's minimum)");
        }

        Path home = Files.createTempDirectory("kg-neo4j-");
        long started = System.nanoTime();
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (tlsDir != null) {
            SelfSignedCertificate.write(tlsDir);
            SslPolicyConfig bolt = SslPolicyConfig.forScope(SslPolicyScope.BOLT);
            builder.setConfig(bolt.enabled, true)
                    .setConfig(bolt.base_directory, tlsDir)
                    .setConfig(bolt.private_key, tlsDir.resolve(SelfSignedCertificate.PRIVATE_KEY))
                    .setConfig(bolt.public_certificate, tlsDir.resolve(SelfSignedCertificate.PUBLIC_CERTIFICATE))
                    .setConfig(bolt.client_auth, ClientAuth.NONE)
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.REQUIRED);
        }
        DatabaseManagementService dbms = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .build();

        Thread stopper = new Thread(() -> {
            dbms.shutdown();
            deleteQuietly(home);
            System.out.println("neo4j-server: stopped");
        }, "kg-neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        if (stopOnEof) {
            Thread watcher = new Thread(() -> {
                try {
                    while (System.in.read() != -1) {
                        // ignore input; only its end matters
                    }
                } catch (IOException e) {
                    // a broken pipe means the parent is gone too
                }
                System.exit(0);
            }, "kg-neo4j-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        if (password != null) {
            dbms.database("system")
                    .executeTransactionally(
                            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", password));
        }
        if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(60_000)) {
            System.err.println("neo4j-server: the default database did not become available within 60 s");
            System.exit(1);
        }
        waitForPort(host, port, 60_000);
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "neo4j-server: ready on bolt://%s:%d (Neo4j %s Community, auth %s, %s, data %s, %d ms)%n",
                host,
                port,
                Version.getNeo4jVersion(),
                password != null ? "enabled, user neo4j" : "disabled",
                tlsDir != null ? "TLS required, certificate " + tlsDir.resolve(SelfSignedCertificate.PUBLIC_CERTIFICATE) : "no TLS",
                home,
                ms);
        System.out.flush();
        Thread.currentThread().join();
    }

    private static void waitForPort(String host, int port, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(host, port), 1_000);
                return;
            } catch (IOException e) {
                if (System.currentTimeMillis() > deadline) {
                    System.err.printf("neo4j-server: Bolt did not accept connections on %s:%d: %s%n", host, port, e);
                    System.exit(1);
                }
                Thread.sleep(100);
            }
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    private static void usage(String problem) {
        if (problem != null) System.err.println("neo4j-server: " + problem + ".");
        System.err.println("Usage: DevServer [--host 127.0.0.1] [--port 7687] [--password SECRET] [--tls DIR] [--stop-on-eof]");
        System.exit(problem == null ? 0 : 2);
    }

    private static void deleteQuietly(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("neo4j-server: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
