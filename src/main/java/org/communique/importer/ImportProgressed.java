package org.communique.importer;

/**
 * Published on the import thread each time a run has stored a batch of files and committed it, so that
 * listeners see the same counts as the run's progress page. A listener runs before the next batch is
 * stored: it should be quick.
 *
 * @param runId      the run
 * @param filesDone  files stored so far (imported, updated, unchanged or failed)
 * @param filesTotal files the run will go through
 */
public record ImportProgressed(long runId, int filesDone, int filesTotal) {
}
