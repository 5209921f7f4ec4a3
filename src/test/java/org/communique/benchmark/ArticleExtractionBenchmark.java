package org.communique.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.communique.importer.extraction.SourceFile;
import org.communique.importer.extraction.StatementExtractor;
import org.jsoup.Jsoup;

import net.dankito.readability4j.Readability4J;

/**
 * The extraction benchmark: body quality (the shingle F1 of the public article-extraction benchmark) and
 * speed (files per second of CPU time) of Communique's extractor, with Readability4J, the best JVM peer, run side by
 * side on the same pages. Not a unit test: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.communique.benchmark.ArticleExtractionBenchmark}.
 */
public final class ArticleExtractionBenchmark {

    /**
     * Untimed rounds of each extractor first, in turns: about fifteen pass before either one's rounds stop getting
     * faster (Communique's from 1.25 to 0.74 s, Readability4J's from 1.50 to 1.08 s in one run), since a method
     * called once a page is compiled by the JIT's optimising tier only after some thousands of pages. Until
     * 7 December 2026 this was 2, which timed both extractors half-compiled.
     */
    private static final int WARM_UP_ROUNDS = Integer.getInteger("benchmark.warmUpRounds", 20);
    /** Timed rounds of each extractor, taken in turns so that the load of a shared machine falls on both alike. */
    private static final int TIMED_ROUNDS = Integer.getInteger("benchmark.rounds", 5);

    private ArticleExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ArticlePages pages = ArticlePages.load();
        StatementExtractor extractor = StatementExtractor.withBundledRegistry();
        System.out.printf("Article-extraction benchmark: %d pages from %s%n%n", pages.articles().size(), pages.folder());

        Function<ArticlePages.Article, String> communique =
                article -> extractor.extract(new SourceFile(article.id() + ".html", article.html())).body();
        Function<ArticlePages.Article, String> readability = article -> {
            String html = new String(article.html(), StandardCharsets.UTF_8);
            String content = new Readability4J(article.url(), html).parse().getContent();
            return content == null ? "" : Jsoup.parse(content).text();
        };
        String communiqueScore = score(pages, communique);
        String readabilityScore = score(pages, readability);
        double[][] cpu = cpuSeconds(pages.articles(), List.of(communique, readability));
        double ours = median(cpu[0]);
        double theirs = median(cpu[1]);
        int n = pages.articles().size();
        System.out.printf("%-22s %s  %.1f files/s of CPU time (median of %d rounds: %.2f s a round)%n", "Communique",
                communiqueScore, n / ours, TIMED_ROUNDS, ours);
        System.out.printf("%-22s %s  %.1f files/s of CPU time (median of %d rounds: %.2f s a round)%n", "Readability4J 1.0.8",
                readabilityScore, n / theirs, TIMED_ROUNDS, theirs);
        System.out.printf("Communique's speed over Readability4J's, in CPU time: %.2fx (rounds: %s against %s)%n",
                theirs / ours, rounds(cpu[0]), rounds(cpu[1]));

        List<SourceFile> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seed-docs"))) {
            for (Path file : files.sorted().toList()) {
                seeds.add(SourceFile.read(file));
            }
        }
        Function<SourceFile, String> seedBody = seed -> extractor.extract(seed).body();
        double[][] seedCpu = cpuSeconds(seeds, List.of(seedBody));
        System.out.printf("%nCommunique on the %d seed documents: %.0f files/s of CPU time%n", seeds.size(),
                seeds.size() / median(seedCpu[0]));
    }

    private static String score(ArticlePages pages, Function<ArticlePages.Article, String> extract) {
        List<ShingleScore.Page> scores = new ArrayList<>();
        for (ArticlePages.Article article : pages.articles()) {
            scores.add(ShingleScore.page(article.gold(), bodyOrEmpty(extract, article)));
        }
        return ShingleScore.corpus(scores).toString();
    }

    private static <T> String bodyOrEmpty(Function<T, String> extract, T input) {
        try {
            return extract.apply(input);
        } catch (RuntimeException e) {
            return ""; // a failure counts as an empty body
        }
    }

    /**
     * The CPU time of this thread (not the wall clock, which other processes on a shared machine stretch)
     * that each extractor spends on one round over all inputs: after warm-up rounds, timed rounds in turns.
     */
    private static <T> double[][] cpuSeconds(List<T> inputs, List<Function<T, String>> extractors) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] seconds = new double[extractors.size()][TIMED_ROUNDS];
        for (int round = -WARM_UP_ROUNDS; round < TIMED_ROUNDS; round++) {
            for (int e = 0; e < extractors.size(); e++) {
                long start = threads.getCurrentThreadCpuTime();
                for (T input : inputs) {
                    bodyOrEmpty(extractors.get(e), input);
                }
                if (round >= 0) {
                    seconds[e][round] = (threads.getCurrentThreadCpuTime() - start) / 1e9;
                }
            }
        }
        return seconds;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String rounds(double[] seconds) {
        StringBuilder out = new StringBuilder();
        for (double s : seconds) {
            out.append(out.isEmpty() ? "" : " ").append(String.format("%.2f", s));
        }
        return out.append(" s").toString();
    }
}
