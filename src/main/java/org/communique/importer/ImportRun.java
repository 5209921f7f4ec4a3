package org.communique.importer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One import of the source folder: when, why, how far it got, and what happened to each file. */
@Entity
@Table(name = "import_run")
public class ImportRun {

    /** What started a run. */
    public enum Trigger {
        STARTUP, COMMAND, ADMIN
    }

    /** Where a run stands. */
    public enum Status {
        RUNNING, COMPLETED,
        /** Every file was dealt with, but writes to the search index failed: the message says so. */
        COMPLETED_WITH_ERRORS,
        FAILED,
        /** The archive stopped while the run was under way; the next run picks up where files are unchanged. */
        INTERRUPTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_name", nullable = false)
    private Trigger trigger;

    @Column(name = "triggered_by")
    private String triggeredBy;

    @Column(nullable = false)
    private String folder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "files_total", nullable = false)
    private int filesTotal;

    @Column(name = "files_done", nullable = false)
    private int filesDone;

    @Column(name = "current_file")
    private String currentFile;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    private String message;

    @OneToMany(mappedBy = "run", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<ImportFileResult> files = new ArrayList<>();

    protected ImportRun() {
    }

    public ImportRun(Trigger trigger, String triggeredBy, String folder, Instant now) {
        this.trigger = trigger;
        this.triggeredBy = triggeredBy;
        this.folder = folder;
        this.startedAt = now;
        this.heartbeatAt = now;
        this.status = Status.RUNNING;
    }

    public Long getId() {
        return id;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Trigger getTrigger() {
        return trigger;
    }

    public String getTriggeredBy() {
        return triggeredBy;
    }

    public String getFolder() {
        return folder;
    }

    public Status getStatus() {
        return status;
    }

    public int getFilesTotal() {
        return filesTotal;
    }

    public int getFilesDone() {
        return filesDone;
    }

    public String getCurrentFile() {
        return currentFile;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public String getMessage() {
        return message;
    }

    public List<ImportFileResult> getFiles() {
        return Collections.unmodifiableList(files);
    }

    public boolean isRunning() {
        return status == Status.RUNNING;
    }
}
