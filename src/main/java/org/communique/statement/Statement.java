package org.communique.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.communique.cluster.ArchiveVersion;
import org.communique.web.Slug;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A statement in the archive: what governments said, when, of which kind, between which parties, by whom;
 * the clean text; and the source file it came from. Its id never changes, so neither does its URL:
 * re-importing a changed file revises the same statement.
 */
@Entity
@EntityListeners(ArchiveVersion.Changes.class)
@Table(name = "statement")
public class Statement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @JoinColumn(name = "source_file_id", unique = true)
    private Source source;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(name = "title_derived", nullable = false)
    private boolean titleDerived;

    /** First day of the date's span; with {@link #spanEnd} it lets filters treat partial dates honestly. */
    @Column(name = "date_start")
    private LocalDate dateStart;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    private DatePrecision datePrecision;

    /** Last day of a range the text gives ("July 22-23, 2024"). */
    @Column(name = "date_end")
    private LocalDate dateEnd;

    /** Last day the statement's date may mean: the range's end, or the end of its month or year. */
    @Column(name = "span_end")
    private LocalDate spanEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_basis", nullable = false)
    private DateBasis dateBasis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatementType type;

    private String publisher;

    @Column(name = "source_url")
    private String sourceUrl;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String warnings;

    /** The source's blocks, kept and cut, as JSON: for the provenance view. */
    @Column(nullable = false, columnDefinition = "TEXT")
    private String segmentation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatementStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * The parties in the order the text gives them, each with the statement's date and type (kept in step by
     * {@link #setDate} and {@link #setType}).
     */
    @ElementCollection
    @CollectionTable(name = "statement_party", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "position")
    private List<StatementParty> parties = new ArrayList<>();

    @OneToMany(mappedBy = "statement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Appearance> appearances = new ArrayList<>();

    @OneToMany(mappedBy = "statement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Quotation> quotations = new ArrayList<>();

    protected Statement() {
    }

    public Statement(Source source, StatementContent content, Instant now) {
        this.source = Objects.requireNonNull(source, "source");
        this.createdAt = now;
        this.status = StatementStatus.ACTIVE;
        revise(content, now);
    }

    /** Takes what the statement now says, keeping its id and so its URL. */
    public void revise(StatementContent content, Instant now) {
        this.title = content.title();
        this.slug = Slug.of(content.title());
        this.titleDerived = content.titleDerived();
        setDate(content.date(), content.dateEnd(), content.dateBasis());
        this.type = content.type(); // the parties below are made with it
        this.publisher = content.publisher();
        this.sourceUrl = content.sourceUrl();
        this.body = String.join("\n\n", content.paragraphs());
        this.warnings = String.join("\n", content.warnings());
        this.segmentation = content.segmentation();
        setParties(content.parties());
        this.appearances.clear();
        for (StatementContent.Named named : content.officials()) {
            appearances.add(new Appearance(this, named.official(), appearances.size(), named.role(), named.country(),
                    named.mentions()));
        }
        this.quotations.clear();
        for (StatementContent.Said said : content.quotes()) {
            quotations.add(new Quotation(this, said.official(), quotations.size(), said.speaker(), said.text()));
        }
        this.status = StatementStatus.ACTIVE;
        this.updatedAt = now;
    }

    public void setTitle(String title) {
        this.title = Objects.requireNonNull(title, "title").strip();
        this.slug = Slug.of(this.title);
        this.titleDerived = false;
    }

    public void setDate(PartialDate date, LocalDate end, DateBasis basis) {
        this.dateStart = date == null ? null : date.lowerBound();
        this.datePrecision = date == null ? null : date.precision();
        this.dateEnd = end;
        LocalDate upper = date == null ? null : date.upperBound();
        this.spanEnd = end != null && upper != null && end.isAfter(upper) ? end : upper;
        this.dateBasis = date == null ? DateBasis.NONE : basis;
        appearances.forEach(appearance -> appearance.dated(dateStart));
        quotations.forEach(quotation -> quotation.dated(dateStart));
        parties.forEach(party -> party.dated(dateStart, datePrecision));
    }

    public void setType(StatementType type) {
        this.type = Objects.requireNonNull(type, "type");
        parties.forEach(party -> party.typed(type));
    }

    /**
     * The parties' codes, each once (a party's statements are counted by its rows), with the statement's date and
     * type.
     */
    public void setParties(List<String> codes) {
        this.parties.clear();
        codes.stream().distinct()
                .forEach(code -> parties.add(new StatementParty(code, dateStart, datePrecision, type)));
    }

    /** The officials the statement names, as an admin corrected them (re-imports set them from the text). */
    public void setOfficials(List<StatementContent.Named> named) {
        this.appearances.clear();
        for (StatementContent.Named one : named) {
            appearances.add(new Appearance(this, one.official(), appearances.size(), one.role(), one.country(),
                    one.mentions()));
        }
    }

    /** The source file is gone from the import folder: the statement stays, flagged. */
    public void markSourceMissing() {
        this.status = StatementStatus.SOURCE_MISSING;
        this.source.markMissing();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Source getSource() {
        return source;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public boolean isTitleDerived() {
        return titleDerived;
    }

    /** The date at the precision the source supports, or {@code null}. */
    public PartialDate getDate() {
        return dateStart == null ? null : new PartialDate(dateStart, datePrecision);
    }

    public LocalDate getDateEnd() {
        return dateEnd;
    }

    public LocalDate getSpanEnd() {
        return spanEnd;
    }

    public DateBasis getDateBasis() {
        return dateBasis;
    }

    public StatementType getType() {
        return type;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public String getBody() {
        return body;
    }

    public List<String> getParagraphs() {
        return body.isEmpty() ? List.of() : Arrays.asList(body.split("\n\n"));
    }

    public List<String> getWarnings() {
        return warnings.isEmpty() ? List.of() : Arrays.asList(warnings.split("\n"));
    }

    public String getSegmentation() {
        return segmentation;
    }

    public StatementStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The parties' codes, in the text's order. */
    public List<String> getParties() {
        return parties.stream().map(StatementParty::getCode).toList();
    }

    public List<Appearance> getAppearances() {
        return Collections.unmodifiableList(appearances);
    }

    public List<Quotation> getQuotations() {
        return Collections.unmodifiableList(quotations);
    }
}
