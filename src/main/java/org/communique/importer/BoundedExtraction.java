package org.communique.importer;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.communique.importer.extraction.ExtractedStatement;
import org.communique.importer.extraction.ExtractionBudget;
import org.communique.importer.extraction.SourceFile;
import org.communique.importer.extraction.SourceTooHeavy;
import org.communique.importer.extraction.StatementExtractor;

/**
 * Keeps an extraction to its budget's time: the extraction runs on a worker thread and the caller waits no
 * longer than the budget; past it the worker is interrupted (the extractor stops at its next step) and the
 * file is refused with {@link SourceTooHeavy}, so that one file never holds an import, a preview or the
 * command line.
 */
public final class BoundedExtraction {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "extraction-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private BoundedExtraction() {
    }

    /** Extracts a file within the budget, or throws {@link SourceTooHeavy} (or the extractor's own exception). */
    public static ExtractedStatement extract(StatementExtractor extractor, SourceFile file, ExtractionBudget budget) {
        if (file.bytes().length > budget.maxBytes()) {
            throw SourceTooHeavy.overSize(file.bytes().length, budget);
        }
        Future<ExtractedStatement> result = WORKERS.submit(() -> extractor.extract(file, budget));
        try {
            return result.get(budget.maxTime().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw SourceTooHeavy.overTime(budget);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new SourceTooHeavy("the extraction was stopped: the archive is shutting down");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof StackOverflowError || cause instanceof OutOfMemoryError) {
                throw new SourceTooHeavy("the file is too complex to extract (" + cause.getClass().getSimpleName() + ")");
            }
            throw new IllegalStateException("the extractor failed: " + cause, cause);
        }
    }
}
