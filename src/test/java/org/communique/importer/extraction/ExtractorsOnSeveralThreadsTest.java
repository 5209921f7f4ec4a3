package org.communique.importer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * Extractors on several threads at once, as an import's readers run them: they share the word lists
 * ({@link Lexicons}), loaded once, and each still reads every fixture exactly as one extractor alone does.
 */
class ExtractorsOnSeveralThreadsTest {

    private static final int THREADS = 4;

    @Test
    void extractorsSharingTheWordListsReadEveryFixtureAsOneExtractorAlone() throws Exception {
        List<SourceFile> sources = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        for (String fixture : ExtractionFixturesTest.fixtures().toList()) {
            Path folder = ExtractionFixturesTest.FIXTURES.resolve(fixture);
            sources.add(SourceFile.read(ExtractionFixturesTest.source(folder,
                    json.readTree(folder.resolve("expected.json").toFile()))));
        }
        StatementExtractor alone = StatementExtractor.withBundledRegistry();
        List<ExtractedStatement> expected = sources.stream().map(alone::extract).toList();

        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<ExtractedStatement>>> read = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int shift = t * sources.size() / THREADS; // each thread starts at another fixture
                read.add(threads.submit(() -> {
                    StatementExtractor extractor = StatementExtractor.withBundledRegistry();
                    ExtractedStatement[] statements = new ExtractedStatement[sources.size()];
                    start.await();
                    for (int k = 0; k < sources.size(); k++) {
                        int i = (k + shift) % sources.size();
                        statements[i] = extractor.extract(sources.get(i));
                    }
                    return List.of(statements);
                }));
            }
            start.countDown();
            for (Future<List<ExtractedStatement>> thread : read) {
                assertThat(thread.get()).containsExactlyElementsOf(expected);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(sources).hasSizeGreaterThan(100);
    }
}
