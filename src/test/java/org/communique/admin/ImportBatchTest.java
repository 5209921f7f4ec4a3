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
        // a statement the database refuses (a check constraint this test adds), though the extractor reads it well
        TestFiles.write(folder, PREFIX + "file-015-refused.html", ("<html><head><title>Harbour talks resume</title>"
                + "</head><body><article><h1>Harbour talks resume</h1>"
                + "<p>March 3, 2022</p><p>The two governments met in the port city to discuss dredging and the shared"
                + " customs office, and agreed to meet again in the spring.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8));

        jdbc.execute("ALTER TABLE statement ADD CONSTRAINT test_refused CHECK (title <> 'Harbour talks resume')");
        try {
            importsTheRestOfTheBatch();
        } finally {
            jdbc.execute("ALTER TABLE statement DROP CONSTRAINT test_refused");
        }
    }

    private void importsTheRestOfTheBatch() {
        ImportRun run = importer.importFolder(folder, ImportRun.Trigger.COMMAND, "test");

        assertThat(run.getStatus()).isEqualTo(ImportRun.Status.COMPLETED);
        assertThat(run.getFilesDone()).isEqualTo(FILES + 1);
        List<ImportFileResult> ours = run.getFiles().stream().filter(f -> f.getPath().startsWith(PREFIX)).toList();
        assertThat(ours).extracting(ImportFileResult::getPath).isSorted().hasSize(FILES + 1);
        assertThat(ours).filteredOn(f -> f.getOutcome() == ImportFileResult.Outcome.FAILED)
                .singleElement().satisfies(failed -> {
                    assertThat(failed.getPath()).endsWith("refused.html");
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
