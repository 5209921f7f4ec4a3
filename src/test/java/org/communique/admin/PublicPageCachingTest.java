package org.communique.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.communique.ArchiveHttp;
import org.communique.ArchiveTest;
import org.communique.SeedArchive;
import org.communique.importer.Importer;
import org.communique.statement.Statement;
import org.communique.statement.Statements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public pages carry the archive's version as validators and may be kept by browsers and shared caches; a
 * reader is never given a session; any change to the archive, by this instance or another on the same
 * database, changes the validator and the page; the administrator is never served from a cache.
 */
@ArchiveTest
class PublicPageCachingTest {

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    Statements statements;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    ArchiveHttp http;
    Statement statement;

    @BeforeEach
    void seeds() {
        if (statements.count() == 0) {
            SeedArchive.load(importer);
        }
        http = new ArchiveHttp(port);
        statement = statements.findAll().stream().filter(s -> !s.isTitleDerived()).findFirst().orElseThrow();
    }

    private String page() {
        return "/statements/" + statement.getId() + "-" + statement.getSlug();
    }

    @Test
    void aReaderGetsValidatorsAPublicCacheControlAndNoSession() throws Exception {
        HttpResponse<String> response = http.get(page(), "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(etag -> assertThat(etag).matches("W/\"\\d+\""));
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(response.headers().firstValue("Set-Cookie")).as("no session for a reader").isEmpty();
        assertThat(response.headers().firstValue("Content-Security-Policy")).as("security headers kept").isPresent();
        assertThat(response.body()).contains(escaped(statement.getTitle()));
    }

    @Test
    void anUnchangedPageIsRevalidatedWithA304() throws Exception {
        String etag = http.get(page(), "text/html").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = http.send(HttpRequest.newBuilder(http.uri(page())).header("If-None-Match", etag));

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void aChangeToTheArchiveChangesTheValidatorAndThePageAtOnce() throws Exception {
        HttpResponse<String> before = http.get(page(), "text/html");
        String etag = before.headers().firstValue("ETag").orElseThrow();
        String title = statement.getTitle();
        String changed = "Cached pages follow changes " + System.nanoTime();
        retitle(changed);
        try {
            HttpResponse<String> after = http.send(HttpRequest.newBuilder(http.uri("/statements/" + statement.getId()
                    + "-" + org.communique.web.Slug.of(changed))).header("If-None-Match", etag));
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
            assertThat(after.body()).contains(changed);
            assertThat(http.get("/statements", "text/html").body()).contains(changed);
        } finally {
            retitle(title);
        }
    }

    @Test
    void aChangeShowsAtOnceInSearchResultsFeedsAndTheApiThoughTheirRowsAreKept() throws Exception {
        String search = "/statements?q=" + java.net.URLEncoder.encode(statement.getTitle().split(" ")[0],
                java.nio.charset.StandardCharsets.UTF_8) + "&sort=newest";
        assertThat(http.get(search, "text/html").body()).contains(escaped(statement.getTitle())); // its row is kept
        assertThat(http.get("/feeds/statements.atom", "application/atom+xml").body()).contains(escaped(statement.getTitle()));
        String title = statement.getTitle();
        String changed = title + " (kept rows follow changes " + System.nanoTime() + ")";
        retitle(changed);
        try {
            assertThat(http.get(search, "text/html").body()).contains(escaped(changed));
            assertThat(http.get("/feeds/statements.atom", "application/atom+xml").body()).contains(escaped(changed));
            assertThat(http.get("/api/statements?q=" + search.substring(search.indexOf("q=") + 2), "application/json")
                    .body()).contains(changed);
        } finally {
            retitle(title);
        }
        assertThat(http.get(search, "text/html").body()).contains(escaped(title)).doesNotContain("kept rows follow");
    }

    @Test
    void aChangeMadeByAnotherInstanceIsSeenWithinASecondOrTwo() throws Exception {
        String etag = http.get(page(), "text/html").headers().firstValue("ETag").orElseThrow();

        jdbc.update("UPDATE archive_version SET version = version + 1 WHERE id = 1"); // as another instance does

        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        String now = etag;
        while (now.equals(etag) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            now = http.get(page(), "text/html").headers().firstValue("ETag").orElseThrow();
        }
        assertThat(now).isNotEqualTo(etag);
    }

    @Test
    void aPageCarriesLastModifiedWhichMovesWithTheArchive() throws Exception {
        String lastModified = http.get(page(), "text/html").headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> unchanged = http.send(HttpRequest.newBuilder(http.uri(page()))
                .header("If-Modified-Since", lastModified));
        assertThat(unchanged.statusCode()).as("revalidated by date alone").isEqualTo(304);

        jdbc.update("UPDATE archive_version SET version = version + 1 WHERE id = 1"); // as another instance does
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        HttpResponse<String> changed = unchanged;
        while (changed.statusCode() == 304 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            changed = http.send(HttpRequest.newBuilder(http.uri(page())).header("If-Modified-Since", lastModified));
        }
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(date(changed.headers().firstValue("Last-Modified").orElseThrow())).isAfter(date(lastModified));
    }

    private static Instant date(String httpDate) {
        return java.time.ZonedDateTime.parse(httpDate, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    @Test
    void theAdministratorIsNeverServedFromACache() throws Exception {
        AdminClient admin = AdminClient.signedIn(port);

        HttpResponse<String> response = admin.get(page());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).isEmpty();
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    private void retitle(String title) {
        tx.executeWithoutResult(s -> statements.findById(statement.getId()).orElseThrow().setTitle(title));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
