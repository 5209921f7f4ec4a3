package org.communique.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.communique.ArchiveTest;
import org.communique.SeedArchive;
import org.communique.importer.Importer;
import org.communique.official.Official;
import org.communique.official.Officials;
import org.communique.statement.Statements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What nobody can type (a NUL, other control characters, U+FFFE) is refused in every form and parameter with
 * our 400 naming the field, before anything is stored: an official's name, a title, a party filter.
 */
@ArchiveTest
class ControlCharactersTest {

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    Officials officials;

    @Autowired
    Statements statements;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void seeds() {
        SeedArchive.load(importer);
    }

    @Test
    void formsRefuseControlCharactersNamingTheFieldAndStoreNothing() throws Exception {
        AdminClient admin = AdminClient.signedIn(port);
        Official official = officials.findAll().stream().filter(o -> !o.isMerged()).findFirst().orElseThrow();
        String page = "/admin/officials/" + official.getId();
        for (String[] form : new String[][] {{"/rename", "name", "Evil\u0001Name"}, {"/aliases", "alias", "Bad\u0000Spelling"},
                {"/aliases", "alias", "Odd\uFFFESpelling"}}) {
            HttpResponse<String> refused = admin.post(page + form[0], AdminClient.form("_csrf", admin.token(page), form[1], form[2]));
            assertThat(refused.statusCode()).as(form[2]).isEqualTo(400);
            assertThat(refused.body()).as(form[2]).contains(form[1] + " holds a control character").doesNotContain("Exception");
        }
        Official after = officials.findById(official.getId()).orElseThrow();
        assertThat(after.getName()).isEqualTo(official.getName());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM official_alias WHERE alias LIKE '%Spelling%'", Long.class)).isZero();

        long id = statements.findAll().get(0).getId();
        String correct = "/admin/statements/" + id;
        String title = statements.findById(id).orElseThrow().getTitle();
        HttpResponse<String> refused = admin.post(correct, AdminClient.form("_csrf", admin.token(correct), "title", "\u0000bad"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("title holds a control character");
        assertThat(statements.findById(id).orElseThrow().getTitle()).isEqualTo(title);
    }

    @Test
    void publicPagesAndTheApiRefuseThemToo() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/statements?party=%00")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(400);
        assertThat(list.body()).contains("party holds a control character");
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/statements?publisher=a%08b")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"parameter\":\"publisher\"");
    }
}
