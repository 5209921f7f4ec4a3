package org.communique.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether this node is one of several serving one archive.
 *
 * @param enabled {@code archive.cluster.enabled}: this node shares its database and its search index with
 *                other nodes behind a load balancer, so it refuses to start unless the database is PostgreSQL,
 *                the search backend Elasticsearch/OpenSearch and {@code archive.admin.password} is set (a
 *                password made up by each node would differ from node to node)
 */
@ConfigurationProperties(prefix = "archive.cluster")
public record ClusterProperties(boolean enabled) {
}
