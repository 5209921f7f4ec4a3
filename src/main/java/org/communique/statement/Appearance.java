package org.communique.statement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

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

/** An official named in a statement, with the office and country the statement gives them and how it spells them. */
@Entity
@EntityListeners(ArchiveVersion.Changes.class)
@Table(name = "appearance")
public class Appearance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id")
    private Statement statement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "official_id")
    private Official official;

    @Column(nullable = false)
    private int position;

    private String role;

    private String country;

    @Column(nullable = false)
    private String mentions;

    /** The statement's first day, kept beside the official so their statements read in time order from an index. */
    @Column(name = "date_start")
    private LocalDate dateStart;

    protected Appearance() {
    }

    Appearance(Statement statement, Official official, int position, String role, String country, List<String> mentions) {
        this.statement = statement;
        this.official = official;
        this.position = position;
        this.role = role;
        this.country = country;
        this.mentions = String.join("\n", mentions);
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

    public String getRole() {
        return role;
    }

    public String getCountry() {
        return country;
    }

    public List<String> getMentions() {
        return mentions.isEmpty() ? List.of() : Arrays.asList(mentions.split("\n"));
    }

    public void setRole(String role) {
        this.role = role;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    /** Points the appearance at another official, after an admin merged the two. */
    public void reassign(Official survivor) {
        this.official = survivor;
    }
}
