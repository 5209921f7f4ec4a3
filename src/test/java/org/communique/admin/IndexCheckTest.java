package org.communique.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.communique.ArchiveTest;
import org.communique.SeedArchive;
import org.communique.importer.Importer;
import org.communique.search.SearchIndex;
import org.communique.statement.Statement;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

/**
 * The admin's "Check the search index": what differs between the index and the database is found by ids and
 * versions and repaired, a full rebuild on request, refused while an import holds the lock, the outcome in words
 * on the front page and in the audit log; a bad value or a missing CSRF token is refused.
 */
@ArchiveTest
class IndexCheckTest {

    @Autowired
    Importer importer;

    @Autowired
    SearchIndex index;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EntityManager entityManager;

    @LocalServerPort
    int port;

    @BeforeEach
    void consistentSeeds() throws Exception {
        SeedArchive.load(importer);
        index.check(); // what other tests wrote by SQL is indexed or purged
    }

    @Test
    void aCheckFindsAMissingAndAStaleStatementByIdAndVersionAndRepairsThem() throws Exception {
        List<Long> ids = jdbc.queryForList("SELECT id FROM statement ORDER BY id", Long.class);
        long missing = ids.get(0);
        long stale = ids.get(1);
        tx.executeWithoutResult(status -> Search.session(entityManager).indexingPlan().purge(Statement.class, missing, null));
        jdbc.update("UPDATE statement SET version = version + 1 WHERE id = ?", stale); // counts alone would not tell
        assertThat(index.counts().indexed()).isEqualTo(ids.size() - 1);

        AdminClient admin = AdminClient.signedIn(port);
        HttpResponse<String> checked = admin.post("/admin/index/check", AdminClient.form("_csrf", admin.token("/admin")));
        assertThat(checked.statusCode()).isEqualTo(302);
        assertThat(checked.headers().firstValue("Location").orElseThrow()).endsWith("/admin");

        String page = admin.get("/admin").body();
        assertThat(page).contains("The search index was checked against the database: " + ids.size() + " statements stored, "
                + (ids.size() - 1) + " in the index. Repaired: 1 missing, 1 out of date and 0 no longer in the archive.");
        assertThat(index.check().repaired()).as("nothing left to repair").isZero();
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_event WHERE action = 'INDEX_CHECK' ORDER BY id DESC"
                + " FETCH FIRST 1 ROWS ONLY", String.class)).contains("Repaired: 1 missing, 1 out of date");
        assertThat(admin.get("/admin/audit").body()).contains("Checked the search index");

        HttpResponse<String> again = admin.post("/admin/index/check", AdminClient.form("_csrf", admin.token("/admin")));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin").body()).contains("nothing needed repair");
    }

    @Test
    void aRebuildOnRequestIndexesEveryStatementAgain() throws Exception {
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM statement", Long.class);
        AdminClient admin = AdminClient.signedIn(port);
        HttpResponse<String> rebuilt = admin.post("/admin/index/check",
                AdminClient.form("_csrf", admin.token("/admin"), "rebuild", "yes"));
        assertThat(rebuilt.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin").body())
                .contains("The search index was emptied and rebuilt from the database: " + stored + " statements indexed.");
        assertThat(index.counts().indexed()).isEqualTo(stored);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'INDEX_REBUILD'", Long.class))
                .isPositive();
    }

    @Test
    void refusedWhileTheImportLockIsHeld() throws Exception {
        AdminClient admin = AdminClient.signedIn(port);
        String token = admin.token("/admin");
        HttpResponse<String> refused = importer.runUnderImportLock(
                () -> post(admin, AdminClient.form("_csrf", token, "rebuild", "yes")));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin").body()).contains("The search index was not rebuilt: an import is running");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'INDEX_CHECK_REFUSED'", Long.class))
                .isPositive();
        assertThat(post(admin, AdminClient.form("_csrf", admin.token("/admin"))).statusCode())
                .as("the lock released").isEqualTo(302);
        assertThat(admin.get("/admin").body()).contains("The search index was checked against the database");
    }

    @Test
    void aBadValueIsA400AndAFormWithoutItsTokenIsRefused() throws Exception {
        AdminClient admin = AdminClient.signedIn(port);
        HttpResponse<String> bad = admin.post("/admin/index/check",
                AdminClient.form("_csrf", admin.token("/admin"), "rebuild", "<script>"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("rebuild is either").doesNotContain("<script>");
        assertThat(admin.post("/admin/index/check", AdminClient.form()).statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = AdminClient.anonymous(port).post("/admin/index/check", AdminClient.form());
        assertThat(anonymous.statusCode()).isIn(302, 403);
    }

    private static HttpResponse<String> post(AdminClient admin, java.util.Map<String, String> form) {
        try {
            return admin.post("/admin/index/check", form);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
