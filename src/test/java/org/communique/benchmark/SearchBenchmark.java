package org.communique.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.HdrHistogram.Histogram;
import org.communique.CommuniqueApplication;
import org.communique.importer.ImportRun;
import org.communique.importer.ImportRuns;
import org.communique.importer.Importer;
import org.communique.search.SearchIndex;
import org.communique.statement.FullTextSearch;
import org.communique.statement.StatementFilter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * How fast a search with facets answers with 100,000 statements indexed: the application on a fresh H2
 * file database and a Lucene index on disk, filled with {@link SyntheticArchive}, indexed with the mass
 * indexer (as the admin's "rebuild index" does); then a mix of searches (words, a phrase, OR, an
 * exclusion, with and without filters, ranked and by date, each with all five facets and marked passages)
 * is asked many times after a warm-up, by the search engine directly and through the JSON API over HTTP;
 * prints the median and the 99th percentile. Not a unit test: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.communique.benchmark.SearchBenchmark}
 * (optional {@code -Dbenchmark.statements=N}; {@code -Dbenchmark.sameBodies=true} for one text shared by all, where
 * every word query matches every statement: the worst case for counting and facets; {@code -Dbenchmark.pages=true}
 * to time {@link PageBenchmark}'s pages as well, on the same archive, where the page cache answers after the first;
 * {@code -Dbenchmark.fill=import} to build the archive with the importer from source files written by
 * {@link SyntheticArchive#writeFiles} instead of plain JDBC batches; {@code -Dbenchmark.reuse=true} to time an
 * archive a run before built and left in {@code target} (with {@code -Dbenchmark.add=N}, N statements added to it
 * first and the index rebuilt: to finish a fill that was stopped); {@code -Dbenchmark.uncached=true} to time the searches over HTTP and the pages again with a new address each time,
 * rendered every time: at 1,000,000 statements the busiest official's page alone takes about a minute a request).
 */
public final class SearchBenchmark {

    private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 200);
    private static final int TIMED = Integer.getInteger("benchmark.requests", 1000);
    /** Each query alone is timed fewer times than the mixes. */
    private static final int EACH = Integer.getInteger("benchmark.each", 300);
    private static final List<String[]> QUERIES = List.of(
            new String[] {"energy cooperation", null, null},
            new String[] {"\"border security\" Erbil", null, null},
            new String[] {"drought OR pipeline", null, null},
            new String[] {"vaccines -Geneva", null, null},
            new String[] {"water sharing", "US", "2022"},
            new String[] {"memorandum scholarships", "IQ", null},
            new String[] {"railway Basra", null, "2023"},
            new String[] {"progress", null, null},
            new String[] {"Haddad", null, null},
            new String[] {"\"Amira Keller\" electricity", null, null});

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int statements = Integer.getInteger("benchmark.statements", 100_000);
        boolean imported = System.getProperty("benchmark.fill", "jdbc").equals("import");
        Path data = Path.of("target/benchmark-search" + (imported ? "-imported-" + statements : ""));
        boolean reuse = Boolean.getBoolean("benchmark.reuse") && Files.exists(data);
        if (!reuse) {
            FileSystemUtils.deleteRecursively(data);
        }
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--archive.data-dir=" + data,
                "--archive.import-on-start=false", "--archive.warm-up=false", "--archive.admin.password=benchmark-only", "--logging.level.root=WARN"));
        arguments.addAll(List.of(args));
        ConfigurableApplicationContext app = SpringApplication.run(CommuniqueApplication.class, arguments.toArray(String[]::new));
        try {
            long started = System.nanoTime();
            if (reuse) {
                System.out.printf("Reusing the archive in %s: %,d statements%n", data, new JdbcTemplate(app.getBean(DataSource.class))
                        .queryForObject("select count(*) from statement", Long.class));
                int added = Integer.getInteger("benchmark.add", 0);
                if (added > 0) {
                    new SyntheticArchive(app.getBean(DataSource.class), true).extend(400, added);
                    System.out.printf("Added %,d statements in %.1f s%n", added, (System.nanoTime() - started) / 1e9);
                    started = System.nanoTime();
                    long indexed = app.getBean(SearchIndex.class).rebuild();
                    System.out.printf("Indexed %,d statements (mass indexer) in %.1f s%n", indexed, (System.nanoTime() - started) / 1e9);
                }
            } else if (imported) {
                importFiles(app, statements);
            } else {
                new SyntheticArchive(app.getBean(DataSource.class), !Boolean.getBoolean("benchmark.sameBodies"))
                        .fill(400, statements);
                System.out.printf("Filled the archive with %,d statements in %.1f s%n", statements, (System.nanoTime() - started) / 1e9);
                started = System.nanoTime();
                long indexed = app.getBean(SearchIndex.class).rebuild();
                System.out.printf("Indexed %,d statements (mass indexer) in %.1f s%n", indexed, (System.nanoTime() - started) / 1e9);
            }
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("Index %,d MB, database %,d MB on disk; heap used after a GC %,d MB of %,d MB%n",
                    size(data.resolve("index")) >> 20, size(data) - size(data.resolve("index")) >> 20,
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
            waitForTurn();

            FullTextSearch search = app.getBean(FullTextSearch.class);
            List<StatementFilter> filters = QUERIES.stream().map(q -> StatementFilter.of(q[0], null, q[2], q[2], null,
                    q[1] == null ? null : List.of(q[1]), null, null, null, null)).toList();
            List<StatementFilter> byDate = filters.stream().map(f -> StatementFilter.of(f.q(), null,
                    f.from() == null ? null : f.from().toString(), f.to() == null ? null : f.to().toString(), null,
                    f.parties(), null, null, "newest", 3)).toList();
            System.out.printf("%nSearch with facets (%,d statements)                    p50 ms    p99 ms    max ms   hits%n", statements);
            for (int i = 0; i < filters.size(); i++) {
                StatementFilter filter = filters.get(i);
                long hits = search.search(filter).total();
                report(describe(filter), measure(() -> search.search(filter), EACH / 3, EACH), hits);
            }
            report("all queries in turn, ranked", measure(cycle(search, filters)), -1);
            report("all queries in turn, newest first, page 4", measure(cycle(search, byDate)), -1);

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<HttpRequest> requests = QUERIES.stream().map(q -> HttpRequest.newBuilder(URI.create("http://localhost:"
                    + port + "/api/statements?q=" + URLEncoder.encode(q[0], StandardCharsets.UTF_8)
                    + (q[1] == null ? "" : "&party=" + q[1]) + (q[2] == null ? "" : "&from=" + q[2] + "&to=" + q[2])))
                    .header("Accept", "application/json").build()).toList();
            int[] next = {0};
            report("GET /api/statements?q=... (HTTP, JSON, all queries)", measure(() -> {
                HttpResponse<String> response = http.send(requests.get(next[0]++ % requests.size()),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("API answered " + response.statusCode());
                }
                return response;
            }), -1);
            if (Boolean.getBoolean("benchmark.pages")) {
                JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
                System.out.printf("%nPage (%,d statements, the same archive)                p50 ms    p99 ms    max ms%n", statements);
                for (Map.Entry<String, String> page : PageBenchmark.pages(jdbc).entrySet()) {
                    report(page.getKey(), PageBenchmark.measure(http, "http://localhost:" + port + page.getValue()), -1);
                }
            }
            if (Boolean.getBoolean("benchmark.uncached")) {
                // each request a new address (an unused parameter): the page cache keeps nothing that is asked again,
                // so these lines time the search and the rendering, not the cache
                JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
                List<String> api = requests.stream().map(r -> r.uri().getRawPath() + "?" + r.uri().getRawQuery()).toList();
                System.out.printf("%nUncached (a new address each time)                       p50 ms    p99 ms    max ms%n");
                report("GET /api/statements?q=... (HTTP, JSON, all queries)", uncached(http, port, api, "application/json"), -1);
                List<String> html = api.stream().map(a -> a.replace("/api/statements", "/statements")).toList();
                report("GET /statements?q=... (HTTP, search page, all queries)", uncached(http, port, html, "text/html"), -1);
                for (Map.Entry<String, String> page : PageBenchmark.pages(jdbc).entrySet()) {
                    try {
                        report(page.getKey(), uncached(http, port, List.of(page.getValue()), "text/html"), -1);
                    } catch (RuntimeException e) {
                        System.out.println(page.getKey() + ": " + e.getMessage());
                    }
                }
            }
            turnDone();
        } finally {
            app.close();
        }
    }

    /**
     * Writes the statements as source files ({@link SyntheticArchive#writeFiles}, kept in {@code target} for the next
     * run) and imports them with the importer, as an administrator's import would: read, extracted on every core,
     * stored in batches and indexed as they are stored.
     */
    private static void importFiles(ConfigurableApplicationContext app, int statements) throws Exception {
        Path files = Path.of("target/benchmark-search-files-" + statements);
        long started = System.nanoTime();
        new SyntheticArchive(app.getBean(DataSource.class), true).writeFiles(files, 400, statements);
        System.out.printf("%,d source files in %s, written in %.1f s%n", statements, files, (System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
        ImportRun run;
        try (ImportBenchmark.Memory memory = new ImportBenchmark.Memory()) {
            Thread progress = ImportBenchmark.progress(app.getBean(ImportRuns.class), started, memory);
            try {
                run = app.getBean(Importer.class).importFolder(files, ImportRun.Trigger.COMMAND, "benchmark");
            } finally {
                progress.interrupt();
            }
            System.out.printf("Imported them in %.1f s (%s; peak heap %,d MB, peak resident %,d MB): %s%n",
                    (System.nanoTime() - started) / 1e9, run.getStatus(), memory.peakHeap() >> 20,
                    memory.peakResident() >> 20, new JdbcTemplate(app.getBean(DataSource.class)).queryForList(
                            "select outcome, count(*) as files from import_file where run_id = ? group by outcome", run.getId()));
        }
    }

    /**
     * With {@code -Dbenchmark.turn=FILE}, the timing waits until FILE exists, and writes FILE.done when it ends: so
     * that the build can run at once and only the timing waits for a lock held by a shell ({@code flock}).
     */
    private static final String TURN = System.getProperty("benchmark.turn");

    static void turnDone() throws java.io.IOException {
        if (TURN != null) {
            Files.writeString(Path.of(TURN + ".done"), "");
        }
    }

    static void waitForTurn() throws InterruptedException {
        if (TURN == null) {
            return;
        }
        System.out.println("Waiting for " + TURN);
        while (!Files.exists(Path.of(TURN))) {
            Thread.sleep(1000);
        }
        System.out.println("Timing from " + java.time.Instant.now());
    }

    private static long size(Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long uncachedCount;

    private static Histogram uncached(HttpClient http, int port, List<String> addresses, String accept) throws Exception {
        int[] next = {0};
        return measure(() -> {
            String address = addresses.get(next[0]++ % addresses.size());
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + address
                    + (address.contains("?") ? "&" : "?") + "_=" + uncachedCount++)).header("Accept", accept).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(address + " answered " + response.statusCode());
            }
            return response;
        });
    }

    private static Timed cycle(FullTextSearch search, List<StatementFilter> filters) {
        int[] next = {0};
        return () -> search.search(filters.get(next[0]++ % filters.size()));
    }

    private static String describe(StatementFilter filter) {
        return "q=" + filter.q() + (filter.parties().isEmpty() ? "" : " party=" + filter.parties().get(0))
                + (filter.from() == null ? "" : " year=" + filter.from());
    }

    private static void report(String name, Histogram histogram, long hits) {
        System.out.printf("%-52s %8.1f  %8.1f  %8.1f  %s%n", name, histogram.getValueAtPercentile(50) / 1000.0,
                histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0, hits < 0 ? "" : hits);
    }

    private static Histogram measure(Timed work) throws Exception {
        return measure(work, WARM_UP, TIMED);
    }

    private static Histogram measure(Timed work, int warmUp, int timed) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            work.run();
        }
        Histogram histogram = new Histogram(60_000_000L, 3);
        for (int i = 0; i < timed; i++) {
            long start = System.nanoTime();
            work.run();
            histogram.recordValue((System.nanoTime() - start) / 1000);
        }
        return histogram;
    }

    /** One timed piece of work. */
    interface Timed {
        Object run() throws Exception;
    }
}
