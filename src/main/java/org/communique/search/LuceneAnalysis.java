package org.communique.search;

import org.apache.lucene.analysis.ar.ArabicNormalizationFilterFactory;
import org.apache.lucene.analysis.ar.ArabicStemFilterFactory;
import org.apache.lucene.analysis.core.DecimalDigitFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the embedded Lucene index (named in {@link SearchFields}): English with stemming that
 * ignores accents ("Türkiye" = "Turkiye"), possessives with either apostrophe, and dots and apostrophes
 * inside words ("U.S." = "US"); the same without stemming for names; Arabic with its normalisation and
 * stemming. {@code ElasticsearchAnalysis} defines the same for the other backend.
 */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchFields.ENGLISH).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(PatternReplaceFilterFactory.class)
                    .param("pattern", SearchFields.INNER_PUNCTUATION).param("replacement", "").param("replace", "all")
                .tokenFilter(SnowballPorterFilterFactory.class).param("language", "English");
        context.analyzer(SearchFields.NAME).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(PatternReplaceFilterFactory.class)
                    .param("pattern", SearchFields.INNER_PUNCTUATION).param("replacement", "").param("replace", "all");
        context.analyzer(SearchFields.ARABIC).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(DecimalDigitFilterFactory.class)
                .tokenFilter(ArabicNormalizationFilterFactory.class)
                .tokenFilter(ArabicStemFilterFactory.class);
        context.normalizer(SearchFields.KEY).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
