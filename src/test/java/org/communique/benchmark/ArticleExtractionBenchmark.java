package org.communique.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.communique.importer.extraction.SourceFile;
import org.communique.importer.extraction.StatementExtractor;
import org.jsoup.Jsoup;

import net.dankito.readability4j.Readability4J;

/**
 * The extraction benchmark: body quality (the shingle F1 of the public article-extraction benchmark) and
 * speed (files per second) of Communique's extractor, with Readability4J, the best JVM peer, run side by
 * side on the same pages. Not a unit test: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.communique.benchmark.ArticleExtractionBenchmark}.
 */
public final class ArticleExtractionBenchmark {

    private static final int WARM_UP_ROUNDS = 2;
    private static final int TIMED_ROUNDS = 3;

    private ArticleExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ArticlePages pages = ArticlePages.load();
        StatementExtractor extractor = StatementExtractor.withBundledRegistry();
        System.out.printf("Article-extraction benchmark: %d pages from %s%n%n", pages.articles().size(), pages.folder());

        report("Communique", pages, article -> extractor.extract(new SourceFile(article.id() + ".html", article.html())).body());
        report("Readability4J 1.0.8", pages, article -> {
            String html = new String(article.html(), StandardCharsets.UTF_8);
            String content = new Readability4J(article.url(), html).parse().getContent();
            return content == null ? "" : Jsoup.parse(content).text();
        });

        List<SourceFile> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seed-docs"))) {
            for (Path file : files.sorted().toList()) {
                seeds.add(SourceFile.read(file));
            }
        }
        double seedRate = filesPerSecond(seeds.size(), () -> seeds.forEach(extractor::extract));
        System.out.printf("%nCommunique on the %d seed documents: %.0f files/s%n", seeds.size(), seedRate);
    }

    private static void report(String name, ArticlePages pages, Function<ArticlePages.Article, String> extract) {
        List<ShingleScore.Page> scores = new ArrayList<>();
        for (ArticlePages.Article article : pages.articles()) {
            String body;
            try {
                body = extract.apply(article);
            } catch (RuntimeException e) {
                body = "";
            }
            scores.add(ShingleScore.page(article.gold(), body));
        }
        double rate = filesPerSecond(pages.articles().size(), () -> pages.articles().forEach(a -> {
            try {
                extract.apply(a);
            } catch (RuntimeException e) {
                // counted as empty above
            }
        }));
        System.out.printf("%-22s %s  %.1f files/s%n", name, ShingleScore.corpus(scores), rate);
    }

    private static double filesPerSecond(int files, Runnable round) {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            round.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < TIMED_ROUNDS; i++) {
            round.run();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return files * TIMED_ROUNDS / seconds;
    }
}
