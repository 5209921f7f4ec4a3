package org.communique.search;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.backend.work.execution.OperationSubmitter;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;

/**
 * How a transaction waits for its index writes (as the configured strategy, {@code write-sync} or {@code sync}
 * does), except that a write that fails after the database committed is recorded in {@link IndexFailures} rather
 * than thrown: the data is stored, the caller cannot undo the commit, and the index is repaired from the
 * database later. Without it, the failure surfaced as an error of a request or an import file whose data had in
 * fact been saved.
 */
final class RecordedIndexWrites implements IndexingPlanSynchronizationStrategy {

    private final IndexingPlanSynchronizationStrategy delegate;
    private final IndexFailures failures;

    RecordedIndexWrites(IndexingPlanSynchronizationStrategy delegate, IndexFailures failures) {
        this.delegate = delegate;
        this.failures = failures;
    }

    /** The strategy a configured name stands for ({@code sync}, {@code read-sync}, {@code write-sync}, {@code async}). */
    static IndexingPlanSynchronizationStrategy named(Object name) {
        return switch (name == null ? "write-sync" : String.valueOf(name)) {
            case "sync" -> IndexingPlanSynchronizationStrategy.sync();
            case "read-sync" -> IndexingPlanSynchronizationStrategy.readSync();
            case "async" -> IndexingPlanSynchronizationStrategy.async();
            default -> IndexingPlanSynchronizationStrategy.writeSync();
        };
    }

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        delegate.apply(new IndexingPlanSynchronizationStrategyConfigurationContext() {
            @Override
            public void documentCommitStrategy(DocumentCommitStrategy strategy) {
                context.documentCommitStrategy(strategy);
            }

            @Override
            public void documentRefreshStrategy(DocumentRefreshStrategy strategy) {
                context.documentRefreshStrategy(strategy);
            }

            @Override
            public void indexingFutureHandler(
                    Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> handler) {
                context.indexingFutureHandler(future -> {
                    try {
                        handler.accept(future);
                    } catch (RuntimeException e) {
                        failures.record(e, "the writes of a transaction");
                    }
                });
            }

            @Override
            public FailureHandler failureHandler() {
                return context.failureHandler();
            }

            @Override
            public void operationSubmitter(OperationSubmitter operationSubmitter) {
                context.operationSubmitter(operationSubmitter);
            }
        });
    }
}
