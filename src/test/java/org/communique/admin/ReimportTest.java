package org.communique.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.communique.ArchiveTest;
import org.communique.SeedArchive;
import org.communique.importer.ImportAlreadyRunning;
import org.communique.importer.ImportFileResult;
import org.communique.importer.ImportProgressed;
import org.communique.importer.ImportRun;
import org.communique.importer.ImportRuns;
import org.communique.importer.Importer;
import org.communique.statement.Statement;
import org.communique.statement.StatementStatus;
import org.communique.statement.Statements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-imports keep faith with readers: nothing changes twice, ids stay, corrections stay, a vanished file is
 * flagged, a failing file leaves its statement alone, and one run at a time.
 */
@ArchiveTest
class ReimportTest {

    private static final String PREFIX = "admin-reimport/";
    private static final String FILE = PREFIX + "harbour.txt";

    @TempDir
    Path folder;

    @Autowired
    Importer importer;

    @Autowired
    ImportRuns runs;

    @Autowired
    Statements statements;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ConfigurableApplicationContext context;

    @LocalServerPort
    int port;

    @AfterEach
    void backToTheSeeds() throws Exception {
        waitUntilNoRunIsGoingOn();
        TestFiles.forget(jdbc, PREFIX);
        SeedArchive.load(importer);
    }

