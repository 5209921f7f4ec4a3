package org.communique.search;

import org.communique.ArchiveTest;
import org.communique.Prerequisites;
import org.communique.TestProfiles;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every search test of {@link StatementSearchTest}, on the Elasticsearch backend against a real OpenSearch
 * node: the same mapping and the same analyzers' names, switched by configuration only. Needs a node
 * ({@code .ci/opensearch/start}; {@code -Dcommunique.test.opensearch=host:port} names another) and skips
 * without one. The archive gets a database of its own, and the index is created at start and dropped at the end.
 */
@ArchiveTest
@DirtiesContext
class OpenSearchStatementSearchTest extends StatementSearchTest {

    private static final String HIBERNATE_SEARCH = "spring.jpa.properties.hibernate.search.";

    @BeforeAll
    static void node() {
        Prerequisites.openSearch();
    }

    @DynamicPropertySource
    static void onOpenSearch(DynamicPropertyRegistry properties) {
        properties.add(HIBERNATE_SEARCH + "backend.type", () -> "elasticsearch");
        properties.add(HIBERNATE_SEARCH + "backend.hosts", Prerequisites::openSearchNode);
        properties.add(HIBERNATE_SEARCH + "backend.protocol", () -> "http");
        properties.add(HIBERNATE_SEARCH + "schema_management.strategy", () -> "drop-and-create-and-drop");
        if (TestProfiles.onPostgres()) {
            properties.add("spring.datasource.url",
                    () -> "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("communique.test.pg-database", "test") + "?currentSchema=communique_opensearch");
            properties.add("spring.flyway.schemas", () -> "communique_opensearch");
        } else {
            properties.add("spring.datasource.url", () -> "jdbc:h2:mem:communique-opensearch;DB_CLOSE_DELAY=-1");
        }
    }

    /**
     * On Elasticsearch and OpenSearch the time limit is the engine's best effort (checked between segments): a
     * small index answers whole, facets and all. Either way the search answers, never an error, and a page cut
     * short has no facets.
     */
    @Override
    @org.junit.jupiter.api.Test
    void aQueryCutShortByItsTimeLimitAnswersWithoutFacets() {
        org.communique.statement.StatementFilter filter = org.communique.statement.StatementFilter.of("Iraq", null, null,
                null, null, java.util.List.of(), null, null, null, null);
        org.communique.statement.FullTextSearch.SearchPage unhurried = tx.execute(s -> search.search(filter));
        StatementSearch hurried = new StatementSearch(entityManager, officials, java.time.Duration.ofNanos(1));
        org.communique.statement.FullTextSearch.SearchPage answered = tx.execute(s -> hurried.search(filter));
        org.assertj.core.api.Assertions.assertThat(answered.facets().isEmpty() || answered.total() == unhurried.total())
                .as("whole, or cut short without facets").isTrue();
        org.assertj.core.api.Assertions.assertThat(unhurried.ids()).containsAll(answered.ids());
    }
}
