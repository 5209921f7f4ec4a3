package org.communique.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.communique.ArchiveTest;
import org.communique.SeedArchive;
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
