package org.communique.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.communique.ArchiveTest;
import org.communique.SeedArchive;
import org.communique.importer.ImportRuns;
import org.communique.importer.Importer;
import org.communique.importer.ImporterProperties;
import org.communique.statement.Statements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may do what: reading is public, every admin page and every change needs the administrator. */
@ArchiveTest
class AdminSecurityTest {

    static final List<String> ADMIN_PAGES = List.of("/admin", "/admin/", "/admin/imports", "/admin/imports/1",
            "/admin/imports/1/progress", "/admin/upload", "/admin/upload/0123456789abcdef0123456789abcdef",
            "/admin/preview?file=000_10cd8ee5ffed7d6e.txt", "/admin/statements/1", "/admin/statements/1/delete",
            "/admin/officials", "/admin/officials/1", "/admin/officials/export", "/admin/audit",
            "/admin/officials/1/aliases/remove?alias=x");

    static final List<String> CHANGES = List.of("/admin/imports", "/admin/upload",
            "/admin/upload/0123456789abcdef0123456789abcdef/import", "/admin/upload/0123456789abcdef0123456789abcdef/cancel",
            "/admin/statements/1", "/admin/statements/1/delete", "/admin/officials/1/rename", "/admin/officials/1/aliases",
            "/admin/officials/1/country", "/admin/officials/1/merge", "/admin/officials/import",
            "/admin/officials/1/aliases/remove", "/admin/officials/1/merges/1/undo", "/statements",
            "/statements/1", "/officials", "/anything");

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    Importer importer;

    @Autowired
    ImportRuns runs;

    @Autowired
    Statements statements;

    @Autowired
    ImporterProperties properties;

    @BeforeEach
    @AfterEach
    void forgetFailedSignIns() {
        throttle.clear();
    }

