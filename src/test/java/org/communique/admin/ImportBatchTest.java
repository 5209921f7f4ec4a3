package org.communique.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.communique.ArchiveTest;
import org.communique.SeedArchive;
import org.communique.importer.ImportFileResult;
import org.communique.importer.ImportRun;
import org.communique.importer.Importer;
import org.communique.statement.Statements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The importer stores files in batches, one transaction a batch: a file the database refuses while its batch
 * is being stored fails alone, with its reason, and every other file of the batch is stored all the same.
 */
@ArchiveTest
class ImportBatchTest {

    private static final String PREFIX = "admin-batch/";
    private static final int FILES = 30;

    @TempDir
    Path folder;

    @Autowired
    Importer importer;

    @Autowired
    Statements statements;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToTheSeeds() {
        TestFiles.forget(jdbc, PREFIX);
        SeedArchive.load(importer);
    }

    @Test
    void aFileTheDatabaseRefusesFailsAloneAndTheRestOfItsBatchIsStored() throws Exception {
        String text = new String(TestFiles.bytes("statement.txt"), StandardCharsets.UTF_8);
        for (int i = 0; i < FILES; i++) {
            TestFiles.write(folder, PREFIX + String.format("file-%03d.txt", i),
                    (text + "\nReference " + i + ".\n").getBytes(StandardCharsets.UTF_8));
        }
        // an address longer than the archive keeps (1,000 characters): refused by the database, not the extractor
        String address = "https://example.org/news/" + "a".repeat(1200);
        TestFiles.write(folder, PREFIX + "file-015-long-address.html", ("<html><head><title>Harbour talks resume</title>"
                + "<link rel=\"canonical\" href=\"" + address + "\"></head><body><article><h1>Harbour talks resume</h1>"
                + "<p>March 3, 2022</p><p>The two governments met in the port city to discuss dredging and the shared"
                + " customs office, and agreed to meet again in the spring.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8));

        ImportRun run = importer.importFolder(folder, ImportRun.Trigger.COMMAND, "test");

        assertThat(run.getStatus()).isEqualTo(ImportRun.Status.COMPLETED);
        assertThat(run.getFilesDone()).isEqualTo(FILES + 1);
        List<ImportFileResult> ours = run.getFiles().stream().filter(f -> f.getPath().startsWith(PREFIX)).toList();
        assertThat(ours).extracting(ImportFileResult::getPath).isSorted().hasSize(FILES + 1);
        assertThat(ours).filteredOn(f -> f.getOutcome() == ImportFileResult.Outcome.FAILED)
                .singleElement().satisfies(failed -> {
                    assertThat(failed.getPath()).endsWith("long-address.html");
                    assertThat(failed.getMessage()).isNotBlank();
                    assertThat(failed.getStatementId()).isNull();
                });
        assertThat(ours).filteredOn(f -> f.getOutcome() == ImportFileResult.Outcome.IMPORTED).hasSize(FILES)
                .allSatisfy(f -> assertThat(statements.findById(f.getStatementId())).isPresent());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source_file WHERE path LIKE ?", Integer.class, PREFIX + "%"))
                .isEqualTo(FILES);

        ImportRun again = importer.importFolder(folder, ImportRun.Trigger.COMMAND, "test");
        assertThat(again.getFiles()).filteredOn(f -> f.getPath().startsWith(PREFIX))
                .extracting(ImportFileResult::getOutcome)
                .containsOnly(ImportFileResult.Outcome.UNCHANGED, ImportFileResult.Outcome.FAILED)
                .filteredOn(o -> o == ImportFileResult.Outcome.UNCHANGED).hasSize(FILES);
    }
}
