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
}
