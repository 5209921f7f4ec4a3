package org.communique.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.communique.ArchiveHttp;
import org.communique.CommuniqueApplication;
import org.communique.Prerequisites;
import org.communique.importer.ImportRun;
import org.communique.importer.Importer;
import org.communique.importer.extraction.OfficialRegistry;
import org.communique.search.SearchIndex;
import org.communique.statement.ArchiveVocabulary;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes of the archive (two application contexts on two ports, {@code archive.cluster.enabled=true}) on one
 * PostgreSQL database and one OpenSearch node, talked to as through a load balancer without sticky sessions:
 * one browser (one cookie jar) whose requests go now to one node, now to the other. They start together on an
 * empty database; a session and a form from one node work on the other; an upload staged on one previews and
 * imports on the other; failed sign-ins count on both; the home page's figures follow a change made on the
 * other node; a node started during an import leaves search on the other intact; and an import whose node is
 * killed (SIGKILL, a JVM of its own) is marked interrupted by the others once its lease runs out, and the next
 * run completes. Index changes go through the database's outbox: a statement corrected on one node is found on
 * the other once the agents applied it. Runs with the suite on PostgreSQL and needs an OpenSearch node (required in CI as
 * {@code nodes}); the nodes get a schema and an index of their own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class SeveralNodesTest {

    private static final String SCHEMA = "communique_nodes";
    private static final String INDEX = "communique-nodes-test";
    private static final int VARIANTS = 100; // of each of the five seeds: a run that takes a while (the outbox makes it quick)
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path work;

    static Node a;
    static Node b;

    /** One node: its context and its port. */
    record Node(ConfigurableApplicationContext context, int port) {

        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        JdbcTemplate jdbc() {
            return context.getBean(JdbcTemplate.class);
        }

        /** The hits once the nodes' agents applied the outbox's events: within 15 s. */
        long hitsSettled(String q, long expected) throws Exception {
            Instant deadline = Instant.now().plusSeconds(15);
            long hits = hits(q);
            while (hits != expected && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
                hits = hits(q);
            }
            return hits;
        }

        long hits(String q) throws Exception {
            HttpResponse<String> response = new ArchiveHttp(port).ok("/api/statements?size=1&q=" + q, "application/json");
            Matcher total = TOTAL.matcher(response.body());
            assertThat(total.find()).as(response.body()).isTrue();
            return Long.parseLong(total.group(1));
        }
    }

    @BeforeAll
    static void twoNodesStartTogetherOnAnEmptyDatabase() throws Exception {
        Prerequisites.severalNodes();
        Flyway.configure().dataSource(databaseUrl(), "postgres", "").schemas(SCHEMA).cleanDisabled(false).load().clean();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(databaseUrl(), "postgres", "");
             java.sql.Statement sql = db.createStatement()) {
            sql.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA); // an empty database, as an administrator makes one
        }
        dropIndex();
        Path folder = Files.createDirectories(work.resolve("import"));
        try (Stream<Path> seeds = Files.list(Path.of("seed-docs"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(seed, folder.resolve(seed.getFileName()));
            }
        }

        CompletableFuture<Node> startingA = CompletableFuture.supplyAsync(() -> start("a"));
        CompletableFuture<Node> startingB = CompletableFuture.supplyAsync(() -> start("b"));
        a = startingA.get(200, TimeUnit.SECONDS);
        b = startingB.get(200, TimeUnit.SECONDS);

        for (Node node : List.of(a, b)) {
            assertThat(new ArchiveHttp(node.port()).get("/actuator/health").statusCode()).isEqualTo(200);
        }
        assertThat(a.jdbc().queryForObject("SELECT COUNT(*) FROM official", Long.class))
                .as("the registry seeded once").isEqualTo(OfficialRegistry.bundled().entries().size());
        assertThat(a.jdbc().queryForObject("SELECT COUNT(*) FROM bundled_registry", Long.class))
                .as("the bundle offered once").isEqualTo(1);
        ImportRun run = a.bean(Importer.class).importFolder(folder, ImportRun.Trigger.COMMAND, "test");
        assertThat(run.getStatus()).isEqualTo(ImportRun.Status.COMPLETED);
    }

    @AfterAll
    static void stop() throws Exception {
        for (Node node : new Node[] {a, b}) {
            if (node != null) {
                node.context().close();
            }
        }
        if (a != null) {
            dropIndex();
        }
    }

    @Test
    @Order(1)
    void aSessionAndAFormFromOneNodeWorkOnTheOther() throws Exception {
        AdminClient onA = AdminClient.signedIn(a.port());
        AdminClient onB = onA.on(b.port());

        assertThat(onB.get("/admin").statusCode()).as("signed in on A, served by B").isEqualTo(200);
        String token = onA.token("/admin/officials");
        HttpResponse<String> posted = onB.post("/admin/imports", AdminClient.form("_csrf", token, "file", "nothing-here.txt"));
        assertThat(posted.statusCode()).as("a form from A posted to B passes CSRF").isEqualTo(302);
        assertThat(onA.get("/admin").body()).as("B's message shown by A").contains("There is no file");

        assertThat(onB.post("/logout", AdminClient.form("_csrf", onB.token("/admin"))).statusCode()).isEqualTo(302);
        assertThat(onA.get("/admin").statusCode()).as("signed out on B, signed out on A").isEqualTo(302);
    }

    @Test
    @Order(2)
    void anUploadStagedOnOneNodePreviewsAndImportsOnTheOther() throws Exception {
        AdminClient onA = AdminClient.signedIn(a.port());
        AdminClient onB = onA.on(b.port());
        byte[] file = Files.readString(Path.of("seed-docs/002_1ac13b4e80a9a68e.txt"), StandardCharsets.UTF_8)
                .replace("meeting challenges", "meeting Quillfeather challenges").getBytes(StandardCharsets.UTF_8);
        assertThat(a.hits("Quillfeather")).isZero();

        HttpResponse<String> uploaded = onA.upload("/admin/upload", "files", Map.of("nodes-upload.txt", file),
                onA.token("/admin/upload"));
        String preview = uploaded.headers().firstValue("Location").orElseThrow();
        String path = URI.create(preview).getPath();
        HttpResponse<String> shown = onB.get(path);
        assertThat(shown.statusCode()).as("staged on A, previewed on B").isEqualTo(200);
        assertThat(shown.body()).contains("nodes-upload.txt");

        HttpResponse<String> imported = onB.post(path + "/import", AdminClient.form("_csrf", onA.token(path)));
        String runPage = imported.headers().firstValue("Location").orElseThrow();
        assertThat(runPage).contains("/admin/imports/");
        long run = Long.parseLong(runPage.replaceAll(".*/admin/imports/", ""));
        assertThat(waitForRun(a, run)).isEqualTo("COMPLETED");

        assertThat(a.hitsSettled("Quillfeather", 1)).isEqualTo(1);
        assertThat(b.hitsSettled("Quillfeather", 1)).isEqualTo(1);
        assertThat(onA.get(path).statusCode()).as("imported: gone from every node").isEqualTo(404);
    }

    @Test
    @Order(3)
    void failedSignInsCountOnEveryNode() throws Exception {
        AdminClient onA = AdminClient.anonymous(a.port());
        AdminClient onB = onA.on(b.port());
        for (int i = 0; i < LoginThrottle.PER_USERNAME; i++) {
            HttpResponse<String> failed = (i % 2 == 0 ? onA : onB).signIn("nodes-guesser", "wrong-" + i);
            assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }
        assertThat(onA.signIn("nodes-guesser", "again").headers().firstValue("Location").orElseThrow())
                .contains("/login?throttled=");
        assertThat(onB.signIn("Nodes-Guesser", "again").headers().firstValue("Location").orElseThrow())
                .contains("/login?throttled=");
    }

    @Test
    @Order(4)
    void theHomePageFiguresFollowAChangeMadeOnTheOtherNode() throws Exception {
        long before = b.bean(ArchiveVocabulary.class).figures().statements();
        AdminClient onA = AdminClient.signedIn(a.port());
        long id = a.jdbc().queryForObject("SELECT s.id FROM statement s JOIN source_file f ON f.id = s.source_file_id"
                + " WHERE f.path = 'nodes-upload.txt'", Long.class);
        String confirm = "/admin/statements/" + id + "/delete";
        onA.post(confirm, AdminClient.form("_csrf", onA.token(confirm), "confirm", "yes"));

        Instant deadline = Instant.now().plusSeconds(2);
        while (b.bean(ArchiveVocabulary.class).figures().statements() != before - 1 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(b.bean(ArchiveVocabulary.class).figures().statements()).as("B's figures within 2 s").isEqualTo(before - 1);
        assertThat(b.hitsSettled("Quillfeather", 0)).isZero();
        assertThat(b.jdbc().queryForObject("SELECT COUNT(*) FROM deleted_source WHERE path = 'nodes-upload.txt'",
                Long.class)).as("its file kept where every node sees it").isEqualTo(1);
    }

    @Test
    @Order(5)
    void aStatementCorrectedOnOneNodeIsFoundOnTheOtherThroughTheOutbox() throws Exception {
        assertThat(a.jdbc().queryForObject("SELECT COUNT(*) FROM hsearch_agent WHERE type = 'EVENT_PROCESSING_DYNAMIC_SHARDING'",
                Long.class)).as("an agent of each node in the database").isGreaterThanOrEqualTo(2);
        AdminClient onA = AdminClient.signedIn(a.port());
        long id = a.jdbc().queryForObject("SELECT MIN(id) FROM statement", Long.class);
        String form = "/admin/statements/" + id;
        assertThat(b.hits("Marlowbrook")).isZero();

        HttpResponse<String> saved = onA.post(form, AdminClient.form("_csrf", onA.token(form),
                "title", "The Marlowbrook Communique", "note", "the outbox carries it to every node"));
        assertThat(saved.statusCode()).isEqualTo(302);

        assertThat(b.hitsSettled("Marlowbrook", 1)).as("corrected on A, found on B").isEqualTo(1);
        assertThat(a.hits("Marlowbrook")).isEqualTo(1);
        Instant deadline = Instant.now().plusSeconds(15);
        while (a.jdbc().queryForObject("SELECT COUNT(*) FROM hsearch_outbox_event", Long.class) > 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(a.jdbc().queryForObject("SELECT COUNT(*) FROM hsearch_outbox_event", Long.class))
                .as("every event applied and removed").isZero();
    }

    @Test
    @Order(6)
    void aNodeStartedDuringAnImportLeavesSearchIntactAndAKilledImportIsRecoveredByTheOthers() throws Exception {
        Path folder = work.resolve("import");
        writeVariants(folder);
        long files;
        try (Stream<Path> all = Files.list(folder)) {
            files = all.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
        long before = a.hits("Peshmerga");
        assertThat(before).isPositive();

        Process importer = importInOwnJvm(folder);
        try (java.sql.Connection holding = a.bean(javax.sql.DataSource.class).getConnection()) {
            long run = waitUntilUnderWay(importer);
            // the run's row is held, so that its next batch waits (its transaction open) however fast the machine:
            // the import is certainly under way while B restarts and when it is killed
            holding.setAutoCommit(false);
            try (var hold = holding.prepareStatement("SELECT files_done, files_total FROM import_run WHERE id = ? FOR UPDATE")) {
                hold.setLong(1, run);
                try (var row = hold.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getLong(1)).as("files done when the run was held").isLessThan(row.getLong(2));
                }
            }

            // B stops and starts again while the other JVM imports; searches on A keep finding what they found
            b.context().close();
            CompletableFuture<Node> restarting = CompletableFuture.supplyAsync(() -> start("b"));
            long fewest = Long.MAX_VALUE;
            int searches = 0;
            while (!restarting.isDone()) {
                fewest = Math.min(fewest, a.hits("Peshmerga"));
                searches++;
                Thread.sleep(100);
            }
            b = restarting.get();
            System.out.printf("%d searches on A while B started: fewest hits %d (before: %d)%n", searches, fewest, before);
            assertThat(fewest).as("search on A while B started").isGreaterThanOrEqualTo(before);
            assertThat(b.hits("Peshmerga")).isGreaterThanOrEqualTo(before);
            assertThat(importer.isAlive()).as("the import was still under way when B was up").isTrue();
            assertThat(status(run)).as("the import was still under way when B was up").isEqualTo("RUNNING");

            kill(importer);
            holding.rollback(); // the killed node's open batch is rolled back by the database: nothing of it stays
            Instant killed = Instant.now();
            Instant deadline = killed.plusSeconds(45);
            while (status(run).equals("RUNNING") && Instant.now().isBefore(deadline)) {
                Thread.sleep(250);
            }
            System.out.printf("the killed node's run was marked after %d s%n", Duration.between(killed, Instant.now()).toSeconds());
            assertThat(status(run)).isEqualTo("INTERRUPTED");
            assertThat(a.jdbc().queryForObject("SELECT message FROM import_run WHERE id = ?", String.class, run))
                    .contains("lease");
        } finally {
            importer.destroyForcibly();
        }

        AdminClient onB = AdminClient.signedIn(b.port());
        HttpResponse<String> started = onB.post("/admin/imports", AdminClient.form("_csrf", onB.token("/admin")));
        long again = Long.parseLong(started.headers().firstValue("Location").orElseThrow().replaceAll(".*/admin/imports/", ""));
        assertThat(waitForRun(a, again)).isEqualTo("COMPLETED");
        assertThat(a.jdbc().queryForObject("SELECT COUNT(*) FROM statement", Long.class)).isEqualTo(files);
        // the killed node's agent holds its share of the outbox until its pulse expires and the others take it
        Instant settled = Instant.now().plusSeconds(90);
        while (a.jdbc().queryForObject("SELECT COUNT(*) FROM hsearch_outbox_event", Long.class) > 0
                && Instant.now().isBefore(settled)) {
            Thread.sleep(250);
        }
        a.bean(SearchIndex.class).flush();
        SearchIndex.Consistency consistency = a.bean(SearchIndex.class).check();
        System.out.println("after the kill and the next run: " + consistency);
        assertThat(a.bean(SearchIndex.class).check().repaired()).isZero();
        assertThat(a.bean(SearchIndex.class).counts().indexed()).isEqualTo(files);
    }

    private static Node start(String name) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
        nodeSettings(name).forEach((key, value) -> args.add("--" + key + "=" + value)); // over application.properties
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CommuniqueApplication.class)
                .run(args.toArray(String[]::new));
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Node(context, port);
    }

    /** What every node (and the import command) of this archive is given. */
    private static Map<String, String> nodeSettings(String name) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("archive.cluster.enabled", "true");
        settings.put("archive.admin.password", AdminClient.PASSWORD);
        settings.put("archive.import-on-start", "false");
        settings.put("archive.warm-up", "false"); // the test asks for the pages itself
        settings.put("archive.import-dir", work.resolve("import").toString());
        settings.put("archive.data-dir", work.resolve(name).toString());
        settings.put("archive.search.index", INDEX);
        settings.put("spring.datasource.url", databaseUrl());
        settings.put("spring.datasource.username", "postgres");
        settings.put("spring.datasource.password", "");
        settings.put("spring.flyway.schemas", SCHEMA);
        settings.put("spring.flyway.create-schemas", "true");
        settings.put("spring.jpa.properties.hibernate.search.backend.type", "elasticsearch");
        settings.put("spring.jpa.properties.hibernate.search.backend.hosts", Prerequisites.openSearchNode());
        settings.put("spring.jpa.properties.hibernate.search.backend.protocol", "http");
        settings.put("logging.level.root", "WARN");
        return settings;
    }

    private static String databaseUrl() {
        return "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("communique.test.pg-database", "test")
                + "?currentSchema=" + SCHEMA;
    }

    private static void dropIndex() throws Exception {
        HTTP.send(HttpRequest.newBuilder(URI.create("http://" + Prerequisites.openSearchNode() + "/" + INDEX + "-*"))
                .DELETE().build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String status(long run) {
        return a.jdbc().queryForObject("SELECT status FROM import_run WHERE id = ?", String.class, run);
    }

    private static String waitForRun(Node node, long run) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        String status = "RUNNING";
        while (status.equals("RUNNING") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = node.jdbc().queryForObject("SELECT status FROM import_run WHERE id = ?", String.class, run);
        }
        return status;
    }

    /** The five seeds, each in many variants (a reference line added), so that a run takes a while. */
    private static void writeVariants(Path folder) throws IOException {
        try (Stream<Path> seeds = Files.list(Path.of("seed-docs"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(seed, StandardCharsets.UTF_8);
                for (int i = 0; i < VARIANTS; i++) {
                    String name = seed.getFileName().toString().replace(".txt", "") + "-" + String.format("%03d", i) + ".txt";
                    Files.writeString(folder.resolve(name), text + "\nReference " + i + ".\n", StandardCharsets.UTF_8);
                }
            }
        }
    }

    /** The {@code import} command, a third node in a JVM of its own, on the same database and index. */
    private static Process importInOwnJvm(Path folder) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", classpath, "org.communique.CommuniqueApplication", "import", folder.toString()));
        Map<String, String> settings = nodeSettings("k");
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("k.log").toFile())
                .directory(new File(".").getAbsoluteFile()).start();
    }

    /** Waits until the other JVM's run has imported some files; returns its id. */
    private static long waitUntilUnderWay(Process process) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the import ended early: " + Files.readString(work.resolve("k.log"))).isTrue();
            List<Long> running = a.jdbc().queryForList("SELECT id FROM import_run WHERE status = 'RUNNING'"
                    + " AND files_done >= 1", Long.class);
            if (!running.isEmpty()) {
                return running.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not get under way in time");
    }

    private static void kill(Process process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            process.destroyForcibly();
        }
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
}
