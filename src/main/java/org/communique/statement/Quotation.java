package org.communique.statement;

import java.time.LocalDate;

import org.communique.cluster.ArchiveVersion;
import org.communique.official.Official;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A direct quotation in a statement and the official it is attributed to. */
@Entity
@EntityListeners(ArchiveVersion.Changes.class)
@Table(name = "quotation")
public class Quotation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id")
    private Statement statement;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "official_id")
    private Official official;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String speaker;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String text;

    /** The statement's first day, kept beside the official so their latest quotations read from an index. */
    @Column(name = "date_start")
    private LocalDate dateStart;

    protected Quotation() {
    }

    Quotation(Statement statement, Official official, int position, String speaker, String text) {
        this.statement = statement;
        this.official = official;
        this.position = position;
        this.speaker = speaker;
        this.text = text;
        this.dateStart = statement.getDate() == null ? null : statement.getDate().lowerBound();
    }

    /** The statement's date changed (a correction, a re-import). */
    void dated(LocalDate newStart) {
        this.dateStart = newStart;
    }

    public Statement getStatement() {
        return statement;
    }

    public Official getOfficial() {
        return official;
    }

    public String getSpeaker() {
        return speaker;
    }

    public String getText() {
        return text;
    }

    public void reassign(Official survivor) {
        this.official = survivor;
        this.speaker = survivor.getName();
    }
}
