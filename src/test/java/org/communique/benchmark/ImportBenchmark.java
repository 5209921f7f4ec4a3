package org.communique.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.communique.CommuniqueApplication;
import org.communique.importer.ImportFileResult;
import org.communique.importer.ImportRun;
import org.communique.importer.ImportRuns;
import org.communique.importer.Importer;
import org.communique.importer.extraction.SourceFile;
import org.communique.importer.extraction.StatementExtractor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * How fast the importer stores what the extractor reads: generates N varied statement files
 * ({@link StatementFiles}), then in one run times {@code extract} alone (every file read and extracted, one
 * thread, as the {@code extract} command does) and an import of the same folder into a fresh archive, on H2
 * and on PostgreSQL, with a second, unchanged re-import; prints files/s, their ratio, and the peak heap and
 * resident memory seen while importing. Not a unit test: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.communique.benchmark.ImportBenchmark}
 * ({@code -Dbenchmark.files=N}, default 2,000; {@code -Dbenchmark.databases=h2,postgres}, a database named twice
 * is imported into twice, each time into a fresh archive, the second time with the JVM warm;
 * {@code -Dbenchmark.pg-database=test}; {@code -Dbenchmark.extract-sample=N} times extraction alone on the first N
 * files only; the heap is Maven's: {@code MAVEN_OPTS=-Xmx768m}). A running import prints how far it is every minute.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("benchmark.files", 2_000);
        List<String> databases = List.of(System.getProperty("benchmark.databases", "h2,postgres").split(","));
        Path root = Path.of("target/benchmark-import");
        Path folder = root.resolve("files-" + count);
        long generating = System.nanoTime();
        StatementFiles.Summary summary = StatementFiles.write(folder, count);
        System.out.printf("%,d files (%s) in %s, written in %.1f s; heap limit %d MB, %d cores%n", count, summary,
                folder, (System.nanoTime() - generating) / 1e9, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());

        // warm-up, so that extraction alone is timed compiled. The import after it is not as warm: its storing code
        // (Hibernate, H2, Lucene) runs cold, and the compiler is still busy with the extraction's largest methods,
        // some compiled fully only then, some again as the application's start made their compiled code invalid
        // (a second import in the same JVM, -Dbenchmark.databases=h2,h2, shows the difference)
        extractAlone(folder, Math.min(count, 300));
        int sample = Math.min(count, Integer.getInteger("benchmark.extract-sample", count));
        long extractCpu = threadCpu();
        double extractRate = extractAlone(folder, sample);
        extractCpu = threadCpu() - extractCpu;
        System.out.printf("%nextract alone: %,d files in %.1f s = %.0f files/s; CPU %.2f ms a file%n", sample,
                sample / extractRate, extractRate, extractCpu / 1e6 / sample);

        for (String database : databases) {
            importInto(database.strip(), root, folder, count, extractRate);
        }
    }

    /** Reads and extracts the first {@code limit} files in order on one thread; files per second. */
    private static double extractAlone(Path folder, int limit) throws IOException {
        StatementExtractor extractor = StatementExtractor.withBundledRegistry();
        List<Path> files;
        try (Stream<Path> walk = Files.list(folder)) {
            files = walk.sorted().limit(limit).toList();
        }
        long started = System.nanoTime();
        for (Path file : files) {
            try {
                extractor.extract(SourceFile.read(file));
            } catch (RuntimeException e) {
                // a failing file costs its time like the others
            }
        }
        return files.size() / ((System.nanoTime() - started) / 1e9);
    }

    private static void importInto(String database, Path root, Path folder, int count, double extractRate) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--archive.import-on-start=false", "--archive.warm-up=false",
                "--archive.admin.password=benchmark-only", "--logging.level.root=WARN",
                "--logging.level.org.communique.importer.Importer=INFO", "--spring.main.banner-mode=off"));
        Path data = root.resolve("data-" + database);
        FileSystemUtils.deleteRecursively(data);
        arguments.add("--archive.data-dir=" + data);
        if (database.equals("postgres")) {
            String url = "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("benchmark.pg-database", "test")
                    + "?currentSchema=import_benchmark";
            try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
                connection.createStatement().execute("DROP SCHEMA IF EXISTS import_benchmark CASCADE");
            } catch (java.sql.SQLException e) {
                System.out.println("SKIPPED postgres: " + e.getMessage());
                return;
            }
            arguments.addAll(List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres", "--spring.datasource.password=",
                    "--spring.flyway.schemas=import_benchmark", "--spring.flyway.create-schemas=true"));
        }
        System.gc();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CommuniqueApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(arguments.toArray(String[]::new));
             Memory memory = new Memory()) {
            Importer importer = app.getBean(Importer.class);
            long started = System.nanoTime();
            long writerCpu = threadCpu();
            long processCpu = processCpu();
            Thread progress = progress(app.getBean(ImportRuns.class), started, memory);
            ImportRun first;
            try {
                first = importer.importFolder(folder, ImportRun.Trigger.COMMAND, "benchmark");
            } finally {
                progress.interrupt();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            writerCpu = threadCpu() - writerCpu;
            processCpu = processCpu() - processCpu;
            started = System.nanoTime();
            ImportRun again = importer.importFolder(folder, ImportRun.Trigger.COMMAND, "benchmark");
            double againSeconds = (System.nanoTime() - started) / 1e9;
            double rate = count / seconds;
            System.out.printf("%nimport into %s: %s%n", database, outcomes(first));
            System.out.printf("  %,d files in %.1f s = %.0f files/s, %.2f of extract alone (%.0f files/s)%n", count,
                    seconds, rate, rate / extractRate, extractRate);
            System.out.printf("  CPU a file: %.2f ms storing (the writer thread), %.2f ms in all (every thread, GC and JIT"
                    + " included)%n", writerCpu / 1e6 / count, processCpu / 1e6 / count);
            System.out.printf("  peak heap used %d MB (limit %d MB), peak resident %d MB (of which anonymous, not"
                    + " file pages such as the memory-mapped index: %d MB)%n", memory.peakHeap() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, memory.peakResident() >> 20, memory.peakAnonymous() >> 20);
            System.out.printf("  unchanged re-import: %.1f s = %.0f files/s; %s%n", againSeconds, count / againSeconds,
                    outcomes(again));
        }
    }

    /** CPU time of the calling thread, in nanoseconds. */
    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** CPU time of the whole process (every thread, the collector's and the compilers' too), in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Every minute, how far the running import is (for a large N, figures even if the run is stopped). */
    static Thread progress(ImportRuns runs, long started, Memory memory) {
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(Long.getLong("benchmark.progress-seconds", 60) * 1000);
                } catch (InterruptedException e) {
                    return;
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                runs.findRunning().forEach(run -> System.out.printf(
                        "  ... %,d of %,d files after %.0f s = %.0f files/s; peak heap %d MB, peak resident %d MB"
                                + " (anonymous %d MB)%n",
                        run.getFilesDone(), run.getFilesTotal(), seconds, run.getFilesDone() / seconds,
                        memory.peakHeap() >> 20, memory.peakResident() >> 20, memory.peakAnonymous() >> 20));
            }
        }, "import-progress");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static String outcomes(ImportRun run) {
        Map<ImportFileResult.Outcome, Integer> counts = new EnumMap<>(ImportFileResult.Outcome.class);
        for (ImportFileResult file : run.getFiles()) {
            counts.merge(file.getOutcome(), 1, Integer::sum);
        }
        return run.getStatus() + " " + counts;
    }

    /** Samples the heap in use and the process's resident memory until closed, keeping the highest of each. */
    static final class Memory implements AutoCloseable {

        private final AtomicLong heap = new AtomicLong();
        private final AtomicLong resident = new AtomicLong();
        private final AtomicLong anonymous = new AtomicLong();
        private final Thread sampler;

        Memory() {
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    heap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    resident.accumulateAndGet(status("VmRSS:"), Math::max);
                    anonymous.accumulateAndGet(status("RssAnon:"), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "memory-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        long peakHeap() {
            return heap.get();
        }

        long peakResident() {
            return resident.get();
        }

        /** Resident memory that is the process's own (heap, metaspace, code, threads): what a container cannot reclaim. */
        long peakAnonymous() {
            return anonymous.get();
        }

        /** A figure of /proc/self/status in bytes ({@code VmRSS:} all resident memory, {@code RssAnon:} without file pages). */
        private static long status(String field) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith(field)) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux: no figure
            }
            return 0;
        }

        @Override
        public void close() {
            sampler.interrupt();
        }
    }
}
