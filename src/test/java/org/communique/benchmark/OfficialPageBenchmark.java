package org.communique.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.HdrHistogram.Histogram;
import org.communique.CommuniqueApplication;
import org.communique.official.OfficialRecord;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * How fast an official's page is rendered, uncached, for the busiest official of a large archive (1,000,000
 * statements by default, filled with {@link SyntheticArchive}; not indexed: the page does not search): each
 * part of {@link OfficialRecord} timed alone, then the page over HTTP with a new address each time. With
 * {@code -Dbenchmark.keep=true} an archive left in {@code target/benchmark-officials} by an earlier run is used
 * again (the fill takes minutes). Not a unit test: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.communique.benchmark.OfficialPageBenchmark}
 * ({@code -Dbenchmark.statements=N}, {@code -Dbenchmark.requests=N}, {@code -Dbenchmark.before=N} to time the query
 * that gave the offices before N times; {@code -Dbenchmark.turn=FILE} as in
 * {@link SearchBenchmark}).
 */
public final class OfficialPageBenchmark {

    private static final int TIMED = Integer.getInteger("benchmark.requests", 50);

    private OfficialPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int statements = Integer.getInteger("benchmark.statements", 1_000_000);
        Path data = Path.of(System.getProperty("benchmark.data", "target/benchmark-officials"));
        boolean reuse = Boolean.getBoolean("benchmark.keep") && Files.exists(data.resolve("filled"));
        if (!reuse) {
            FileSystemUtils.deleteRecursively(data);
        }
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--archive.data-dir=" + data,
                "--archive.import-on-start=false", "--archive.warm-up=false", "--archive.admin.password=benchmark-only", "--logging.level.root=WARN"));
        arguments.addAll(List.of(args));
        ConfigurableApplicationContext app = SpringApplication.run(CommuniqueApplication.class, arguments.toArray(String[]::new));
        try {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            if (!reuse) {
                long started = System.nanoTime();
                new SyntheticArchive(app.getBean(DataSource.class), true).fill(400, statements);
                System.out.printf("Filled the archive with %,d statements in %.1f s%n", statements, (System.nanoTime() - started) / 1e9);
                Files.writeString(data.resolve("filled"), Integer.toString(statements));
            }
            if (Boolean.getBoolean("benchmark.fillOnly")) {
                return;
            }
            Map<String, Object> busiest = jdbc.queryForMap("select o.id, o.slug, count(*) c from official o join appearance a"
                    + " on a.official_id = o.id group by o.id, o.slug order by count(*) desc limit 1");
            long id = ((Number) busiest.get("id")).longValue();
            SearchBenchmark.waitForTurn();
            System.out.printf("%nThe busiest official, %s, %s appearances (%,d statements)   p50 ms    p99 ms    max ms%n",
                    busiest.get("slug"), busiest.get("c"), statements);
            for (int i = 0; i < Integer.getInteger("benchmark.before", 0); i++) {
                // the query rolesOf made before: every appearance joined to its statement, grouped by office and date
                long start = System.nanoTime();
                int rows = jdbc.queryForList("select lower(a.role), min(a.role), s.date_start, s.date_precision, count(a.id)"
                        + " from appearance a join statement s on s.id = a.statement_id where a.official_id = ?"
                        + " group by lower(a.role), s.date_start, s.date_precision", id).size();
                System.out.printf("rolesOf as before (grouped over the statements), %,d rows: %.1f ms%n", rows,
                        (System.nanoTime() - start) / 1e6);
            }
            OfficialRecord record = app.getBean(OfficialRecord.class);
            System.out.println("roles: " + record.rolesOf(id));
            report("rolesOf", measure(() -> record.rolesOf(id)));
            report("statementsNaming, page 1", measure(() -> record.statementsNaming(id, 0, 20)));
            report("statementsNaming, page 1000", measure(() -> record.statementsNaming(id, 999, 20)));
            report("quotationsOf", measure(() -> record.quotationsOf(id, 5)));
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long[] next = {0};
            report("GET /officials/{slug}, a new address each time", measure(() -> {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/officials/" + busiest.get("slug") + "?_=" + next[0]++)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("the page answered " + response.statusCode());
                }
                return response;
            }));
            SearchBenchmark.turnDone();
        } finally {
            app.close();
        }
    }

    private static void report(String name, Histogram histogram) {
        System.out.printf("%-52s %8.1f  %8.1f  %8.1f%n", name, histogram.getValueAtPercentile(50) / 1000.0,
                histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0);
    }

    /** One run first (its time printed: the first is the coldest), then {@code TIMED} runs. */
    private static Histogram measure(SearchBenchmark.Timed work) throws Exception {
        long start = System.nanoTime();
        work.run();
        System.out.printf("  (first run %.1f ms)%n", (System.nanoTime() - start) / 1e6);
        Histogram histogram = new Histogram(600_000_000L, 3);
        for (int i = 0; i < TIMED; i++) {
            start = System.nanoTime();
            work.run();
            histogram.recordValue((System.nanoTime() - start) / 1000);
        }
        return histogram;
    }
}
