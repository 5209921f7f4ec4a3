/** Full-text search: the one place that knows the engine (Hibernate Search over Lucene, or Elasticsearch/OpenSearch). */
package org.communique.search;
