package org.communique.importer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** What an import run did with one file. */
@Entity
@Table(name = "import_file")
public class ImportFileResult {

    /** The outcome for one file. */
    public enum Outcome {
        IMPORTED, UPDATED, UNCHANGED, FAILED,
        /** The file is no longer in the folder: its statement stays, flagged "source missing". */
        MISSING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id")
    private ImportRun run;

    @Column(nullable = false)
    private String path;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    private String message;

    @Column(name = "statement_id")
    private Long statementId;

    @Column(nullable = false)
    private int position;

    protected ImportFileResult() {
    }

    public ImportFileResult(ImportRun run, int position, String path, Outcome outcome, String message, Long statementId) {
        this.run = run;
        this.position = position;
        this.path = path;
        this.outcome = outcome;
        this.message = shortened(message);
        this.statementId = statementId;
    }

    /** A message as its column holds it: at most 2,000 characters. */
    static String shortened(String message) {
        return message == null || message.length() <= 2000 ? message : message.substring(0, 1997) + "...";
    }

    public String getPath() {
        return path;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getMessage() {
        return message;
    }

    public Long getStatementId() {
        return statementId;
    }

    public int getPosition() {
        return position;
    }
}
