package org.communique.cluster;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a node of several ({@code archive.cluster.enabled=true}) on what only one node can use: an
 * embedded H2 database, the embedded Lucene index, or no {@code archive.admin.password}.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ClusterCheck implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ClusterCheck.class);

    private final ClusterProperties cluster;
    private final Environment environment;

    ClusterCheck(ClusterProperties cluster, Environment environment) {
        this.cluster = cluster;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        if (!cluster.enabled()) {
            return;
        }
        List<String> problems = problems(environment.getProperty("archive.admin.password"),
                environment.getProperty("spring.datasource.url", ""),
                environment.getProperty("spring.jpa.properties.hibernate.search.backend.type", "lucene"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("archive.cluster.enabled=true, but " + String.join("; ", problems)
                    + ". See the README, \"Several nodes\".");
        }
        log.info("One node of several: sessions, sign-in throttling, staged uploads, runs and caches are shared"
                + " through the database");
    }

    static List<String> problems(String password, String databaseUrl, String searchBackend) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isBlank()) {
            problems.add("archive.admin.password is not set (every node must check the same password)");
        }
        if (!databaseUrl.startsWith("jdbc:postgresql:")) {
            problems.add("the database is not PostgreSQL (spring.datasource.url=" + databaseUrl.replaceAll("password=[^;&]*", "password=...") + ")");
        }
        if (!"elasticsearch".equals(searchBackend)) {
            problems.add("the search index is the embedded Lucene one, which belongs to one node"
                    + " (set spring.jpa.properties.hibernate.search.backend.type=elasticsearch and its hosts)");
        }
        return problems;
    }
}