    @Test
    void anonymousVisitorsAreSentToSignInFromEveryAdminPage() throws Exception {
        AdminClient anonymous = AdminClient.anonymous(port);
        for (String page : ADMIN_PAGES) {
            HttpResponse<String> response = anonymous.get(page);
            assertThat(response.statusCode()).as(page).isIn(302, 401, 403);
            if (response.statusCode() == 302) {
                assertThat(response.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/login");
            }
            assertThat(response.body()).as(page).doesNotContain("Administration");
        }
    }

    @Test
    void anonymousChangesAreRefusedEvenWithAValidCsrfToken() throws Exception {
        AdminClient anonymous = AdminClient.anonymous(port);
        String token = anonymous.token("/login");
        long runsBefore = runs.count();
        for (String path : CHANGES) {
            HttpResponse<String> response = anonymous.post(path, AdminClient.form("_csrf", token, "title", "Hacked",
                    "name", "Hacked", "other", "2", "confirm", "yes"));
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403);
            if (response.statusCode() == 302) {
                assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
            }
        }
        assertThat(runs.count()).isEqualTo(runsBefore);
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedEvenForTheAdministrator() throws Exception {
        AdminClient admin = AdminClient.signedIn(port);
        long runsBefore = runs.count();
        HttpResponse<String> response = admin.post("/admin/imports", AdminClient.form());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(admin.post("/admin/officials/1/rename", AdminClient.form("name", "X", "_csrf", "forged")).statusCode())
                .isEqualTo(403);
        assertThat(runs.count()).isEqualTo(runsBefore);
    }

    @Test
    void wrongPasswordsForOneUsernameAreThrottledEvenWhenTheRightOneFollows() throws Exception {
        AdminClient client = AdminClient.anonymous(port);
        for (int i = 0; i < LoginThrottle.PER_USERNAME; i++) {
            assertThat(client.signIn("admin", "wrong-" + i).headers().firstValue("Location").orElseThrow())
                    .endsWith("/login?error");
        }
        HttpResponse<String> refused = client.signIn("admin", AdminClient.PASSWORD);
        String location = refused.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/login?throttled=");
        assertThat(client.get(location.substring(location.indexOf("/login"))).body())
                .contains("Too many failed sign-ins").contains("minutes");
        assertThat(client.get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void manyWrongPasswordsFromOneAddressAreThrottledWhateverTheUsername() throws Exception {
        AdminClient client = AdminClient.anonymous(port);
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            client.signIn("guess" + i, "wrong");
        }
        assertThat(client.signIn("someone-else", "wrong").headers().firstValue("Location").orElseThrow())
                .contains("throttled");
    }

    @Test
    void failedAndSuccessfulSignInsAreAudited() throws Exception {
        AdminClient.anonymous(port).signIn("admin", "not-the-password");
        AdminClient admin = AdminClient.signedIn(port);
        String log = admin.get("/admin/audit").body();
        assertThat(log).contains("LOGIN_FAILED").contains("LOGIN");
    }

    @Test
    void pagesCarryTheSecurityHeadersAndTheSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        AdminClient client = AdminClient.anonymous(port);
        for (String path : List.of("/", "/statements", "/login")) {
            HttpResponse<String> response = client.get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).as(path).contains("script-src 'self'").contains("style-src 'self'")
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        }
        AdminClient fresh = AdminClient.anonymous(port);
        String token = fresh.token("/login");
        HttpResponse<String> signIn = fresh.post("/login", AdminClient.form("username", "admin",
                "password", AdminClient.PASSWORD, "_csrf", token));
        List<String> cookies = signIn.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void onlyHealthIsOpenAmongTheActuatorAndThereIsNoH2Console() throws Exception {
        AdminClient client = AdminClient.anonymous(port);
        assertThat(client.get("/actuator/health", "application/json").statusCode()).isEqualTo(200);
        for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/h2-console",
                "/h2-console/login.jsp")) {
            HttpResponse<String> response = client.get(path);
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("\"propertySources\"").doesNotContain("\"contexts\"");
            if (response.statusCode() == 302) {
                assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
            }
        }
    }

    @Test
    void uploadedFileNamesThatLeaveTheImportFolderOrAreNotSourceFilesAreRejected() throws Exception {
        AdminClient admin = AdminClient.signedIn(port);
        byte[] text = "Joint Statement\n\nThe two ministers met today in Baghdad and discussed the dialogue.\n"
                .getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : List.of("../../escape.txt", "..\\escape.txt", "/tmp/escape.txt", ".hidden.txt", "tool.exe",
                "sub/dir.txt")) {
            files.put(name, text);
        }
        HttpResponse<String> response = admin.upload("/admin/upload", "files", files, admin.token("/admin/upload"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("No file was accepted")
                .contains("points into another folder").contains("is not a .txt, .html or .htm file")
                .contains("characters that are not allowed");
        Path importDir = properties.importDir().toAbsolutePath().normalize();
        assertThat(Files.exists(importDir.getParent().resolve("escape.txt"))).isFalse();
        assertThat(Files.exists(Path.of("/tmp/escape.txt"))).isFalse();
        assertThat(UploadedName.isSafeRelativePath("../seed.txt")).isFalse();
        assertThat(admin.get("/admin/preview?file=../pom.xml").statusCode()).isEqualTo(404);
    }

    /** Without {@code server.forward-headers-strategy}, a client's own X-Forwarded-Proto changes nothing. */
    @Test
    void forwardedHeadersAreNotBelievedUnlessConfigured() throws Exception {
        java.net.http.HttpResponse<String> forged = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("X-Forwarded-Proto", "https").header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(forged.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(forged.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
                .isNotEmpty().noneMatch(c -> c.contains("Secure"));
    }

    @Test
    void aFileOverTheUploadLimitIsRefusedWithAMessageNamingIt() throws Exception {
        AdminClient admin = AdminClient.signedIn(port);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        HttpResponse<String> response = admin.upload("/admin/upload", "files", Map.of("big.txt", big),
                admin.token("/admin/upload"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("larger than the limit of 10 MB").contains("big.txt")
                .contains("Upload source files");
    }

    @Test
    void theAdministratorReachesEveryAdminPage() throws Exception {
        SeedArchive.load(importer);
        Files.createDirectories(properties.importDir());
        Files.copy(SeedArchive.SEEDS.resolve("000_10cd8ee5ffed7d6e.txt"), properties.importDir().resolve("000_10cd8ee5ffed7d6e.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        AdminClient admin = AdminClient.signedIn(port);
        long id = statements.findBySourcePath("000_10cd8ee5ffed7d6e.txt").orElseThrow().getId();
        for (String page : List.of("/admin", "/admin/imports", "/admin/upload", "/admin/officials", "/admin/audit",
                "/admin/statements/" + id, "/admin/statements/" + id + "/delete",
                "/admin/preview?file=000_10cd8ee5ffed7d6e.txt")) {
            assertThat(admin.get(page).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void onlyTheAdministratorSeesTheLinksToTheAdminOnPublicPages() throws Exception {
        SeedArchive.load(importer);
        long id = statements.findBySourcePath("000_10cd8ee5ffed7d6e.txt").orElseThrow().getId();
        AdminClient reader = AdminClient.anonymous(port);
        String statement = reader.get("/statements/" + id).headers().firstValue("Location").orElseThrow(); // its slug
        AdminClient admin = AdminClient.signedIn(port);
        for (String page : List.of("/", "/statements", statement, "/no-such-page")) {
            String read = reader.get(page).body();
            assertThat(read).as(page).contains("Admin sign-in").doesNotContain("href=\"/admin\"");
            String administered = admin.get(page).body();
            assertThat(administered).as(page).contains("href=\"/admin\"").doesNotContain("Admin sign-in");
        }
        assertThat(reader.get(statement).body()).doesNotContain("Correct this statement");
        assertThat(admin.get(statement).body()).contains("Correct this statement")
                .contains("href=\"/admin/statements/" + id + "\"");
    }
}
