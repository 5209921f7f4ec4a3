package org.communique.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.communique.ArchiveTest;
import org.communique.importer.ImportRuns;
import org.communique.importer.ImporterProperties;
import org.communique.statement.Statements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Uploading: staged and previewed first; a file that would replace one in the folder says so; cancel keeps nothing. */
@ArchiveTest
class UploadTest {

    private static final String NAME = "admin-upload-harbour.txt";

    @Autowired
    ImporterProperties properties;

    @Autowired
    ImportRuns runs;

    @Autowired
    Statements statements;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @AfterEach
    void forget() throws Exception {
        while (!runs.findRunning().isEmpty()) {
            Thread.sleep(50);
        }
        Files.deleteIfExists(properties.importDir().resolve(NAME));
        TestFiles.forget(jdbc, NAME);
    }

    @Test
    void aFileThatWouldReplaceAnotherSaysSoShowsTheDifferenceAndCancelKeepsTheOldOne() throws Exception {
        AdminClient admin = AdminClient.signedIn(port);
        String batch = upload(admin, "statement.txt");
        String preview = admin.get(batch).body();
        assertThat(preview).contains("A new statement").doesNotContain("replaces the file");
        HttpResponse<String> imported = admin.post(batch + "/import", AdminClient.form("_csrf", admin.token(batch)));
        String run = imported.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(run).matches("/admin/imports/\\d+");
        while (!runs.findRunning().isEmpty()) {
            Thread.sleep(50);
        }
        assertThat(admin.get(run).body()).contains(NAME).contains("IMPORTED");
        long id = statements.findBySourcePath(NAME).orElseThrow().getId();
        Path inFolder = properties.importDir().resolve(NAME);
        byte[] original = Files.readAllBytes(inFolder);

        String second = upload(admin, "statement-changed.txt");
        String diff = admin.get(second).body();
        assertThat(diff).contains("This file replaces the file of the same name").contains("#" + id)
                .contains("class=\"para-new\"").contains("dredging schedules").contains("class=\"para-removed\"");
        HttpResponse<String> cancelled = admin.post(second + "/cancel", AdminClient.form("_csrf", admin.token(second)));
        assertThat(cancelled.headers().firstValue("Location").orElseThrow()).endsWith("/admin/upload");
        assertThat(Files.readAllBytes(inFolder)).isEqualTo(original);
        assertThat(admin.get(second).statusCode()).isEqualTo(404);
        assertThat(admin.get("/admin/audit").body()).contains("UPLOAD_CANCELLED");
    }

    /**
     * Names a browser or a script may send: a NUL written out ({@code %00}) and raw, very long, with folders,
     * control characters, or only dots. Each is refused with a 400 that names the file, and nothing is staged,
     * written or imported.
     */
    @Test
    void hostileFileNamesAreRefusedWithA400NamingThemAndNothingIsStored() throws Exception {
        AdminClient admin = AdminClient.signedIn(port);
        byte[] text = TestFiles.bytes("statement.txt");
        Map<String, String> shownAs = new java.util.LinkedHashMap<>();
        shownAs.put("x.html%00.txt", "x.html%00.txt");
        shownAs.put("x.html\0.txt", "x.html?.txt");
        shownAs.put("a".repeat(400) + ".txt", "a".repeat(20));
        shownAs.put("folder/inside.txt", "inside.txt"); // the container keeps the last part of a path only
        shownAs.put("..\\..\\outside.txt", "outside.txt");
        shownAs.put("bell\u0007and\u001btab\t.txt", "bell?and?tab?.txt");
        shownAs.put("...", "...");
        shownAs.put(".", ".");
        shownAs.put("\u202Etxt.exe", "txt.exe");
        long stagedBefore = jdbc.queryForObject("SELECT COUNT(*) FROM staged_upload", Long.class);
        long runsBefore = runs.count();
        for (Map.Entry<String, String> name : shownAs.entrySet()) {
            HttpResponse<String> response = admin.upload("/admin/upload", "files", Map.of(name.getKey(), text),
                    admin.token("/admin/upload"));
            assertThat(response.statusCode()).as(name.getKey() + ": " + response.body()).isEqualTo(400);
            assertThat(response.body()).as(name.getKey()).contains("No file was accepted").contains(name.getValue())
                    .doesNotContain("\0").doesNotContain("Exception");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staged_upload", Long.class)).isEqualTo(stagedBefore);
        assertThat(runs.count()).isEqualTo(runsBefore);
        try (var listed = Files.list(properties.importDir())) {
            assertThat(listed.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("x.html") || n.contains("inside")
                    || n.contains("outside") || n.contains("bell") || n.startsWith("aaaa"));
        }
        assertThat(admin.get("/admin/audit").body()).contains("x.html?.txt");
    }

    /**
     * A folder that cannot take the files (here a directory stands where the file is first written, which even
     * root cannot write over; a full disk or a read-only folder fail the same way): the admin is told why, the
     * folder and the archive are as they were, and the upload is kept, so that it imports once the fault is gone.
     */
    @Test
    void anUploadTheFolderCannotTakeIsKeptWithAClearMessageAndImportsOnceItCan() throws Exception {
        AdminClient admin = AdminClient.signedIn(port);
        String batch = upload(admin, "statement.txt");
        Path blocker = properties.importDir().resolve("." + NAME + ".uploading");
        Files.createDirectories(blocker.resolve("inside"));
        long runsBefore = runs.count();
        try {
            HttpResponse<String> refused = admin.post(batch + "/import", AdminClient.form("_csrf", admin.token(batch)));
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith(batch);
            String page = admin.get(batch).body();
            assertThat(page).contains("could not be saved into the import folder").contains("the upload is kept")
                    .contains("A new statement").doesNotContain("Exception");
            assertThat(Files.exists(properties.importDir().resolve(NAME))).isFalse();
            assertThat(runs.count()).isEqualTo(runsBefore);
            assertThat(admin.get("/admin/audit").body()).contains("UPLOAD_NOT_SAVED");
        } finally {
            Files.delete(blocker.resolve("inside"));
            Files.delete(blocker);
        }
        HttpResponse<String> imported = admin.post(batch + "/import", AdminClient.form("_csrf", admin.token(batch)));
        assertThat(imported.headers().firstValue("Location").orElseThrow()).matches(".*/admin/imports/\\d+");
        while (!runs.findRunning().isEmpty()) {
            Thread.sleep(50);
        }
        assertThat(statements.findBySourcePath(NAME)).isPresent();
        assertThat(Files.exists(blocker)).isFalse();
    }

    private static String upload(AdminClient admin, String resource) throws Exception {
        HttpResponse<String> response = admin.upload("/admin/upload", "files", Map.of(NAME, TestFiles.bytes(resource)),
                admin.token("/admin/upload"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }
}
