package org.communique.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.communique.ArchiveHttp;
import org.communique.ArchiveTest;
import org.communique.importer.ImportFileResult;
import org.communique.importer.ImportRun;
import org.communique.importer.Importer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search index cannot be written (as with a full disk): an import stores its files but says the index
 * failed, health is DOWN while the index misses what the database holds, and once the index can be written
 * again the repair (which the archive schedules, {@code archive.search.repair-interval}) brings it in line
 * without a restart and health is UP.
 */
@ArchiveTest
class IndexFaultTest {

    private static final String PREFIX = "index-fault/";

    @Autowired
    Importer importer;

    @Autowired
    SearchIndex index;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndexRepair repair;

    @LocalServerPort
    int port;

    @TempDir
    Path folder;

    @AfterEach
    void writableAgainAndForgotten() throws Exception {
        FaultyIndexDirectory.failWrites(false);
        for (Long id : jdbc.queryForList("SELECT s.id FROM statement s JOIN source_file f ON f.id = s.source_file_id"
                + " WHERE f.path LIKE ?", Long.class, PREFIX + "%")) {
            jdbc.update("UPDATE import_file SET statement_id = NULL WHERE statement_id = ?", id);
            jdbc.update("DELETE FROM appearance WHERE statement_id = ?", id);
            jdbc.update("DELETE FROM quotation WHERE statement_id = ?", id);
            jdbc.update("DELETE FROM statement_party WHERE statement_id = ?", id);
            jdbc.update("DELETE FROM statement WHERE id = ?", id);
        }
        jdbc.update("DELETE FROM source_file WHERE path LIKE ?", PREFIX + "%");
        jdbc.update("UPDATE archive_version SET version = version + 1 WHERE id = 1");
        index.rebuild(); // whatever the fault left, later tests start from an index rebuilt from the database
    }

    @Test
    void anImportWhoseIndexCannotBeWrittenSaysSoHealthIsDownAndTheIndexIsRepairedOnceItCanBeWritten() throws Exception {
        write("lighthouse.txt", "Joint Statement on Lighthouse Maintenance\n\nReykjavik, 4 April 2023\n\n"
                + "The coastal agencies of the two countries agreed today to share the upkeep of the northern lighthouses"
                + " and to publish a common schedule of inspections.\n");
        write("ferry.txt", "Press Statement on the Winter Ferry Timetable\n\nTorshavn, 9 November 2022\n\n"
                + "The transport ministers announced a winter ferry timetable that keeps two crossings a day running"
                + " through the storm season.\n");
        ArchiveHttp http = new ArchiveHttp(port);
        index.check(); // a consistent start: what other tests wrote by SQL is indexed or purged
        assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(http.get("/statements?q=lighthouses").body()).doesNotContain("Lighthouse Maintenance");
        long indexedBefore = index.counts().indexed();

        FaultyIndexDirectory.failWrites(true);
        long started = importer.startInBackground(folder, java.util.List.of(PREFIX + "lighthouse.txt", PREFIX + "ferry.txt"),
                ImportRun.Trigger.COMMAND, "test");
        ImportRun run = importer.report(started);
        for (Instant until = Instant.now().plus(Duration.ofSeconds(60)); run.isRunning() && Instant.now().isBefore(until); ) {
            Thread.sleep(100);
            run = importer.report(started);
        }

        assertThat(run.getStatus()).isEqualTo(ImportRun.Status.COMPLETED_WITH_ERRORS);
        assertThat(run.getMessage()).contains("the search index could not be written").contains("repairs the index");
        assertThat(run.getFiles()).extracting(ImportFileResult::getOutcome).containsOnly(ImportFileResult.Outcome.IMPORTED);
        SearchIndex.Counts diverged = index.counts();
        assertThat(diverged.indexed()).as("the index misses the new statements").isEqualTo(indexedBefore);
        assertThat(http.get("/statements?q=lighthouses").body()).doesNotContain("Lighthouse Maintenance");
        HttpResponse<String> down = http.get("/actuator/health", "application/json");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("DOWN");

        assertThat(repair.repair()).as("no repair while the index cannot be written").isFalse();
        assertThat(http.get("/actuator/health").statusCode()).isEqualTo(503);

        FaultyIndexDirectory.failWrites(false);
        assertThat(repair.repair()).as("the repair once it can be written (the schedule calls the same)").isTrue();
        HttpResponse<String> up = http.get("/actuator/health", "application/json");
        assertThat(up.statusCode()).as("health after the fault is gone").isEqualTo(200);
        assertThat(up.body()).contains("UP");
        assertThat(index.counts().indexed()).isEqualTo(indexedBefore + 2);
        assertThat(http.get("/statements?q=lighthouses").body()).contains("Lighthouse Maintenance");
    }

    private void write(String name, String text) throws Exception {
        Path file = folder.resolve(PREFIX + name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
