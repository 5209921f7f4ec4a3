package org.communique.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.communique.ArchiveTest;
import org.communique.SeedArchive;
import org.communique.importer.ImportRun;
import org.communique.importer.ImportRuns;
import org.communique.importer.Importer;
import org.communique.importer.ImporterProperties;
import org.communique.official.Official;
import org.communique.official.Officials;
import org.communique.statement.ArchiveBuilder;
import org.communique.statement.Statement;
import org.communique.statement.Statements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

/** The registry as an admin keeps it (rename, spellings, export and import), officials corrected, and deletion. */
@ArchiveTest
class RegistryAndDeletionTest {

    private static final String PREFIX = "admin-registry/";

    @Autowired
    Importer importer;

    @Autowired
    ImportRuns runs;

    @Autowired
    Registry registry;

    @Autowired
    Officials officials;

    @Autowired
    Statements statements;

    @Autowired
    ImporterProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EntityManager entityManager;

    @LocalServerPort
    int port;

    @AfterEach
    void backToTheSeeds() throws Exception {
        while (!runs.findRunning().isEmpty()) {
            Thread.sleep(100);
        }
        TestFiles.forget(jdbc, PREFIX);
        SeedArchive.load(importer);
    }

    @Test
    void aRenamedOfficialKeepsTheOldNameAsASpellingAndTheOldAddressRedirects() throws Exception {
        registry.importFile(new ByteArrayInputStream(TestFiles.bytes("officials.json")));
        Official official = officials.findByAnyName("Tomas Erlind").get(0);
        String oldSlug = official.getSlug();
        AdminClient admin = AdminClient.signedIn(port);
        String form = "/admin/officials/" + official.getId();
        try {
            admin.post(form + "/rename", AdminClient.form("_csrf", admin.token(form), "name", "Tomas Karl Erlind"));
            HttpResponse<String> old = admin.get("/officials/" + oldSlug);
            assertThat(old.statusCode()).isEqualTo(301);
            assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/officials/tomas-karl-erlind");
            assertThat(officials.findByAnyName("Tomas Erlind")).extracting(Official::getId).containsExactly(official.getId());
            admin.post(form + "/aliases", AdminClient.form("_csrf", admin.token(form), "alias", "T. K. Erlind"));
            admin.post(form + "/country", AdminClient.form("_csrf", admin.token(form), "country", "SE"));
            assertThat(officials.findByAnyName("T. K. Erlind")).extracting(Official::getCountry).containsExactly("SE");
            HttpResponse<String> refused = admin.post(form + "/country", AdminClient.form("_csrf", admin.token(form),
                    "country", "Narnia"));
            assertThat(admin.get(refused.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                    .body()).contains("is not a country code the archive knows");
            assertThat(admin.get("/admin/audit").body()).contains("OFFICIAL_RENAME").contains("OFFICIAL_ALIAS")
                    .contains("OFFICIAL_COUNTRY");
        } finally {
            registry.rename(official.getId(), "Tomas Erlind");
            registry.setCountry(official.getId(), "NO");
        }
    }

    @Test
    void theRegistryExportsToAFileThatImportsAgainWithoutDuplicates() throws Exception {
        AdminClient admin = AdminClient.signedIn(port);
        HttpResponse<String> export = admin.get("/admin/officials/export", "application/json");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains("officials.json");
        assertThat(export.body()).contains("\"officials\"").contains("Antony Blinken").contains("Anthony Blinken");
        long before = officials.countActive();
        HttpResponse<String> imported = admin.upload("/admin/officials/import", "file",
                Map.of("officials.json", export.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                admin.token("/admin/officials"));
        assertThat(imported.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/officials").body()).contains("Imported the registry file: 0 new officials");
        assertThat(officials.countActive()).isEqualTo(before);
    }

    @Test
    void correctedOfficialsAndPartiesSurviveAReimport(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        String path = PREFIX + "harbour.txt";
        TestFiles.write(folder, path, TestFiles.bytes("statement.txt"));
        importer.importFolder(folder, ImportRun.Trigger.COMMAND, "test");
        long id = statements.findBySourcePath(path).orElseThrow().getId();
        AdminClient admin = AdminClient.signedIn(port);
        String form = "/admin/statements/" + id;
        HttpResponse<String> unknown = admin.post(form, AdminClient.form("_csrf", admin.token(form),
                "addOfficial", "Nobody Of That Name", "addRole", "Envoy"));
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("Nothing was saved").contains("the registry has no one official named");
        admin.post(form, AdminClient.form("_csrf", admin.token(form), "addOfficial", "Fuad Hussein",
                "addRole", "Minister of Foreign Affairs", "parties", "NO, IQ"));

        TestFiles.write(folder, path, TestFiles.bytes("statement-changed.txt"));
        ImportRun run = importer.importFolder(folder, ImportRun.Trigger.COMMAND, "test");

        tx.executeWithoutResult(s -> {
            Statement statement = statements.findById(id).orElseThrow();
            assertThat(statement.getBody()).contains("dredging");
            assertThat(statement.getParties()).containsExactly("NO", "IQ");
            assertThat(statement.getAppearances()).extracting(a -> a.getOfficial().getName() + " / " + a.getRole())
                    .containsExactly("Fuad Hussein / Minister of Foreign Affairs");
        });
        assertThat(run.getFiles()).filteredOn(f -> f.getPath().equals(path)).first()
                .satisfies(f -> assertThat(f.getMessage()).contains("Officials: kept the correction").contains("Parties"));
    }

    @Test
    void aCorrectionNamingAnOfficialWhoIsMergedAwayFollowsThemToTheOneTheyWereMergedInto(
            @org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        String path = PREFIX + "harbour-merged.txt";
        TestFiles.write(folder, path, TestFiles.bytes("statement.txt"));
        importer.importFolder(folder, ImportRun.Trigger.COMMAND, "test");
        long id = statements.findBySourcePath(path).orElseThrow().getId();
        long[] people = tx.execute(s -> {
            ArchiveBuilder archive = new ArchiveBuilder(entityManager);
            return new long[] {archive.official("Ilse Varnhagen", "DE").getId(),
                    archive.official("I. Varnhagen-Storm", "DE").getId()};
        });
        try {
            AdminClient admin = AdminClient.signedIn(port);
            String form = "/admin/statements/" + id;
            admin.post(form, AdminClient.form("_csrf", admin.token(form), "addOfficial", "I. Varnhagen-Storm",
                    "addRole", "Harbour Commissioner"));
            registry.merge(people[0], people[1]);

            TestFiles.write(folder, path, TestFiles.bytes("statement-changed.txt"));
            ImportRun run = importer.importFolder(folder, ImportRun.Trigger.COMMAND, "test");

            tx.executeWithoutResult(s -> assertThat(statements.findById(id).orElseThrow().getAppearances())
                    .extracting(a -> a.getOfficial().getName() + " / " + a.getRole())
                    .contains("Ilse Varnhagen / Harbour Commissioner")
                    .noneMatch(named -> named.startsWith("I. Varnhagen-Storm")));
            assertThat(run.getFiles()).filteredOn(f -> f.getPath().equals(path)).first()
                    .satisfies(f -> assertThat(f.getMessage()).contains("Officials: kept the correction")
                            .contains("Ilse Varnhagen (Harbour Commissioner)").doesNotContain("no longer applies"));
        } finally {
            TestFiles.forget(jdbc, PREFIX);
            tx.executeWithoutResult(s -> List.of(people[1], people[0]).forEach(officials::deleteById));
        }
    }

    @Test
    void deletingAStatementNeedsConfirmationKeepsItsFileInTheDatabaseAndIsRecorded() throws Exception {
        String path = PREFIX + "to-delete.txt";
        Path file = TestFiles.write(properties.importDir(), path, TestFiles.bytes("statement.txt"));
        long run = importer.startInBackground(properties.importDir(), List.of(path), ImportRun.Trigger.COMMAND, "test");
        while (runs.findById(run).orElseThrow().isRunning()) {
            Thread.sleep(50);
        }
        long id = statements.findBySourcePath(path).orElseThrow().getId();
        AdminClient admin = AdminClient.signedIn(port);
        String confirm = "/admin/statements/" + id + "/delete";

        admin.post(confirm, AdminClient.form("_csrf", admin.token(confirm)));
        assertThat(statements.findById(id)).isPresent();

        HttpResponse<String> deleted = admin.post(confirm, AdminClient.form("_csrf", admin.token(confirm), "confirm", "yes"));
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
        assertThat(statements.findById(id)).isEmpty();
        assertThat(admin.get("/statements/" + id).statusCode()).isEqualTo(404);
        assertThat(Files.exists(file)).as("the file left the import folder").isFalse();
        byte[] kept = jdbc.queryForObject("SELECT content FROM deleted_source WHERE statement_id = ?", byte[].class, id);
        assertThat(kept).as("the file is kept in the database, for every node").isEqualTo(TestFiles.bytes("statement.txt"));
        assertThat(admin.get("/admin/audit").body()).contains("DELETE").contains(path);
    }
}
