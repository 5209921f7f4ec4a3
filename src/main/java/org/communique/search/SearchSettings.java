package org.communique.search;

import java.util.Map;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Hands Hibernate Search the statements' mapping and the analyzers of the configured backend (Lucene by
 * default, Elasticsearch/OpenSearch when {@code hibernate.search.backend.type=elasticsearch}), as objects
 * rather than class names, so that they load under any class loader (the fat jar, exec:java, tests).
 */
@Component
class SearchSettings implements HibernatePropertiesCustomizer {

    static final String PREFIX = "hibernate.search.";

    @Override
    public void customize(Map<String, Object> properties) {
        properties.putIfAbsent(PREFIX + "mapping.configurer", new StatementMapping());
        boolean elasticsearch = "elasticsearch".equals(String.valueOf(properties.get(PREFIX + "backend.type")));
        properties.putIfAbsent(PREFIX + "backend.analysis.configurer",
                elasticsearch ? new ElasticsearchAnalysis() : new LuceneAnalysis());
    }
}
