package org.communique.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.communique.importer.extraction.ExtractedStatement;
import org.communique.importer.extraction.ExtractionBudget;
import org.communique.importer.extraction.OfficialMention;
import org.communique.importer.extraction.Quote;
import org.communique.importer.extraction.SourceFile;
import org.communique.importer.extraction.StatementExtractor;
import org.communique.official.Official;
import org.communique.statement.Source;
import org.communique.statement.Statement;
import org.communique.statement.StatementContent;
import org.communique.statement.Statements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final Clock clock;
    private final ExtractionBudget budget;

    Importer(Statements statements, ImportRuns runs, ImportLock lock, RegistryStore registry, OfficialResolver resolver,
             List<StatementRevisionHook> hooks, TransactionTemplate tx, JdbcTemplate jdbc, EntityManager entityManager,
             TaskExecutor importExecutor, Clock clock, ExtractionProperties extraction) {
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
        registry.seedIfEmpty();
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
        try {
            ImportFolder boundary = new ImportFolder(folder);
            List<String> files = only == null ? boundary.sourceFiles() : only;
            jdbc.update("UPDATE import_run SET files_total = ? WHERE id = ?", files.size(), runId);
            StatementExtractor extractor = new StatementExtractor(registry.current());
            int position = 0;
            for (String path : files) {
                jdbc.update("UPDATE import_run SET current_file = ?, heartbeat_at = ? WHERE id = ?", path, now(), runId);
                importFile(runId, position++, boundary, path, extractor);
                jdbc.update("UPDATE import_run SET files_done = files_done + 1, heartbeat_at = ? WHERE id = ?", now(), runId);
            }
            if (only == null) {
                flagMissing(runId, position, files);
            }
            jdbc.update("UPDATE import_run SET status = 'COMPLETED', finished_at = ?, current_file = NULL WHERE id = ?",
                    now(), runId);
        } catch (IOException | RuntimeException e) {
            log.error("Import run {} failed", runId, e);
            jdbc.update("UPDATE import_run SET status = 'FAILED', finished_at = ?, current_file = NULL, message = ?"
                    + " WHERE id = ?", now(), describe(e), runId);
        } finally {
            renewing.cancel(false);
            heartbeat.shutdownNow();
            lock.release();
        }
    }

    private void importFile(long runId, int position, ImportFolder folder, String path, StatementExtractor extractor) {
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
            Optional<Statement> existing = tx.execute(s -> statements.findBySourcePath(path)
                    .map(statement -> { statement.getSource().getSha256(); return statement; }));
            if (existing.isPresent() && existing.get().getSource().isUnchanged(sha256, StatementExtractor.VERSION)
                    && !existing.get().getSource().isMissing()) {
                record(runId, position, path, ImportFileResult.Outcome.UNCHANGED, null, existing.get().getId());
                return;
            }
            ExtractedStatement extracted = BoundedExtraction.extract(extractor, new SourceFile(fileName(path), bytes), budget);
            if (extracted.paragraphs().isEmpty()) {
                throw new IllegalStateException("no statement text found in the file");
            }
            tx.executeWithoutResult(status -> store(runId, position, path, sha256, bytes.length, extracted));
        } catch (RuntimeException e) {
            log.warn("Import of {} failed: {}", path, describe(e));
            record(runId, position, path, ImportFileResult.Outcome.FAILED, describe(e), null);
        }
    }

    private void store(long runId, int position, String path, String sha256, long size, ExtractedStatement extracted) {
        Optional<Statement> existing = statements.findBySourcePath(path);
        Source source = existing.map(Statement::getSource).orElseGet(() -> new Source(path));
        source.read(sha256, size, extracted.mediaType(), extracted.charset(), extracted.sourceText(), clock.instant(),
                StatementExtractor.VERSION);
        StatementContent content = content(extracted);
        Statement statement;
        if (existing.isPresent()) {
            statement = existing.get();
            statement.revise(content, clock.instant());
        } else {
            statement = statements.save(new Statement(source, content, clock.instant()));
        }
        statements.flush();
        List<String> notes = new ArrayList<>();
        for (StatementRevisionHook hook : hooks) {
            notes.addAll(hook.afterRevision(statement));
        }
        ImportFileResult.Outcome outcome = existing.isPresent() ? ImportFileResult.Outcome.UPDATED
                : ImportFileResult.Outcome.IMPORTED;
        entityManager.persist(new ImportFileResult(entityManager.getReference(ImportRun.class, runId), position, path,
                outcome, notes.isEmpty() ? null : String.join("; ", notes), statement.getId()));
    }

    private StatementContent content(ExtractedStatement extracted) {
        List<StatementContent.Named> named = new ArrayList<>();
        List<Official> officials = new ArrayList<>();
        for (OfficialMention mention : extracted.officials()) {
            Official official = resolver.resolve(mention);
            if (officials.contains(official)) {
                continue; // two spellings the registry knows as one person
            }
            officials.add(official);
            named.add(new StatementContent.Named(official, mention.role(), mention.country(), mention.mentions()));
        }
        List<StatementContent.Said> quotes = new ArrayList<>();
        for (Quote quote : extracted.quotes()) {
            Official speaker = resolver.speaker(quote.speaker(), officials);
            quotes.add(new StatementContent.Said(speaker, speaker == null ? quote.speaker() : speaker.getName(), quote.text()));
        }
        return new StatementContent(extracted.title(), extracted.titleDerived(), extracted.date(), extracted.dateEnd(),
                extracted.dateBasis(), extracted.type(), extracted.publisher(), extracted.sourceUrl(),
                extracted.paragraphs(), extracted.warnings(), JSON.writeValueAsString(extracted.blocks()),
                extracted.parties(), named, quotes);
    }

    /** Statements whose file is gone from the folder stay readable, flagged; nothing is deleted. */
    private void flagMissing(long runId, int position, List<String> present) {
        Set<String> paths = Set.copyOf(present);
        List<Long> gone = tx.execute(s -> statements.findAllWithSource().stream()
                .filter(st -> !paths.contains(st.getSource().getPath()) && !st.getSource().isMissing())
                .map(Statement::getId).toList());
        int at = position;
        for (Long id : gone) {
            int slot = at++;
            tx.executeWithoutResult(s -> {
                Statement statement = statements.findWithSourceById(id).orElseThrow();
                statement.markSourceMissing();
                entityManager.persist(new ImportFileResult(entityManager.getReference(ImportRun.class, runId), slot,
                        statement.getSource().getPath(), ImportFileResult.Outcome.MISSING,
                        "The file is no longer in the import folder; the statement is kept and flagged", id));
            });
        }
    }

    private void record(long runId, int position, String path, ImportFileResult.Outcome outcome, String message,
                        Long statementId) {
        tx.executeWithoutResult(s -> entityManager.persist(new ImportFileResult(
                entityManager.getReference(ImportRun.class, runId), position, path, outcome, message, statementId)));
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

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 500 ? message.substring(0, 497) + "..." : message;
    }
}
