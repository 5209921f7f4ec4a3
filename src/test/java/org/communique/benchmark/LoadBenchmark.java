package org.communique.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.communique.CommuniqueApplication;
import org.communique.search.SearchIndex;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Pages under load, beside nginx serving the very same bytes: the application on a fresh H2 archive of
 * 10,000 synthetic statements (indexed), then wrk (Debian package {@code wrk}) with 64 connections for 20 s
 * against a statement page, a search (the same one, and 200 different ones in turn) and a revalidation
 * ({@code If-None-Match}, answered 304), each followed by the same against nginx (Debian package
 * {@code nginx}) on loopback serving the bytes the application sent. Prints requests/s, p50/p99, errors,
 * and the application's share of nginx's rate (wrk's percentiles are corrected for coordinated omission: a slow
 * answer also counts as the answers a client on a fixed schedule would have waited for). Before the timed runs, a
 * warm-up ({@code SECONDS} of wrk) asks for other statements' pages and other searches than the ones timed, of the
 * same kinds, then new searches of three and four words until the JIT's compilers are quiet (see
 * {@link #warmUpTheCompiler}): the timed lines measure a server that has run a while, not one just started. Not a unit
 * test: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.communique.benchmark.LoadBenchmark}
 * ({@code -Dbenchmark.statements=N}, {@code -Dbenchmark.connections=64}, {@code -Dbenchmark.seconds=20};
 * {@code -Dbenchmark.port=P} and {@code -Dbenchmark.nginx-port=P} fix the ports, free ones otherwise).
 * Loopback only; every wrk run is bounded in time.
 */
public final class LoadBenchmark {

