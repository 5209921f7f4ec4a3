package org.communique;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The archive as its operator runs it: started on its own database with {@code archive.import-on-start},
 * stopped, started again. What it held is still there, nothing is imported twice, and a seed that changed
 * in between revises its statement under the same id.
 */
class RestartTest {

    private static final String CHANGED_SEED = "000_10cd8ee5ffed7d6e.txt";
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("communique.test.pg-database", "test") + "?currentSchema=communique_restart";
    private static final String ADDED_SENTENCE = "Both delegations thanked their hosts for a productive week.";

    @TempDir
    Path data;

    @TempDir
    Path seeds;

    @Test
    void aRestartKeepsEverythingImportsNothingTwiceAndAChangedSeedKeepsItsId() throws Exception {
        copySeeds();
        if (TestProfiles.onPostgres()) {
            emptyPostgresSchema();
        }
        Map<String, Long> idsBefore;
        try (ConfigurableApplicationContext archive = start()) {
            JdbcTemplate jdbc = archive.getBean(JdbcTemplate.class);
            assertThat(outcomesOfStartupRun(jdbc, 1)).containsOnly("IMPORTED").hasSize(5);
            idsBefore = idsByPath(jdbc);
        }

        Path changed = seeds.resolve(CHANGED_SEED);
        String text = Files.readString(changed, StandardCharsets.UTF_8);
        String lastParagraph = "enumerated in the SFA.";
        Files.writeString(changed, text.replace(lastParagraph, lastParagraph + "\n\n" + ADDED_SENTENCE),
                StandardCharsets.UTF_8);

        try (ConfigurableApplicationContext archive = start()) {
            JdbcTemplate jdbc = archive.getBean(JdbcTemplate.class);
            List<String> outcomes = outcomesOfStartupRun(jdbc, 2);
            assertThat(outcomes).hasSize(5);
            assertThat(outcomes.stream().filter("UNCHANGED"::equals)).hasSize(4);
            assertThat(outcomes.stream().filter("UPDATED"::equals)).hasSize(1);
            assertThat(idsByPath(jdbc)).isEqualTo(idsBefore);
            String body = jdbc.queryForObject("SELECT s.body FROM statement s JOIN source_file f ON f.id = s.source_file_id"
                    + " WHERE f.path = ?", String.class, CHANGED_SEED);
            assertThat(body).contains(ADDED_SENTENCE);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM statement", Integer.class)).isEqualTo(5);
        }
    }

    /** Starts the archive as its operator would, the settings given on the command line. */
    private ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--archive.data-dir=" + data,
                "--archive.import-dir=" + seeds,
                "--archive.import-on-start=true",
                "--archive.admin.password=restart-test-password",
                "--logging.level.org.hibernate.search.configuration=ERROR"));
        if (TestProfiles.onPostgres()) {
            args.addAll(List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + POSTGRES,
                    "--spring.datasource.username=postgres", "--spring.datasource.password=",
                    "--spring.flyway.schemas=communique_restart", "--spring.flyway.create-schemas=true"));
        }
        return new SpringApplicationBuilder(CommuniqueApplication.class).run(args.toArray(String[]::new));
    }

    /** On PostgreSQL, a schema of this test's own, empty when the test starts. */
    private static void emptyPostgresSchema() throws Exception {
        try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "")) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS communique_restart CASCADE");
        }
    }

    /** Waits for the start-up import, the {@code nth} run of this archive, and returns its files' outcomes. */
    private static List<String> outcomesOfStartupRun(JdbcTemplate jdbc, int nth) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<Long> finished = jdbc.queryForList("SELECT id FROM import_run WHERE trigger_name = 'STARTUP'"
                    + " AND status = 'COMPLETED' ORDER BY id", Long.class);
            if (finished.size() >= nth) {
                return jdbc.queryForList("SELECT outcome FROM import_file WHERE run_id = ? ORDER BY position",
                        String.class, finished.get(nth - 1));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The start-up import did not finish within 60 s");
    }

    private static Map<String, Long> idsByPath(JdbcTemplate jdbc) {
        return jdbc.query("SELECT f.path, s.id FROM statement s JOIN source_file f ON f.id = s.source_file_id",
                rs -> {
                    Map<String, Long> ids = new TreeMap<>();
                    while (rs.next()) {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }
                    return ids;
                });
    }

    private void copySeeds() throws IOException {
        try (var files = Files.list(SeedArchive.SEEDS)) {
            for (Path file : files.toList()) {
                Files.copy(file, seeds.resolve(file.getFileName()));
            }
        }
    }
}
