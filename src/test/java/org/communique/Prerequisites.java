package org.communique;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What some tests need beyond a JDK: Chromium with its driver, a PostgreSQL server, an OpenSearch (or
 * Elasticsearch) node. Without it a test skips with a message that says so; where CI asks for it
 * ({@code -Dcommunique.require=browser,postgres,opensearch}) its absence fails the test instead.
 */
public final class Prerequisites {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Prerequisites() {
    }

    public static void browser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        check("browser", present, "Chromium and ChromeDriver are not installed (apt-get install -y chromium"
                + " chromium-driver, or run .ci/run)");
    }

    public static void postgres() {
        check("postgres", answers("127.0.0.1", 5432), "no PostgreSQL server answers at 127.0.0.1:5432 (run .ci/run)");
    }

    /** The node's {@code host:port}: {@code -Dcommunique.test.opensearch}, by default the one .ci/opensearch/start runs. */
    public static String openSearchNode() {
        return System.getProperty("communique.test.opensearch", "127.0.0.1:9201");
    }

    public static void openSearch() {
        String node = openSearchNode();
        int colon = node.lastIndexOf(':');
        boolean reachable = colon > 0 && answers(node.substring(0, colon), Integer.parseInt(node.substring(colon + 1)));
        check("opensearch", reachable, "no OpenSearch or Elasticsearch node answers at " + node
                + " (start one with .ci/opensearch/start, or name one with -Dcommunique.test.opensearch=host:port)");
    }

    /**
     * Several nodes of the archive on one PostgreSQL database and one OpenSearch node: runs with the suite on
     * PostgreSQL ({@code -Dcommunique.test.database=postgres}), once per CI run; required as {@code nodes}.
     */
    public static void severalNodes() {
        String node = openSearchNode();
        int colon = node.lastIndexOf(':');
        if (!TestProfiles.onPostgres()) {
            check("nodes", false, "it runs with the suite on PostgreSQL (-Dcommunique.test.database=postgres)");
        } else if (!answers("127.0.0.1", 5432)) {
            check("nodes", false, "no PostgreSQL server answers at 127.0.0.1:5432 (run .ci/run)");
        } else {
            check("nodes", colon > 0 && answers(node.substring(0, colon), Integer.parseInt(node.substring(colon + 1))),
                    "no OpenSearch or Elasticsearch node answers at " + node + " (start one with .ci/opensearch/start)");
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static void check(String name, boolean present, String why) {
        if (present) {
            return;
        }
        if (required().contains(name)) {
            Assertions.fail("Required by -Dcommunique.require: " + why);
        }
        System.out.println("SKIPPED: this test needs " + name + ": " + why);
        Assumptions.abort("Skipped: " + why);
    }

    private static Set<String> required() {
        String value = System.getProperty("communique.require", "");
        return Arrays.stream(value.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
