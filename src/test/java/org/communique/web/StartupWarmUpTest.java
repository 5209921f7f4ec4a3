package org.communique.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.communique.ArchiveTest;
import org.communique.SeedArchive;
import org.communique.cluster.ArchiveVersion;
import org.communique.importer.Importer;
import org.communique.statement.Statements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages a node asks itself for once it is ready, so that its first readers do not wait for a cold start. */
@ArchiveTest
class StartupWarmUpTest {

    @LocalServerPort
    int port;

    @Autowired
    StartupWarmUp warmUp;

    @Autowired
    Importer importer;

    @Autowired
    Statements statements;

    @Autowired
    ArchiveVersion archive;

    @Test
    void asksForTheMostReadPagesTheNewestStatementAndSearchesOfItsTitle() {
        if (statements.count() == 0) {
            SeedArchive.load(importer);
        }

        List<String> answered = warmUp.warmUp("http://127.0.0.1:" + port);

        assertThat(answered).startsWith("/", "/timeline", "/officials", "/statements");
        assertThat(answered).filteredOn(path -> path.matches("/statements/\\d+-[a-z0-9-]+")).hasSize(1);
        assertThat(answered).filteredOn(path -> path.startsWith("/statements?q=")).isNotEmpty();
    }

    @Test
    void warmsUpAgainOnceAChangeHasStayedFromOneLookToTheNext() throws InterruptedException {
        if (statements.count() == 0) {
            SeedArchive.load(importer);
        }
        StartupWarmUp node = new StartupWarmUp(true, true, archive);
        node.warmUpAt("http://127.0.0.1:" + port);
        long before = archive.current();
        assertThat(warmedFor(node, before)).isEqualTo(before);

        archive.changed();
        long changed = archive.current();
        assertThat(changed).isGreaterThan(before);
        node.afterChanges(); // the first look at the new version: changes may still be coming
        Thread.sleep(300);
        assertThat(node.warmedFor()).isEqualTo(before);

        node.afterChanges(); // the same version at the next look: warmed up for it
        assertThat(warmedFor(node, changed)).isEqualTo(changed);
    }

    @Test
    void doesNotWarmUpAgainAfterChangesWhenToldNotTo() throws InterruptedException {
        StartupWarmUp node = new StartupWarmUp(true, false, archive);
        node.warmUpAt("http://127.0.0.1:" + port);
        long before = archive.current();
        warmedFor(node, before);
        archive.changed();
        node.afterChanges();
        node.afterChanges();
        Thread.sleep(300);
        assertThat(node.warmedFor()).isEqualTo(before);
    }

    /** The version the node has warmed up for once it has (within 30 s), or the one it had then. */
    private static long warmedFor(StartupWarmUp node, long version) throws InterruptedException {
        for (int i = 0; i < 300 && node.warmedFor() != version; i++) {
            Thread.sleep(100);
        }
        return node.warmedFor();
    }

    @Test
    void aNodeThatDoesNotAnswerIsPassedOverWithoutAnError() {
        assertThat(warmUp.warmUp("http://127.0.0.1:1")).isEmpty();
    }

    @Test
    void searchesTheFirstLongWordsOfTheTitleOnce() {
        assertThat(StartupWarmUp.searchWords("Joint Statement: the Joint Committee on Energy, Water and Energy Trade"))
                .containsExactly("joint", "statement", "committee", "energy");
        assertThat(StartupWarmUp.searchWords("")).isEmpty();
    }
}
