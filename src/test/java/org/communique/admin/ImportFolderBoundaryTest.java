package org.communique.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.communique.ArchiveTest;
import org.communique.SeedArchive;
import org.communique.importer.ImportFileResult;
import org.communique.importer.ImportRun;
import org.communique.importer.Importer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import folder is a boundary: a link to a file outside it, a name whose backslashes spell a way out,
 * a FIFO and a file over the budget are each refused with a reason in the run's report, the run does not
 * block and goes on, and nothing from outside the folder becomes a statement.
 */
@ArchiveTest
class ImportFolderBoundaryTest {

    private static final String PREFIX = "admin-boundary";
    private static final String SECRET = "This sentence lives outside the import folder and must never be published.";

    @TempDir
    Path root;

    @Autowired
    Importer importer;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToTheSeeds() throws Exception {
        TestFiles.forget(jdbc, PREFIX);
        SeedArchive.load(importer);
    }

    @Test
    void filesThatLeadOutOfTheFolderOrCannotBeReadSafelyAreRefusedWithAReason() throws Exception {
        Path folder = Files.createDirectories(root.resolve("in"));
        String secretStatement = "Joint Statement on the Secret\n\nMarch 3, 2022\n\n" + (SECRET + " ").repeat(5) + "\n";
        Path outside = Files.writeString(root.resolve("x.txt"), secretStatement);
        TestFiles.write(folder, PREFIX + "/good.txt", TestFiles.bytes("statement.txt"));
        Files.createSymbolicLink(folder.resolve(PREFIX + "/passwd.txt"), outside);
        Files.writeString(folder.resolve(PREFIX + "\\..\\..\\x.txt"), "a decoy: the importer must not read x.txt");
        Files.writeString(folder.resolve(PREFIX + "/nested.html"), "<html><body>" + "<div>".repeat(100_000)
                + "The ministers met." + "</div>".repeat(100_000) + "</body></html>", StandardCharsets.UTF_8);
        boolean fifo = org.communique.importer.ExtractionBudgetTestAccess.mkfifo(folder.resolve(PREFIX + "/pipe.txt"));

        ImportRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> importer.importFolder(folder, ImportRun.Trigger.COMMAND, "test"));

        assertThat(run.getStatus()).isEqualTo(ImportRun.Status.COMPLETED);
        Map<String, ImportFileResult> files = run.getFiles().stream()
                .collect(Collectors.toMap(ImportFileResult::getPath, f -> f, (a, b) -> a));
        assertThat(files.get(PREFIX + "/good.txt").getOutcome()).isEqualTo(ImportFileResult.Outcome.IMPORTED);
        assertRefused(files.get(PREFIX + "/passwd.txt"), "outside the import folder");
        assertRefused(files.get(PREFIX + "\\..\\..\\x.txt"), "backslash");
        assertRefused(files.get(PREFIX + "/nested.html"), "more than 256 deep");
        if (fifo) {
            assertRefused(files.get(PREFIX + "/pipe.txt"), "a FIFO");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM statement WHERE title LIKE '%Secret%'", Integer.class))
                .isZero();
    }

    private static void assertRefused(ImportFileResult file, String reason) {
        assertThat(file).as("the report's line for the file").isNotNull();
        assertThat(file.getOutcome()).isEqualTo(ImportFileResult.Outcome.FAILED);
        assertThat(file.getMessage()).contains(reason);
    }
}
