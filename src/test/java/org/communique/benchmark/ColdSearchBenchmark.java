package org.communique.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.HdrHistogram.Histogram;
import org.communique.CommuniqueApplication;
import org.communique.search.SearchIndex;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * What a search page costs when it is not in the page cache: the application on a fresh H2 archive of
 * 10,000 synthetic statements (as {@link LoadBenchmark} fills it), then one client asks for search pages whose
 * words (two of {@link LoadBenchmark}'s thirty) it has not asked for before, each once: the page cache never
 * answers, the engine's and the database's own caches are warm after the warm-up. Prints the median and the
 * 99th percentile, and the processor time the server's request threads spent per timed search (not the JIT's or
 * the garbage collector's), which the other processes of a shared machine stretch far less than the wall clock. One client, so that a profiler
 * (JFR) sees one search at a time. Not a unit test: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.communique.benchmark.ColdSearchBenchmark}
 * ({@code -Dbenchmark.statements=N}; {@code -Dbenchmark.jfr=file.jfr} records the timed searches with JFR's
 * profile settings).
 */
public final class ColdSearchBenchmark {

    private ColdSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int statements = Integer.getInteger("benchmark.statements", 10_000);
        Path data = Path.of("target/benchmark-cold-search").toAbsolutePath();
        FileSystemUtils.deleteRecursively(data);
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--archive.data-dir=" + data, "--archive.import-on-start=false", "--archive.warm-up=false",
                "--archive.admin.password=benchmark-only", "--logging.level.root=WARN"));
        arguments.addAll(List.of(args));
        ConfigurableApplicationContext app = SpringApplication.run(CommuniqueApplication.class, arguments.toArray(String[]::new));
        try {
            new SyntheticArchive(app.getBean(DataSource.class), true).fill(400, statements);
            app.getBean(SearchIndex.class).rebuild();
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            List<String> paths = new ArrayList<>();
            String[] words = LoadBenchmark.searchWords();
            for (String first : words) {
                for (String second : words) {
                    if (!first.equals(second)) {
                        paths.add("/statements?q=" + URLEncoder.encode(first + " " + second, StandardCharsets.UTF_8));
                    }
                }
            }
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            int warmUp = paths.size() / 3;
            Histogram histogram = new Histogram(60_000_000L, 3);
            long bytes = 0;
            jdk.jfr.Recording recording = null;
            long cpuAtWarmUp = 0;
            for (int i = 0; i < paths.size(); i++) {
                if (i == warmUp) {
                    cpuAtWarmUp = requestThreadsCpu();
                }
                if (i == warmUp && System.getProperty("benchmark.jfr") != null) {
                    recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                    recording.setDestination(Path.of(System.getProperty("benchmark.jfr")));
                    recording.start();
                }
                long start = System.nanoTime();
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + paths.get(i))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(paths.get(i) + " answered " + response.statusCode());
                }
                if (i >= warmUp) {
                    histogram.recordValue((System.nanoTime() - start) / 1000);
                    bytes += response.body().length;
                }
            }
            double cpuPerSearch = (requestThreadsCpu() - cpuAtWarmUp) / 1e6 / Math.max(1, histogram.getTotalCount());
            if (recording != null) {
                recording.stop();
                recording.close();
            }
            System.out.printf("%nCold searches (%,d statements), %d after %d for warm-up: p50 %.1f ms, p99 %.1f ms,"
                            + " max %.1f ms, %.1f ms of processor time a search, %,d bytes a page on average%n", statements,
                    histogram.getTotalCount(), warmUp, histogram.getValueAtPercentile(50) / 1000.0,
                    histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0, cpuPerSearch,
                    bytes / Math.max(1, histogram.getTotalCount()));
        } finally {
            app.close();
        }
    }

    /** Processor time, in nanoseconds, of the threads that answer requests (Tomcat's, named {@code http-nio-...}). */
    private static long requestThreadsCpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (java.lang.management.ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith("http-nio")) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return total;
    }
}
