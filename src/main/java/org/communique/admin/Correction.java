package org.communique.admin;

import java.time.Instant;

import org.communique.cluster.ArchiveVersion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An admin's correction of one field of a statement: who, when, the value before and after, and why. The
 * newest correction of a field is laid back on the statement after every re-import.
 */
@Entity
@EntityListeners(ArchiveVersion.Changes.class)
@Table(name = "correction")
class Correction {

    /** The fields an admin may correct. Values are kept as text: see {@link StatementCorrector}. */
    enum Field {
        TITLE("Title"), DATE("Date"), TYPE("Type"), PARTIES("Parties"), OFFICIALS("Officials");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "statement_id", nullable = false)
    private Long statementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Field field;

    @Column(name = "old_value", columnDefinition = "TEXT")
    private String oldValue;

    @Column(name = "new_value", columnDefinition = "TEXT")
    private String newValue;

    private String note;

    @Column(name = "corrected_by", nullable = false)
    private String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    private Instant correctedAt;

    protected Correction() {
    }

    Correction(long statementId, Field field, String oldValue, String newValue, String note, String correctedBy,
               Instant correctedAt) {
        this.statementId = statementId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.correctedBy = correctedBy;
        this.correctedAt = correctedAt;
    }

    Long getId() {
        return id;
    }

    Long getStatementId() {
        return statementId;
    }

    Field getField() {
        return field;
    }

    String getOldValue() {
        return oldValue;
    }

    String getNewValue() {
        return newValue;
    }

    String getNote() {
        return note;
    }

    String getCorrectedBy() {
        return correctedBy;
    }

    Instant getCorrectedAt() {
        return correctedAt;
    }
}
