package org.communique.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link LuceneAnalysis}, for an Elasticsearch or OpenSearch backend: the same names, the
 * same chains, from the built-in components of those servers. Chosen by configuration only (README,
 * "Elasticsearch or OpenSearch"); {@code OpenSearchStatementSearchTest} runs the search tests on a real node.
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    private static final String INNER_PUNCTUATION = "communique_inner_punctuation";
    private static final String POSSESSIVE = "communique_english_possessive";
    private static final String ENGLISH_STEMMER = "communique_english_snowball";
    private static final String ARABIC_STEMMER = "communique_arabic_stemmer";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(INNER_PUNCTUATION).type("pattern_replace")
                .param("pattern", SearchFields.INNER_PUNCTUATION).param("replacement", "").param("all", true);
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.tokenFilter(ENGLISH_STEMMER).type("snowball").param("language", "English");
        context.tokenFilter(ARABIC_STEMMER).type("stemmer").param("language", "arabic");
        context.analyzer(SearchFields.ENGLISH).custom().tokenizer("standard")
                .tokenFilters(POSSESSIVE, "lowercase", "asciifolding", INNER_PUNCTUATION, ENGLISH_STEMMER);
        context.analyzer(SearchFields.NAME).custom().tokenizer("standard")
                .tokenFilters(POSSESSIVE, "lowercase", "asciifolding", INNER_PUNCTUATION);
        context.analyzer(SearchFields.ARABIC).custom().tokenizer("standard")
                .tokenFilters("lowercase", "decimal_digit", "arabic_normalization", ARABIC_STEMMER);
        context.normalizer(SearchFields.KEY).custom().tokenFilters("lowercase", "asciifolding");
    }
}
