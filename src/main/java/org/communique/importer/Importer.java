package org.communique.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.communique.importer.extraction.ExtractedStatement;
import org.communique.importer.extraction.ExtractionBudget;
import org.communique.importer.extraction.OfficialMention;
import org.communique.importer.extraction.OfficialRegistry;
import org.communique.importer.extraction.Quote;
import org.communique.importer.extraction.SourceFile;
import org.communique.importer.extraction.StatementExtractor;
import org.communique.search.IndexFailures;
import org.communique.search.SearchIndex;
import org.communique.statement.Source;
import org.communique.statement.Statement;
import org.communique.statement.StatementContent;
import org.communique.statement.Statements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a folder of source files into the archive. One run at a time (a lock in the database), one
 * transaction per file: a file that fails is recorded with its reason, its earlier statement stays as it
 * was, and the run goes on. New files are imported, unchanged ones (same SHA-256, same extractor version)
 * are skipped, changed ones revise their statement in place, and a file that is gone flags its statement.
 */
@Component
public class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Files stored in one transaction (each retried alone should one of them fail). */
    static final int BATCH = 200;
    /**
     * A batch is stored after at most this long, so that progress shows while extraction is slow. The first
     * batch of a run holds a single file, so that the progress page moves at once.
     */
    private static final Duration BATCH_TIME = Duration.ofSeconds(2);
    /** Threads reading and extracting files while this one stores: every core. */
    private static final int READERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Files read ahead of the one being stored: bounds the memory a run holds, whatever the folder's size. */
    private static final int READ_AHEAD = BATCH;

    private final Statements statements;
    private final ImportRuns runs;
    private final ImportLock lock;
    private final RegistryStore registry;
    private final OfficialResolver resolver;
    private final List<StatementRevisionHook> hooks;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final TaskExecutor background;
    private final SearchIndex index;
    private final IndexFailures indexFailures;
    private final Clock clock;
    private final ExtractionBudget budget;
    private final ApplicationEventPublisher events;

    Importer(Statements statements, ImportRuns runs, ImportLock lock, RegistryStore registry, OfficialResolver resolver,
             List<StatementRevisionHook> hooks, TransactionTemplate tx, JdbcTemplate jdbc, EntityManager entityManager,
             TaskExecutor importExecutor, SearchIndex index, Clock clock, ExtractionProperties extraction,
             IndexFailures indexFailures, ApplicationEventPublisher events) {
        this.indexFailures = indexFailures;
        this.events = events;
        this.statements = statements;
        this.runs = runs;
        this.lock = lock;
        this.registry = registry;
        this.resolver = resolver;
        this.hooks = hooks;
        this.tx = tx;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.background = importExecutor;
        this.index = index;
        this.clock = clock;
        this.budget = extraction.budget();
    }

    /** Imports a whole folder and returns the finished run with its report. */
    public ImportRun importFolder(Path folder, ImportRun.Trigger trigger, String by) {
        long runId = start(folder, trigger, by);
        execute(runId, folder, null);
        return report(runId);
    }

    /** Starts importing a folder (or the given files of it) in the background; returns the run's id at once. */
    public long startInBackground(Path folder, List<String> only, ImportRun.Trigger trigger, String by) {
        long runId = start(folder, trigger, by);
        background.execute(() -> execute(runId, folder, only));
        return runId;
    }

    /** A run with the outcome of each of its files. */
    public ImportRun report(long runId) {
        return runs.findWithFiles(runId).orElseThrow();
    }

    /**
     * Takes the lock and records the run in one transaction: a start refused because another run holds the
     * lock leaves no row behind. A run still shown as running whose lease ran out is marked interrupted.
     */
    private long start(Path folder, ImportRun.Trigger trigger, String by) {
        registry.synchronizeWithBundle();
        Long runId = tx.execute(status -> {
            if (!lock.take()) {
                status.setRollbackOnly();
                return null;
            }
            ImportRun run = runs.saveAndFlush(new ImportRun(trigger, by, folder.toString(), clock.instant()));
            lock.hold(run.getId());
            lock.interruptAbandoned();
            return run.getId();
        });
        if (runId == null) {
            throw new ImportAlreadyRunning(lock.heldBy().orElse(null));
        }
        return runId;
    }

    /** Work that must not overlap an import, run by {@link #runUnderImportLock}. */
    @FunctionalInterface
    public interface LockedWork<T> {
        T run() throws InterruptedException;
    }

    /**
     * Runs work that must not overlap an import (on any node), such as a check or a rebuild of the search index,
     * holding the import lock as a run does, lease renewed, and released at the end; refused with
     * {@link ImportAlreadyRunning} while an import (or other such work) holds it.
     */
    public <T> T runUnderImportLock(LockedWork<T> work) throws InterruptedException {
        if (!Boolean.TRUE.equals(tx.execute(status -> lock.take()))) {
            throw new ImportAlreadyRunning(lock.heldBy().orElse(null));
        }
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "import-lock-lease");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(lock::renew, ImportLock.HEARTBEAT.toMillis(), ImportLock.HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            return work.run();
        } finally {
            heartbeat.shutdownNow();
            lock.release();
        }
    }

    /** Marks interrupted the runs of nodes that died (their lease ran out); see {@link ImportLock#interruptAbandoned}. */
    public int interruptAbandonedRuns() {
        return lock.interruptAbandoned();
    }

    private void execute(long runId, Path folder, List<String> only) {
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "import-lease");
            thread.setDaemon(true);
            return thread;
        });
        ScheduledFuture<?> renewing = heartbeat.scheduleAtFixedRate(lock::renew, ImportLock.HEARTBEAT.toMillis(),
                ImportLock.HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        ExecutorService readers = Executors.newFixedThreadPool(READERS, r -> {
            Thread thread = new Thread(r, "import-read");
            thread.setDaemon(true);
            return thread;
        });
        long indexFailuresBefore = indexFailures.count();
        try {
            ImportFolder boundary = new ImportFolder(folder);
            List<String> files = only == null ? boundary.sourceFiles() : only;
            jdbc.update("UPDATE import_run SET files_total = ? WHERE id = ?", files.size(), runId);
            Map<String, KnownSource> known = knownSources();
            OfficialRegistry officialRegistry = registry.current();
            ThreadLocal<StatementExtractor> extractors = ThreadLocal.withInitial(() -> new StatementExtractor(officialRegistry));
            Deque<Future<Read>> reading = new ArrayDeque<>();
            int submitted = 0;
            List<Read> batch = new ArrayList<>();
            long started = System.nanoTime();
            long batchStarted = started;
            long waiting = 0;
            int done = 0;
            for (int position = 0; position < files.size(); position++) {
                while (submitted < files.size() && reading.size() < READ_AHEAD) {
                    int at = submitted++;
                    String path = files.get(at);
                    reading.add(readers.submit(() -> read(at, boundary, path, known.get(path), extractors.get())));
                }
                long before = System.nanoTime();
                batch.add(await(reading.poll()));
                waiting += System.nanoTime() - before;
                if (batch.size() == BATCH || done == 0 || position == files.size() - 1
                        || System.nanoTime() - batchStarted > BATCH_TIME.toNanos()) {
                    storeBatch(runId, batch);
                    done += batch.size();
                    batch.clear();
                    events.publishEvent(new ImportProgressed(runId, done, files.size()));
                    batchStarted = System.nanoTime();
                }
            }
            if (only == null) {
                flagMissing(runId, files.size(), files);
            }
            try {
                index.flush();
            } catch (RuntimeException e) {
                indexFailures.record(e, "the end of import run " + runId);
            }
            log.info("Import run {}: {} files in {} ms, of which {} ms waiting for files to be read and extracted",
                    runId, files.size(), (System.nanoTime() - started) / 1_000_000, waiting / 1_000_000);
            long failedWrites = indexFailures.count() - indexFailuresBefore;
            if (failedWrites > 0) {
                jdbc.update("UPDATE import_run SET status = 'COMPLETED_WITH_ERRORS', finished_at = ?, current_file = NULL,"
                        + " message = ? WHERE id = ? ", now(), "The files were stored, but the search index could not be"
                        + " written (" + failedWrites + (failedWrites == 1 ? " write" : " writes") + " failed): searches may"
                        + " miss these statements or show them as they were. The archive repairs the index by itself as soon"
                        + " as it can be written again; the log has the details.", runId);
            } else {
                jdbc.update("UPDATE import_run SET status = 'COMPLETED', finished_at = ?, current_file = NULL WHERE id = ?",
                        now(), runId);
            }
        } catch (IOException | RuntimeException e) {
            log.error("Import run {} failed", runId, e);
            jdbc.update("UPDATE import_run SET status = 'FAILED', finished_at = ?, current_file = NULL, message = ?"
                    + " WHERE id = ?", now(), describe(e), runId);
        } finally {
            readers.shutdownNow();
            renewing.cancel(false);
            heartbeat.shutdownNow();
            lock.release();
        }
    }

    /** What the archive holds of each source path: its statement and what it was read from. One query. */
    private Map<String, KnownSource> knownSources() {
        Map<String, KnownSource> known = new HashMap<>();
        jdbc.query("SELECT f.path, s.id, f.sha256, f.extractor_version, f.missing FROM source_file f"
                + " JOIN statement s ON s.source_file_id = f.id", rs -> {
            known.put(rs.getString(1), new KnownSource(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
        });
        return known;
    }

    /** A stored source: the statement taken from it and the file's hash and extractor version then. */
    private record KnownSource(long statementId, String sha256, String extractorVersion, boolean missing) {

        boolean unchanged(String newSha256) {
            return sha256.equals(newSha256) && extractorVersion.equals(StatementExtractor.VERSION) && !missing;
        }
    }

    /** One file as read and extracted (on a reader thread), waiting to be stored: or why it was not. */
    private record Read(int position, String path, ImportFileResult.Outcome outcome, String message, Long statementId,
                        String sha256, long size, ExtractedStatement extracted, String segmentation) {
    }

    /** Reads one file once, hashes it and, unless it is unchanged, extracts it. Runs on a reader thread. */
    private Read read(int position, ImportFolder folder, String path, KnownSource known, StatementExtractor extractor) {
        try {
            byte[] bytes;
            try {
                bytes = folder.read(path, budget);
            } catch (ImportFolder.Refused e) {
                throw new IllegalStateException("not read: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the file: " + describe(e), e);
            }
            String sha256 = sha256(bytes);
            if (known != null && known.unchanged(sha256)) {
                return new Read(position, path, ImportFileResult.Outcome.UNCHANGED, null, known.statementId(), sha256,
                        bytes.length, null, null);
            }
            ExtractedStatement extracted = BoundedExtraction.extract(extractor, new SourceFile(fileName(path), bytes), budget);
            if (extracted.paragraphs().isEmpty()) {
                throw new IllegalStateException("no statement text found in the file");
            }
            return new Read(position, path, known == null ? ImportFileResult.Outcome.IMPORTED : ImportFileResult.Outcome.UPDATED,
                    null, known == null ? null : known.statementId(), sha256, bytes.length, extracted,
                    JSON.writeValueAsString(extracted.blocks()));
        } catch (RuntimeException e) {
            return new Read(position, path, ImportFileResult.Outcome.FAILED, describe(e), null, null, 0, null, null);
        }
    }

    private static Read await(Future<Read> reading) {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Stores a batch of files in one transaction, with the run's progress. Should any file's storing fail, the
     * batch is rolled back and each of its files is stored again in a transaction of its own, so that only
     * the file at fault is recorded as failed and nothing stored before is touched.
     */
    private void storeBatch(long runId, List<Read> batch) {
        try {
            tx.executeWithoutResult(status -> {
                if (batch.stream().allMatch(read -> read.statementId() == null)) {
                    index.indexInBackground(); // only new statements: see SearchIndex.indexInBackground
                }
                OfficialResolver.Registry officials = resolver.registry();
                List<Result> results = new ArrayList<>(batch.size());
                for (Read read : batch) {
                    results.add(store(read, officials));
                }
                record(runId, results);
                progress(runId, batch);
            });
        } catch (RuntimeException batchFailed) {
            for (Read read : batch) {
                try {
                    tx.executeWithoutResult(status -> {
                        record(runId, List.of(store(read, resolver.registry())));
                        progress(runId, List.of(read));
                    });
                } catch (RuntimeException e) {
                    log.warn("Import of {} failed: {}", read.path(), describe(e), e);
                    Read failed = new Read(read.position(), read.path(), ImportFileResult.Outcome.FAILED, reason(e),
                            null, null, 0, null, null);
                    tx.executeWithoutResult(status -> {
                        record(runId, List.of(store(failed, null)));
                        progress(runId, List.of(failed));
                    });
                }
            }
        }
    }

    /** A file's line in the run's report, written with the others of its batch by {@link #record}. */
    private record Result(int position, String path, ImportFileResult.Outcome outcome, String message, Long statementId) {
    }

    /**
     * Writes the report's lines of a batch in its transaction, as one JDBC batch (rows of {@link ImportFileResult}:
     * with an identity key, Hibernate would insert them one statement at a time).
     */
    private void record(long runId, List<Result> results) {
        jdbc.batchUpdate("INSERT INTO import_file (run_id, position, path, outcome, message, statement_id)"
                + " VALUES (?, ?, ?, ?, ?, ?)", results, results.size(), (ps, result) -> {
            ps.setLong(1, runId);
            ps.setInt(2, result.position());
            ps.setString(3, result.path());
            ps.setString(4, result.outcome().name());
            ps.setString(5, ImportFileResult.shortened(result.message()));
            ps.setObject(6, result.statementId(), java.sql.Types.BIGINT);
        });
    }

    private void progress(long runId, List<Read> done) {
        jdbc.update("UPDATE import_run SET files_done = files_done + ?, current_file = ?, heartbeat_at = ? WHERE id = ?",
                done.size(), done.get(done.size() - 1).path(), now(), runId);
    }

    /** Stores one file's statement (unless it failed or is unchanged) and says what became of it. */
    private Result store(Read read, OfficialResolver.Registry officials) {
        if (read.extracted() == null) {
            if (read.outcome() == ImportFileResult.Outcome.FAILED) {
                log.warn("Import of {} failed: {}", read.path(), read.message());
            }
            return new Result(read.position(), read.path(), read.outcome(), read.message(), read.statementId());
        }
        ExtractedStatement extracted = read.extracted();
        Optional<Statement> existing = read.statementId() == null ? Optional.empty()
                : Optional.ofNullable(entityManager.find(Statement.class, read.statementId()));
        Source source = existing.map(Statement::getSource).orElseGet(() -> new Source(read.path()));
        source.read(read.sha256(), read.size(), extracted.mediaType(), extracted.charset(), extracted.sourceText(),
                clock.instant(), StatementExtractor.VERSION);
        List<String> notes = new ArrayList<>();
        StatementContent content = content(extracted, read.segmentation(), officials, notes);
        Statement statement;
        if (existing.isPresent()) {
            statement = existing.get();
            statement.revise(content, clock.instant());
        } else {
            statement = statements.save(new Statement(source, content, clock.instant()));
        }
        if (existing.isPresent()) { // a new statement has nothing of its own to lay back on it yet
            for (StatementRevisionHook hook : hooks) {
                notes.addAll(hook.afterRevision(statement));
            }
        }
        ImportFileResult.Outcome outcome = existing.isPresent() ? ImportFileResult.Outcome.UPDATED
                : ImportFileResult.Outcome.IMPORTED;
        return new Result(read.position(), read.path(), outcome, notes.isEmpty() ? null : String.join("; ", notes),
                statement.getId());
    }

    private StatementContent content(ExtractedStatement extracted, String segmentation, OfficialResolver.Registry registry,
                                     List<String> notes) {
        List<StatementContent.Named> named = new ArrayList<>();
        List<OfficialResolver.Resolved> officials = new ArrayList<>();
        for (OfficialMention found : extracted.officials()) {
            OfficialMention mention = new OfficialMention(fit(found.name(), 200, "An official's name", notes),
                    fit(found.role(), 300, "An official's role", notes), found.country(), found.mentions());
            OfficialResolver.Resolved official = resolver.resolve(mention, registry);
            if (officials.stream().anyMatch(o -> o.id() == official.id())) {
                continue; // two spellings the registry knows as one person
            }
            officials.add(official);
            named.add(new StatementContent.Named(official.official(), mention.role(), mention.country(), mention.mentions()));
        }
        List<StatementContent.Said> quotes = new ArrayList<>();
        for (Quote quote : extracted.quotes()) {
            OfficialResolver.Resolved speaker = OfficialResolver.speaker(quote.speaker(), officials);
            quotes.add(new StatementContent.Said(speaker == null ? null : speaker.official(),
                    speaker == null ? fit(quote.speaker(), 200, "A speaker's name", notes) : speaker.name(), quote.text()));
        }
        String title = fit(extracted.title(), 500, "The title", notes);
        String publisher = fit(extracted.publisher(), 300, "The publisher", notes);
        String sourceUrl = extracted.sourceUrl();
        if (sourceUrl != null && sourceUrl.length() > 1000) {
            notes.add("The source's address was " + sourceUrl.length() + " characters long (over 1000) and was not kept");
            sourceUrl = null;
        }
        List<String> warnings = new ArrayList<>(extracted.warnings());
        warnings.addAll(notes);
        return new StatementContent(title, extracted.titleDerived(), extracted.date(), extracted.dateEnd(),
                extracted.dateBasis(), extracted.type(), publisher, sourceUrl,
                extracted.paragraphs(), warnings, segmentation, extracted.parties(), named, quotes);
    }

    /** A field shortened to fit its column, with a note saying so (the file is stored, not failed). */
    private static String fit(String value, int max, String what, List<String> notes) {
        if (value == null || value.length() <= max) {
            return value;
        }
        notes.add(what + " was " + value.length() + " characters long and was shortened to " + max + " to fit");
        int end = max - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    /** Statements whose file is gone from the folder stay readable, flagged; nothing is deleted. */
    private void flagMissing(long runId, int position, List<String> present) {
        Set<String> paths = Set.copyOf(present);
        List<Long> gone = new ArrayList<>();
        jdbc.query("SELECT s.id, f.path FROM statement s JOIN source_file f ON f.id = s.source_file_id"
                + " WHERE f.missing = FALSE ORDER BY s.id", rs -> {
            if (!paths.contains(rs.getString(2))) {
                gone.add(rs.getLong(1));
            }
        });
        int at = position;
        for (Long id : gone) {
            int slot = at++;
            tx.executeWithoutResult(s -> {
                Statement statement = statements.findWithSourceById(id).orElseThrow();
                statement.markSourceMissing();
                record(runId, List.of(new Result(slot, statement.getSource().getPath(), ImportFileResult.Outcome.MISSING,
                        "The file is no longer in the import folder; the statement is kept and flagged", id)));
            });
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    /**
     * Why a file failed, for the admin's report: the extractor's and the folder's reasons as they are; a fault
     * of the database or the index in our words (their own text, with table and column names, goes to the log).
     */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String type = t.getClass().getName();
            if (t instanceof org.springframework.dao.DataAccessException || t instanceof java.sql.SQLException
                    || t instanceof jakarta.persistence.PersistenceException
                    || t instanceof org.springframework.transaction.TransactionException
                    || type.startsWith("org.hibernate.search.")) {
                return "the archive could not store this file (the database or the search index refused the write;"
                        + " the log has the details); the statement, if any, is as it was";
            }
        }
        return describe(e);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 500 ? message.substring(0, 497) + "..." : message;
    }
}
