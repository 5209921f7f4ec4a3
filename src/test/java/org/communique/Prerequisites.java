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
 * What some tests need beyond a JDK: Chromium with its driver, a PostgreSQL server. Without it a test
 * skips with a message that says so; where CI asks for it ({@code -Dcommunique.require=browser,postgres})
 * its absence fails the test instead.
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
        boolean reachable;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            reachable = true;
        } catch (Exception e) {
            reachable = false;
        }
        check("postgres", reachable, "no PostgreSQL server answers at 127.0.0.1:5432 (run .ci/run)");
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