    @Test
    void importingTheSameFolderTwiceChangesNothing() throws Exception {
        TestFiles.write(folder, FILE, TestFiles.bytes("statement.txt"));
        ImportRun first = importFolder();
        Statement before = statement();
        ImportRun second = importFolder();
        assertThat(outcome(first)).isEqualTo(ImportFileResult.Outcome.IMPORTED);
        assertThat(outcome(second)).isEqualTo(ImportFileResult.Outcome.UNCHANGED);
        Statement after = statement();
        assertThat(after.getId()).isEqualTo(before.getId());
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getUpdatedAt()).isEqualTo(before.getUpdatedAt());
    }

    @Test
    void aChangedFileUpdatesItsStatementInPlaceWithTheSameId() throws Exception {
        TestFiles.write(folder, FILE, TestFiles.bytes("statement.txt"));
        importFolder();
        long id = statement().getId();
        TestFiles.write(folder, FILE, TestFiles.bytes("statement-changed.txt"));
        ImportRun run = importFolder();
        assertThat(outcome(run)).isEqualTo(ImportFileResult.Outcome.UPDATED);
        Statement after = statement();
        assertThat(after.getId()).isEqualTo(id);
        assertThat(after.getBody()).contains("dredging schedules");
        assertThat(statements.count()).isEqualTo(6);
    }

    @Test
    void aCorrectedTitleAndDateSurviveAReimportOfAChangedFileAndTheReportSaysSo() throws Exception {
        TestFiles.write(folder, FILE, TestFiles.bytes("statement.txt"));
        importFolder();
        long id = statement().getId();
        AdminClient admin = AdminClient.signedIn(port);
        HttpResponse<String> saved = admin.post("/admin/statements/" + id, AdminClient.form("_csrf",
                admin.token("/admin/statements/" + id), "title", "Harbour Talks: the Second Round", "date", "2022-03",
                "note", "the talks ran over the month"));
        assertThat(saved.statusCode()).isEqualTo(302);

        TestFiles.write(folder, FILE, TestFiles.bytes("statement-changed.txt"));
        ImportRun run = importFolder();

        Statement after = statement();
        assertThat(after.getId()).isEqualTo(id);
        assertThat(after.getBody()).contains("dredging schedules");
        assertThat(after.getTitle()).isEqualTo("Harbour Talks: the Second Round");
        assertThat(after.getDate()).hasToString("2022-03");
        String note = line(run).getMessage();
        assertThat(note).contains("Title: kept the correction 'Harbour Talks: the Second Round'")
                .contains("the source now gives 'Joint Statement on the Harbour Cooperation Talks'")
                .contains("Date: kept the correction 'March 2022'");
        String page = admin.get("/statements/" + id + "-" + after.getSlug()).body();
        assertThat(page).contains("Corrected by the archive").contains("the talks ran over the month")
                .contains("Harbour Talks: the Second Round");
    }

    @Test
    void aFileThatIsGoneFlagsItsStatementAndNeverDeletesIt() throws Exception {
        TestFiles.write(folder, FILE, TestFiles.bytes("statement.txt"));
        importFolder();
        long id = statement().getId();
        Files.delete(folder.resolve(FILE));
        ImportRun run = importFolder();
        assertThat(run.getFiles()).filteredOn(f -> f.getPath().equals(FILE))
                .extracting(ImportFileResult::getOutcome).containsExactly(ImportFileResult.Outcome.MISSING);
        Statement after = statement();
        assertThat(after.getId()).isEqualTo(id);
        assertThat(after.getStatus()).isEqualTo(StatementStatus.SOURCE_MISSING);
        assertThat(AdminClient.anonymous(port).get("/statements/" + id + "-" + after.getSlug()).body())
                .contains("source file missing from the import folder");
    }

    @Test
    void aFileThatNowFailsLeavesItsStatementExactlyAsItWas() throws Exception {
        TestFiles.write(folder, FILE, TestFiles.bytes("statement.txt"));
        importFolder();
        Statement before = statement();
        TestFiles.write(folder, FILE, "\n\n   \n".getBytes(StandardCharsets.UTF_8));
        ImportRun run = importFolder();
        assertThat(outcome(run)).isEqualTo(ImportFileResult.Outcome.FAILED);
        assertThat(line(run).getMessage()).isNotBlank();
        Statement after = statement();
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getTitle()).isEqualTo(before.getTitle());
        assertThat(after.getBody()).isEqualTo(before.getBody());
        assertThat(after.getSource().getSha256()).isEqualTo(before.getSource().getSha256());
    }

    @Test
    void twoReimportsAtOnceOneRunsTheOtherIsRefusedWithAClearMessage() throws Exception {
        byte[] text = TestFiles.bytes("statement.txt");
        for (int i = 0; i < 60; i++) {
            byte[] variant = (new String(text, StandardCharsets.UTF_8) + "\nReference " + i + ".\n").getBytes(StandardCharsets.UTF_8);
            TestFiles.write(folder, PREFIX + "many-" + String.format("%03d", i) + ".txt", variant);
        }
        // the first run waits after its first batch until both others were refused, however fast the machine
        CountDownLatch refusedBoth = new CountDownLatch(1);
        ApplicationListener<ApplicationEvent> holdFirstBatch = event -> {
            if (event instanceof PayloadApplicationEvent<?> published && published.getPayload() instanceof ImportProgressed
                    && refusedBoth.getCount() > 0) {
                try {
                    refusedBoth.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        context.addApplicationListener(holdFirstBatch);
        long first;
        try {
            first = importer.startInBackground(folder, null, ImportRun.Trigger.ADMIN, "test");
            assertThatThrownBy(() -> importer.importFolder(folder, ImportRun.Trigger.COMMAND, "test"))
                    .isInstanceOf(ImportAlreadyRunning.class).hasMessageContaining("already running");

            AdminClient admin = AdminClient.signedIn(port);
            HttpResponse<String> refused = admin.post("/admin/imports", AdminClient.form("_csrf", admin.token("/admin")));
            assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/admin/imports/" + first);
            assertThat(admin.get("/admin/imports/" + first).body()).contains("An import is already running");
        } finally {
            refusedBoth.countDown();
            context.removeApplicationListener(holdFirstBatch);
        }
        AdminClient admin = AdminClient.signedIn(port);

        waitUntilNoRunIsGoingOn();
        ImportRun done = importer.report(first);
        assertThat(done.getStatus()).isEqualTo(ImportRun.Status.COMPLETED);
        assertThat(done.getFiles()).filteredOn(f -> f.getPath().startsWith(PREFIX)).hasSize(60);
        assertThat(admin.get("/admin/audit").body()).contains("IMPORT_REFUSED");
    }

    @Test
    void theProgressOfARunIsReadAsJson() throws Exception {
        TestFiles.write(folder, FILE, TestFiles.bytes("statement.txt"));
        ImportRun run = importFolder();
        HttpResponse<String> progress = AdminClient.signedIn(port).get("/admin/imports/" + run.getId() + "/progress",
                "application/json");
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(progress.body()).contains("\"finished\":true").contains("\"status\":\"COMPLETED\"")
                .contains("\"percent\":100");
    }

    private ImportRun importFolder() {
        return importer.importFolder(folder, ImportRun.Trigger.COMMAND, "test");
    }

    private Statement statement() {
        return tx.execute(s -> {
            Statement statement = statements.findBySourcePath(FILE).orElseThrow();
            statement.getSource().getSha256();
            return statement;
        });
    }

    private static ImportFileResult line(ImportRun run) {
        return run.getFiles().stream().filter(f -> f.getPath().equals(FILE)).findFirst().orElseThrow();
    }

    private static ImportFileResult.Outcome outcome(ImportRun run) {
        return line(run).getOutcome();
    }

    private void waitUntilNoRunIsGoingOn() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!runs.findRunning().isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

}
