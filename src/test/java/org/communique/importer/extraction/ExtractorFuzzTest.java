package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The extractor on any bytes at all, as text or as HTML: it never throws, and what it returns keeps the
 * promises the importer relies on. {@code ./mvnw test} replays the inputs under
 * {@code ExtractorFuzzTestInputs/}; {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=ExtractorFuzzTest} fuzzes.
 */
class ExtractorFuzzTest {

    private static final StatementExtractor EXTRACTOR = StatementExtractor.withBundledRegistry();

    @FuzzTest(maxDuration = "60s")
    void extractorKeepsItsPromisesOnAnyInput(FuzzedDataProvider data) {
        String name = data.consumeBoolean() ? "page.html" : "page.txt";
        ExtractedStatement statement = EXTRACTOR.extract(new SourceFile(name, data.consumeRemainingAsBytes()));

        assertThat(statement.title()).isNotNull();
        assertThat(statement.type()).isNotNull();
        assertThat(statement.dateBasis()).isNotNull();
        assertThat(statement.paragraphs()).noneMatch(String::isBlank);
        if (statement.date() == null) {
            assertThat(statement.dateEnd()).isNull();
        } else if (statement.dateEnd() != null) {
            assertThat(statement.dateEnd()).isAfterOrEqualTo(statement.date().lowerBound());
        }
        if (statement.paragraphs().isEmpty()) {
            assertThat(statement.warnings()).isNotEmpty();
        }
        statement.officials().forEach(official -> assertThat(official.name()).isNotBlank());
    }
}
