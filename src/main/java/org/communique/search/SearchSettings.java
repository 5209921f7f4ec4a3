package org.communique.search;

import java.util.List;
import java.util.Map;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Hands Hibernate Search the statements' mapping and the analyzers of the configured backend (Lucene by
 * default, Elasticsearch/OpenSearch when {@code hibernate.search.backend.type=elasticsearch}), as objects
 * rather than class names, so that they load under any class loader (the fat jar, exec:java, tests). On
 * Elasticsearch it drops the embedded index's settings that application.properties gives by default, so that
 * switching backends takes one property and starts without warnings about unused ones. On a node of several
 * ({@code archive.cluster.enabled=true}) it chooses the outbox-polling coordination.
 */
@Component
class SearchSettings implements HibernatePropertiesCustomizer {

    static final String PREFIX = "hibernate.search.";
    static final String OUTBOX_POLLING = "outbox-polling";
    private static final List<String> LUCENE_ONLY = List.of("backend.directory.root", "backend.directory.type",
            "backend.lucene_version");

    private final String index;
    private final boolean cluster;

    /** {@code archive.search.index}: the index's name, so that several archives can share one cluster. */
    SearchSettings(Environment environment) {
        this.index = environment.getProperty("archive.search.index", "statement");
        this.cluster = outboxPolling(environment);
    }

    /** Whether index changes go through the database's outbox (several nodes) rather than straight to the index. */
    static boolean outboxPolling(Environment environment) {
        return environment.getProperty("archive.cluster.enabled", Boolean.class, false);
    }

    @Override
    public void customize(Map<String, Object> properties) {
        properties.putIfAbsent(PREFIX + "mapping.configurer", new StatementMapping(index));
        boolean elasticsearch = "elasticsearch".equals(String.valueOf(properties.get(PREFIX + "backend.type")));
        properties.putIfAbsent(PREFIX + "backend.analysis.configurer",
                elasticsearch ? new ElasticsearchAnalysis() : new LuceneAnalysis());
        if (elasticsearch) {
            LUCENE_ONLY.forEach(key -> properties.remove(PREFIX + key));
        }
        if (cluster) {
            // several nodes starting together would each create the index: SharedIndexSchema does it, one at a time
            properties.put(PREFIX + "schema_management.strategy", "none");
            // index changes go into the database (hsearch_outbox_event, V60) in the transaction that makes them,
            // and the nodes' agents (hsearch_agent) apply them: no change is lost when a node dies after its commit
            properties.put(PREFIX + "coordination.strategy", OUTBOX_POLLING);
        }
    }
}
