package org.communique.importer;

/** A run was asked for while another holds the import lock. */
public class ImportAlreadyRunning extends RuntimeException {

    private final Long runningId;

    public ImportAlreadyRunning(Long runningId) {
        super((runningId == null ? "An import or a check of the search index is already running"
                : "An import is already running (run " + runningId + ")") + "; try again when it has finished.");
        this.runningId = runningId;
    }

    public Long getRunningId() {
        return runningId;
    }
}
