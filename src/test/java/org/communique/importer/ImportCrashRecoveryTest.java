package org.communique.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive killed with SIGKILL in the middle of an import, as a separate JVM on a file database, then
 * started again: the database is consistent (the file being read when it died left nothing half-written,
 * no statement is there twice), the interrupted run is marked so, and the next run completes.
 */
class ImportCrashRecoveryTest {

    private static final int VARIANTS = 200; // of each of the five seeds: 1,000 files
    private static final int FILES = VARIANTS * 5;

    @TempDir
    Path work;

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void killedInTheMiddleOfARunTheArchiveStartsAgainConsistentAndTheNextRunCompletes() throws Exception {
        Path folder = sources();
        String url = "jdbc:h2:file:" + work.resolve("data").toAbsolutePath() + "/communique;AUTO_SERVER=TRUE;WRITE_DELAY=0";

        Instant start = Instant.now();
        Process first = importInOwnJvm(folder, url, "first.log");
        long doneWhenKilled = waitUntilRunIsUnderWay(url, first);
        System.out.printf("under way after %d s%n", Duration.between(start, Instant.now()).toSeconds());
        // H2 writes a commit to its file within a moment, not at once: what was done that long before the kill
        // must be on disk
        Thread.sleep(1500);
        kill(first);
        assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        long survived;
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            // every file the killed run had finished is on disk, and nothing of the file it was reading
            survived = number(db, "SELECT COUNT(*) FROM statement");
            assertThat(number(db, "SELECT COUNT(*) FROM import_file WHERE outcome = 'IMPORTED'")).isEqualTo(survived);
            assertThat(number(db, "SELECT COUNT(*) FROM source_file")).isEqualTo(survived);
            assertThat(survived).as("files by outcome %s; the killed run's log:%n%s",
                    column(db, "SELECT outcome || ' ' || COUNT(*) FROM import_file GROUP BY outcome"),
                    Files.readString(work.resolve("first.log"))).isGreaterThanOrEqualTo(doneWhenKilled);
            assertThat(number(db, "SELECT COUNT(*) FROM statement s JOIN source_file f ON f.id = s.source_file_id"))
                    .isEqualTo(survived);
            assertThat(column(db, "SELECT status FROM import_run")).containsExactly("RUNNING");
        }
        System.out.printf("killed after %d files reported done, %d committed to disk%n", doneWhenKilled, survived);

        waitForLeaseToRunOut(url);
        System.out.printf("lease ran out after %d s%n", Duration.between(start, Instant.now()).toSeconds());
        Process second = importInOwnJvm(folder, url, "second.log");
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("second run finishes").isTrue();
        assertThat(second.exitValue()).as(Files.readString(work.resolve("second.log"))).isEqualTo(0);

        System.out.printf("killed, waited for the lease and imported again in %d s%n",
                Duration.between(start, Instant.now()).toSeconds());
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            List<String> runs = column(db, "SELECT status FROM import_run ORDER BY id");
            assertThat(runs).containsExactly("INTERRUPTED", "COMPLETED");
            assertThat(column(db, "SELECT message FROM import_run WHERE status = 'INTERRUPTED'").get(0))
                    .contains("stopped before this run finished");
            assertThat(number(db, "SELECT files_done FROM import_run WHERE status = 'COMPLETED'")).isEqualTo(FILES);
            assertThat(number(db, "SELECT COUNT(*) FROM statement")).isEqualTo(FILES);
            assertThat(number(db, "SELECT COUNT(DISTINCT path) FROM source_file")).isEqualTo(FILES);
            assertThat(number(db, "SELECT COUNT(*) FROM source_file")).isEqualTo(FILES);
            assertThat(number(db, "SELECT COUNT(*) FROM statement WHERE body = '' OR title = ''")).isZero();
            assertThat(number(db, "SELECT COUNT(*) FROM import_file f JOIN import_run r ON r.id = f.run_id"
                    + " WHERE r.status = 'COMPLETED' AND f.outcome = 'FAILED'")).isZero();
            assertThat(number(db, "SELECT COUNT(*) FROM import_file f JOIN import_run r ON r.id = f.run_id"
                    + " WHERE r.status = 'COMPLETED' AND f.outcome = 'UNCHANGED'"))
                    .as("files the killed run had finished are skipped").isEqualTo(survived);
            assertThat(number(db, "SELECT COUNT(*) FROM import_file f JOIN import_run r ON r.id = f.run_id"
                    + " WHERE r.status = 'COMPLETED' AND f.outcome = 'IMPORTED'")).isEqualTo(FILES - survived);
            assertThat(number(db, "SELECT COUNT(*) FROM import_lock WHERE run_id IS NOT NULL")).isZero();
        }
    }

    /** Five seeds, each in many variants (a reference line added), so that a run takes a while. */
    private Path sources() throws IOException {
        Path folder = work.resolve("sources");
        Files.createDirectories(folder);
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("seed-docs"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path seed : seeds) {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            for (int i = 0; i < VARIANTS; i++) {
                String name = seed.getFileName().toString().replace(".txt", "") + "-" + String.format("%03d", i) + ".txt";
                Files.writeString(folder.resolve(name), text + "\nReference " + i + ".\n", StandardCharsets.UTF_8);
            }
        }
        return folder;
    }

    /** The {@code import} command in a JVM of its own, on the test's classpath, against the file database. */
    private Process importInOwnJvm(Path folder, String url, String log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", classpath,
                "org.communique.CommuniqueApplication", "import", folder.toString(),
                "--archive.data-dir=" + work.resolve("data"), "--spring.datasource.url=" + url,
                "--logging.level.root=WARN", "--spring.main.lazy-initialization=true", "--spring.jmx.enabled=false"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(log).toFile()).directory(new File(".").getAbsoluteFile()).start();
    }

    /** Waits until the run has read some files but is far from done; returns how many it had finished. */
    private long waitUntilRunIsUnderWay(String url, Process process) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the import ended before it could be killed: "
                    + Files.readString(work.resolve("first.log"))).isTrue();
            if (Files.exists(work.resolve("data/communique.mv.db"))) {
                try (Connection db = DriverManager.getConnection(url, "sa", "")) {
                    List<String> done = column(db, "SELECT files_done FROM import_run WHERE status = 'RUNNING'");
                    if (!done.isEmpty() && Long.parseLong(done.get(0)) >= 5) {
                        return Long.parseLong(done.get(0));
                    }
                } catch (SQLException notYet) {
                    // the schema is being created
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not get under way in time");
    }

    private static void kill(Process process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            process.destroyForcibly(); // SIGKILL too, on Linux
        }
    }

    /** A dead instance's lease runs out within {@link ImportLock#LEASE}; until then no other run may start. */
    private static void waitForLeaseToRunOut(String url) throws Exception {
        Timestamp expires;
        try (Connection db = DriverManager.getConnection(url, "sa", "");
             Statement query = db.createStatement();
             ResultSet rs = query.executeQuery("SELECT expires_at, CURRENT_TIMESTAMP FROM import_lock WHERE id = 1")) {
            rs.next();
            expires = rs.getTimestamp(1);
            assertThat(expires).as("the killed run still holds the lock").isNotNull();
            long wait = expires.getTime() - rs.getTimestamp(2).getTime();
            Thread.sleep(Math.max(0, wait) + 500);
        }
    }

    private static List<String> column(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement query = db.createStatement(); ResultSet rs = query.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static long number(Connection db, String sql) throws SQLException {
        return Long.parseLong(column(db, sql).get(0));
    }
}