    private static final int CONNECTIONS = Integer.getInteger("benchmark.connections", 64);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 20);
    /**
     * The compiler's warm-up: rounds of so many seconds until the JIT compiled less than {@link #QUIET_MS} in each of
     * two rounds in a row, at least {@link #LEAST_ROUNDS}, at most {@code -Dbenchmark.warm-up-rounds=N} (40).
     */
    private static final int ROUNDS = Integer.getInteger("benchmark.warm-up-rounds", 40);
    private static final int LEAST_ROUNDS = 10;
    private static final long QUIET_MS = 500;
    private static final int ROUND_SECONDS = 10;
    private static final String[] SEARCH_WORDS = {"energy", "border", "security", "electricity", "grid", "water",
            "sharing", "reconstruction", "coalition", "trade", "corridors", "health", "election", "heritage",
            "displaced", "counterterrorism", "Haddad", "Keller", "Barzani", "Okafor", "Saleh", "Moreau", "Petrov",
            "Nouri", "memorandum", "progress", "plan", "talks", "commitments", "funds"};

    private LoadBenchmark() {
    }

    /** The words the varied searches are made of (two at a time). */
    static String[] searchWords() {
        return SEARCH_WORDS.clone();
    }

    public static void main(String[] args) throws Exception {
        int statements = Integer.getInteger("benchmark.statements", 10_000);
        Path work = Path.of("target/benchmark-load").toAbsolutePath();
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work.resolve("www"));
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + Integer.getInteger("benchmark.port", 0),
                "--server.address=127.0.0.1",
                "--archive.data-dir=" + work.resolve("data"), "--archive.import-on-start=false", "--archive.warm-up=false",
                "--archive.admin.password=benchmark-only", "--logging.level.root=WARN"));
        arguments.addAll(List.of(args));
        ConfigurableApplicationContext app = SpringApplication.run(CommuniqueApplication.class, arguments.toArray(String[]::new));
        Process nginx = null;
        try {
            new SyntheticArchive(app.getBean(DataSource.class), true).fill(400, statements);
            app.getBean(SearchIndex.class).rebuild();
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String base = "http://127.0.0.1:" + port;
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            Map<String, Object> statement = jdbc.queryForMap("select id, slug from statement order by id limit 1 offset "
                    + statements / 2);
            String statementPath = "/statements/" + statement.get("id") + "-" + statement.get("slug");
            String searchPath = "/statements?q=energy+cooperation&party=US";

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create(base + statementPath)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> search = http.send(HttpRequest.newBuilder(URI.create(base + searchPath)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String etag = page.headers().firstValue("ETag").orElse(null);
            System.out.printf("%nArchive of %,d statements; statement page %,d bytes (%s), search page %,d bytes;"
                            + " ETag %s, Cache-Control %s, Set-Cookie %s%n", statements, page.body().length, page.statusCode(),
                    search.body().length, etag, page.headers().firstValue("Cache-Control").orElse("-"),
                    page.headers().firstValue("Set-Cookie").orElse("none"));
            Files.write(work.resolve("www/statement.html"), page.body());
            Files.write(work.resolve("www/search.html"), search.body());
            Path searches = searchesScript(work);

            int nginxPort = Integer.getInteger("benchmark.nginx-port", 0) > 0 ? Integer.getInteger("benchmark.nginx-port")
                    : freePort();
            nginx = startNginx(work, nginxPort);
            String nginxBase = "http://127.0.0.1:" + nginxPort;
            String nginxEtag = http.send(HttpRequest.newBuilder(URI.create(nginxBase + "/statement.html")).build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElse("");

            // A warm-up (the JIT compiles the paths of a page, the engine's and the database's caches fill) on
            // other addresses than the ones timed: other statements' pages and one-word searches
            long warmedUp = System.nanoTime();
            List<String> otherStatements = otherStatements(jdbc, statementPath);
            List<String> warmUpSearches = new ArrayList<>(Arrays.asList(SEARCH_WORDS));
            warmUpSearches.addAll(warmUpTwoWordSearches(200));
            wrk(base, null, pathsScript(work.resolve("warm-up.lua"), otherStatements, warmUpSearches), SECONDS);
            System.out.printf("%nWarm-up: %d s of wrk on 100 other statement pages, 30 one-word and 200 other two-word"
                            + " searches%n",
                    (System.nanoTime() - warmedUp) / 1_000_000_000L);
            warmUpTheCompiler(base, work, otherStatements);

            System.out.printf("%nwrk, %d connections, %d s each, loopback; %d cores%n", CONNECTIONS, SECONDS,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("%-44s %10s %9s %9s %8s %9s%n", "", "req/s", "p50 ms", "p99 ms", "errors", "of nginx");
            compare("statement page", wrk(base + statementPath, null, null, SECONDS),
                    wrk(nginxBase + "/statement.html", null, null, SECONDS));
            compare("search (one query)", wrk(base + searchPath, null, null, SECONDS),
                    wrk(nginxBase + "/search.html", null, null, SECONDS));
            compare("search (200 queries in turn)", wrk(base, null, searches, SECONDS),
                    wrk(nginxBase + "/search.html", null, null, SECONDS));
            compare("revalidation, If-None-Match (304)", wrk(base + statementPath, "If-None-Match: " + etag, null, SECONDS),
                    wrk(nginxBase + "/statement.html", "If-None-Match: " + nginxEtag, null, SECONDS));
            compare("/actuator/health", wrk(base + "/actuator/health", null, null, SECONDS), null);
        } finally {
            if (nginx != null) {
                nginx.destroy();
                nginx.waitFor(10, TimeUnit.SECONDS);
            }
            app.close();
        }
    }

    /** What one wrk run measured. */
    record Result(double rate, double p50, double p99, long errors, long non2xx) {
    }

    private static void compare(String name, Result app, Result nginx) {
        System.out.printf("%-44s %10.0f %9.1f %9.1f %8d %9s%n", "app   " + name, app.rate(), app.p50(), app.p99(),
                app.errors() + app.non2xx(), nginx == null ? "" : String.format("%.3f", app.rate() / nginx.rate()));
        if (nginx != null) {
            System.out.printf("%-44s %10.0f %9.1f %9.1f %8d%n", "nginx " + name, nginx.rate(), nginx.p50(), nginx.p99(),
                    nginx.errors() + nginx.non2xx());
        }
    }

    /** 200 different searches, cycled through by each wrk thread. */
    private static Path searchesScript(Path work) throws IOException {
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (String q : twoWordSearches(200)) {
            lua.append("  \"/statements?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8)).append("\",\n");
        }
        lua.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
                + "  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
        Path script = work.resolve("searches.lua");
        Files.writeString(script, lua);
        return script;
    }

    /**
     * {@code count} (at most 210) different searches of two of the thirty words: each word with the word 1, 2, ... 7
     * places after it, so that no pair comes twice, in either order (before, the second word was a function of the
     * first, and 200 addresses were only 30 searches).
     */
    static List<String> twoWordSearches(int count) {
        return twoWordSearches(0, count);
    }

    /**
     * Searches of two words for the warm-up, none of them among {@link #twoWordSearches(int)}: each word with the
     * word 8, 9, ... 14 places after it (the pair 15 places apart, and those 16 to 29 apart, are pairs already met
     * the other way round).
     */
    static List<String> warmUpTwoWordSearches(int count) {
        return twoWordSearches(210, count);
    }

    private static List<String> twoWordSearches(int skip, int count) {
        if (skip + count > SEARCH_WORDS.length * 14) {
            throw new IllegalArgumentException("only " + SEARCH_WORDS.length * 14 + " pairs of different words");
        }
        List<String> searches = new ArrayList<>();
        for (int i = skip; i < skip + count; i++) {
            int first = i % SEARCH_WORDS.length;
            int second = (first + 1 + i / SEARCH_WORDS.length) % SEARCH_WORDS.length;
            searches.add(SEARCH_WORDS[first] + " " + SEARCH_WORDS[second]);
        }
        return searches;
    }

    /** The pages of 100 statements other than the timed one. */
    private static List<String> otherStatements(JdbcTemplate jdbc, String timedStatement) {
        List<String> paths = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("select id, slug from statement order by id limit 101")) {
            String path = "/statements/" + row.get("id") + "-" + row.get("slug");
            if (!path.equals(timedStatement)) {
                paths.add(path);
            }
        }
        return paths;
    }

    /**
     * The JIT's warm-up on searches no one asked before, as a server that has run for a while has had it: after the
     * first warm-up's 230 new searches, the JIT's compiler threads still took a fifth of the processor time of each
     * new search (per-thread times from {@code /proc}), and the first seconds of the 200 searches paid for it.
     * Rounds of {@link #ROUND_SECONDS} s of wrk until the compiler is quiet (see {@link #ROUNDS}: in a run of 30 rounds
     * it compiled 2–5 s a round until the 19th, then under 1.2 s, and 0.06–0.4 s from the 23rd), each on 400
     * searches of three words (four after the first ten rounds) not asked before (never a timed address: those are
     * two words) and the other statements' pages; each round prints its rate and
     * how long the JIT compiled meanwhile ({@code CompilationMXBean}: the compiler threads' time, summed).
     */
    private static void warmUpTheCompiler(String base, Path work, List<String> otherStatements) throws Exception {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        List<String> searches = warmUpSearches(ROUNDS * 400);
        int quietRounds = 0;
        for (int round = 0; round < ROUNDS && (round < LEAST_ROUNDS || quietRounds < 2); round++) {
            long compiled = jit.getTotalCompilationTime();
            List<String> these = searches.subList(round * 400, (round + 1) * 400);
            Result result = wrk(base, null, pathsScript(work.resolve("warm-up-" + round + ".lua"), otherStatements,
                    these), ROUND_SECONDS);
            System.out.printf("Warm-up round %d: %d s of wrk on 400 new searches and 100 statement pages,"
                            + " %.0f req/s, the JIT compiling for %d ms%n", round + 1, ROUND_SECONDS, result.rate(),
                    jit.getTotalCompilationTime() - compiled);
            quietRounds = jit.getTotalCompilationTime() - compiled < QUIET_MS ? quietRounds + 1 : 0;
        }
    }

    /**
     * {@code count} searches of different words of the thirty, none asked twice, in an order that mixes the words (a
     * fixed shuffle): every search of three words first, then of four. The warm-up's rounds take them 400 at a time.
     */
    static List<String> warmUpSearches(int count) {
        List<String> searches = new ArrayList<>();
        for (int words = 3; searches.size() < count; words++) {
            List<String> these = new ArrayList<>();
            combine(words, 0, new ArrayList<>(), these);
            java.util.Collections.shuffle(these, new java.util.Random(13));
            searches.addAll(these);
        }
        return searches.subList(0, count);
    }

    /** Every choice of {@code words} more of the search words from {@code from} on, each after those chosen. */
    private static void combine(int words, int from, List<String> chosen, List<String> into) {
        if (words == 0) {
            into.add(String.join(" ", chosen));
            return;
        }
        for (int i = from; i <= SEARCH_WORDS.length - words; i++) {
            chosen.add(SEARCH_WORDS[i]);
            combine(words - 1, i + 1, chosen, into);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** A wrk script asking for the statement pages and the searches in turn. */
    private static Path pathsScript(Path script, List<String> statements, List<String> searches) throws IOException {
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (String path : statements) {
            lua.append("  \"").append(path).append("\",\n");
        }
        for (String q : searches) {
            lua.append("  \"/statements?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8)).append("\",\n");
        }
        lua.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
                + "  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
        Files.writeString(script, lua);
        return script;
    }

    private static Result wrk(String url, String header, Path script, int seconds) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + CONNECTIONS, "-d" + seconds + "s",
                "--timeout", "5s", "--latency"));
        if (header != null) {
            command.addAll(List.of("-H", header));
        }
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        double rate = number(out, "Requests/sec:\\s+([0-9.]+)");
        return new Result(rate, millis(out, "50%"), millis(out, "99%"),
                (long) (number(out, "connect (\\d+)") + number(out, "read (\\d+)") + number(out, "write (\\d+)")
                        + number(out, "timeout (\\d+)")),
                (long) number(out, "Non-2xx or 3xx responses: (\\d+)"));
    }

    private static double number(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    /** A latency percentile of wrk's --latency table, in milliseconds. */
    private static double millis(String text, String percentile) {
        Matcher matcher = Pattern.compile("\\s" + percentile + "\\s+([0-9.]+)(us|ms|s)").matcher(text);
        if (!matcher.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static Process startNginx(Path work, int port) throws Exception {
        Path conf = work.resolve("nginx.conf");
        Files.writeString(conf, "daemon off;\nworker_processes auto;\npid " + work.resolve("nginx.pid") + ";\n"
                + "error_log " + work.resolve("nginx-error.log") + ";\nevents { worker_connections 1024; }\n"
                + "http {\n  access_log off;\n  client_body_temp_path " + work.resolve("tmp") + ";\n"
                + "  proxy_temp_path " + work.resolve("tmp") + ";\n  fastcgi_temp_path " + work.resolve("tmp") + ";\n"
                + "  uwsgi_temp_path " + work.resolve("tmp") + ";\n  scgi_temp_path " + work.resolve("tmp") + ";\n"
                + "  default_type text/html;\n  server {\n    listen 127.0.0.1:" + port + ";\n    root "
                + work.resolve("www") + ";\n  }\n}\n");
        Files.createDirectories(work.resolve("tmp"));
        Process nginx = new ProcessBuilder("nginx", "-c", conf.toString(), "-p", work.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("nginx.out").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 50; i++) {
            try {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/statement.html")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return nginx;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not start: " + Files.readString(work.resolve("nginx.out")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
