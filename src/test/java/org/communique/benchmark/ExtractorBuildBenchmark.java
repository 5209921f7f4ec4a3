package org.communique.benchmark;

import org.communique.importer.extraction.OfficialRegistry;
import org.communique.importer.extraction.StatementExtractor;

/**
 * How long building an extractor takes, the first time in a JVM and then again (an import builds one for each
 * of its reader threads, the admin's preview one for each file): prints each of {@code -Dbenchmark.rounds=N}
 * builds (default 6) with the bundled registry, read once beforehand. Not a unit test: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.communique.benchmark.ExtractorBuildBenchmark}.
 */
public final class ExtractorBuildBenchmark {

    private ExtractorBuildBenchmark() {
    }

    public static void main(String[] args) {
        OfficialRegistry registry = OfficialRegistry.bundled();
        int rounds = Integer.getInteger("benchmark.rounds", 6);
        for (int round = 1; round <= rounds; round++) {
            long started = System.nanoTime();
            new StatementExtractor(registry);
            System.out.printf("extractor %d built in %.1f ms%n", round, (System.nanoTime() - started) / 1e6);
        }
    }
}
