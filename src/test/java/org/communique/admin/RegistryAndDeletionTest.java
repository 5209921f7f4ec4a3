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

    /**
     * A merge is confirmed on a page of its own before it happens, and undone from the kept official's page:
     * the merged official comes back with their spellings, page and statements (also one that named both,
     * whose appearance the merge had dropped, and one imported while the merge stood that named them by one of
     * their spellings); both are in the audit log in words.
     */
    @Test
    void aMergeIsConfirmedFirstAndCanBeUndoneWithTheStatementsGoingBack() throws Exception {
        long[] ids = tx.execute(s -> {
            ArchiveBuilder archive = new ArchiveBuilder(entityManager);
            Official kept = archive.official("Maren Solvik", "NO", "M. Solvik");
            Official other = archive.official("Maren Solvik-Aas", null, "Maren S. Aas");
            long onlyOther = archive.statement("Registry merge: the other alone").dated("2023-05-02")
                    .naming(other, "Envoy").body("The envoy spoke.").save().getId();
            long both = archive.statement("Registry merge: both named").dated("2023-05-03")
                    .naming(kept, "Minister").naming(other, "Envoy").body("Both spoke.").save().getId();
            return new long[] {kept.getId(), other.getId(), onlyOther, both};
        });
        long kept = ids[0];
        long other = ids[1];
        try {
            AdminClient admin = AdminClient.signedIn(port);
            String page = "/admin/officials/" + kept;
            HttpResponse<String> asked = admin.post(page + "/merge", AdminClient.form("_csrf", admin.token(page),
                    "other", "Maren Solvik-Aas"));
            assertThat(asked.statusCode()).isEqualTo(200);
            assertThat(asked.body()).contains("Merge Maren Solvik-Aas into Maren Solvik?").contains("2 statements")
                    .contains("name=\"confirm\" value=\"yes\"").contains("Maren S. Aas");
            assertThat(officials.findById(other).orElseThrow().isMerged()).as("nothing merged before the confirmation").isFalse();

            admin.post(page + "/merge", AdminClient.form("_csrf", admin.token(page), "other", Long.toString(other),
                    "confirm", "yes"));
            assertThat(officials.findById(other).orElseThrow().getMergedInto()).isEqualTo(kept);
            assertThat(appearances(ids[2])).containsExactly(kept);
            assertThat(appearances(ids[3])).containsExactly(kept);
            assertThat(officials.findByAnyName("Maren S. Aas")).extracting(Official::getId).containsExactly(kept);
            String merged = admin.get(page).body();
            assertThat(merged).contains("Merged into this official").contains("Undo this merge");
            long[] whileMerged = tx.execute(s -> { // imported while the merge stood: the importer named the kept official
                ArchiveBuilder archive = new ArchiveBuilder(entityManager);
                Official keptNow = officials.findById(kept).orElseThrow();
                return new long[] {
                        archive.statement("Registry merge: later, the other's spelling").dated("2023-06-01")
                                .namingAs(keptNow, "Envoy", "Maren S. Aas").body("The envoy spoke again.").save().getId(),
                        archive.statement("Registry merge: later, the kept's spelling").dated("2023-06-02")
                                .namingAs(keptNow, "Minister", "M. Solvik").body("The minister spoke again.").save().getId()};
            });
            long merge = jdbc.queryForObject("SELECT MAX(id) FROM official_merge WHERE kept_id = ?", Long.class, kept);

            HttpResponse<String> undone = admin.post(page + "/merges/" + merge + "/undo",
                    AdminClient.form("_csrf", admin.token(page)));
            assertThat(admin.get(undone.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                    .body()).contains("Undid the merge").contains("undone");
            assertThat(officials.findById(other).orElseThrow().isMerged()).isFalse();
            assertThat(appearances(ids[2])).containsExactly(other);
            assertThat(appearances(ids[3])).containsExactlyInAnyOrder(kept, other);
            assertThat(appearances(whileMerged[0])).as("named by the merged official's spelling while merged").containsExactly(other);
            assertThat(appearances(whileMerged[1])).as("named by the kept official's own spelling").containsExactly(kept);
            assertThat(officials.findByAnyName("Maren S. Aas")).extracting(Official::getId).containsExactly(other);
            assertThat(officials.findByAnyName("M. Solvik")).extracting(Official::getId).containsExactly(kept);
            assertThat(admin.get("/officials/" + officials.findById(other).orElseThrow().getSlug()).statusCode()).isEqualTo(200);
            assertThat(admin.post(page + "/merges/" + merge + "/undo", AdminClient.form("_csrf", admin.token(page)))
                    .statusCode()).isEqualTo(302);
            assertThat(admin.get("/admin/audit").body()).contains("Merged official Maren Solvik-Aas into Maren Solvik")
                    .contains("Undid the merge of official Maren Solvik-Aas into Maren Solvik").contains("OFFICIAL_SPLIT");
        } finally {
            TestFiles.forget(jdbc, "built/");
            tx.executeWithoutResult(s -> List.of(other, kept).forEach(officials::deleteById));
        }
    }

    @Test
    void aSpellingIsRemovedAfterConfirmationAndANameOfAnotherOfficialIsRefusedNamingThem() throws Exception {
        long[] ids = tx.execute(s -> {
            ArchiveBuilder archive = new ArchiveBuilder(entityManager);
            return new long[] {archive.official("Oskar Lindqvist", "SE", "O. Lindqvist").getId(),
                    archive.official("Petra Holm", "SE").getId()};
        });
        try {
            AdminClient admin = AdminClient.signedIn(port);
            String page = "/admin/officials/" + ids[0];
            String ask = page + "/aliases/remove?alias=O.+Lindqvist";
            assertThat(admin.get(page).body()).contains("/aliases/remove?alias=O.%20Lindqvist");
            HttpResponse<String> asked = admin.get(ask);
            assertThat(asked.statusCode()).isEqualTo(200);
            assertThat(asked.body()).contains("Remove the spelling &#39;O. Lindqvist&#39;?");
            admin.post(page + "/aliases/remove", AdminClient.form("_csrf", admin.token(ask), "alias", "O. Lindqvist"));
            assertThat(officials.findByAnyName("O. Lindqvist")).as("not removed before the confirmation").isNotEmpty();
            HttpResponse<String> removed = admin.post(page + "/aliases/remove", AdminClient.form("_csrf", admin.token(ask),
                    "alias", "O. Lindqvist", "confirm", "yes"));
            assertThat(removed.statusCode()).isEqualTo(302);
            assertThat(officials.findByExactKey(org.communique.official.NameKey.exact("O. Lindqvist"))).isEmpty();
            assertThat(admin.get(page + "/aliases/remove?alias=Oskar+Lindqvist").statusCode()).as("not the name").isEqualTo(404);

            HttpResponse<String> clash = admin.post(page + "/rename", AdminClient.form("_csrf", admin.token(page),
                    "name", "Petra Holm"));
            assertThat(admin.get(clash.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                    .body()).contains("&#39;Petra Holm&#39; is already the name of Petra Holm (official " + ids[1] + ")");
            assertThat(officials.findById(ids[0]).orElseThrow().getName()).isEqualTo("Oskar Lindqvist");
            admin.post(page + "/aliases", AdminClient.form("_csrf", admin.token(page), "alias", "petra holm"));
            assertThat(officials.findByAnyName("Petra Holm")).extracting(Official::getId).containsExactly(ids[1]);
            assertThat(admin.get("/admin/audit").body()).contains("Removed the spelling &#39;O. Lindqvist&#39; from official"
                    + " Oskar Lindqvist").contains("OFFICIAL_ALIAS_REMOVED");
        } finally {
            tx.executeWithoutResult(s -> List.of(ids[0], ids[1]).forEach(officials::deleteById));
        }
    }

    private List<Long> appearances(long statementId) {
        return jdbc.queryForList("SELECT official_id FROM appearance WHERE statement_id = ? ORDER BY official_id", Long.class,
                statementId);
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
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Nothing was saved").contains("the registry has no one official named")
                .contains("value=\"Nobody Of That Name\"").contains("value=\"Envoy\"");
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
            registry.merge(people[0], people[1], "test");

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
