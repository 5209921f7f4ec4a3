package org.communique.official;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.communique.cluster.ArchiveVersion;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A person who speaks or acts for a government or an international body: one canonical name, every
 * spelling texts use for them, their country, and the offices the registry knows them to have held.
 */
@Entity
@EntityListeners(ArchiveVersion.Changes.class)
@Table(name = "official")
public class Official {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String slug;

    private String country;

    /** Set when an admin merged this official into another: the row stays so that its URL redirects. */
    @Column(name = "merged_into")
    private Long mergedInto;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "official", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<OfficialAlias> aliases = new ArrayList<>();

    @OneToMany(mappedBy = "official", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Office> offices = new ArrayList<>();

    protected Official() {
    }

    public Official(String name, String slug, String country, Instant createdAt) {
        this.name = Objects.requireNonNull(name, "name");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.country = country;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        addAlias(name);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getCountry() {
        return country;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<OfficialAlias> getAliases() {
        return Collections.unmodifiableList(aliases);
    }

    public List<Office> getOffices() {
        return Collections.unmodifiableList(offices);
    }

    /** Adds a spelling, unless the official already has one with the same key; returns whether it was new. */
    public boolean addAlias(String spelling) {
        String alias = spelling == null ? "" : spelling.strip();
        if (alias.isEmpty()) {
            return false;
        }
        String key = NameKey.exact(alias);
        boolean known = aliases.stream().anyMatch(a -> a.getAlias().equalsIgnoreCase(alias)
                || !key.isEmpty() && a.getExactKey().equals(key) && a.getAlias().equals(alias));
        if (known) {
            return false;
        }
        aliases.add(new OfficialAlias(this, alias));
        return true;
    }

    /**
     * Removes a spelling (never the canonical name); returns whether the official had it. Statements that
     * already name the official keep doing so; the next import no longer recognises the spelling.
     */
    public boolean removeAlias(String spelling) {
        if (spelling == null || spelling.equals(name)) {
            return false;
        }
        return aliases.removeIf(a -> a.getAlias().equals(spelling));
    }

    public void addOffice(String title, String from, String to) {
        offices.add(new Office(this, title, from, to, offices.size()));
    }

    public void replaceOffices(List<Office> newOffices) {
        offices.clear();
        for (Office office : newOffices) {
            addOffice(office.getTitle(), office.getHeldFrom(), office.getHeldTo());
        }
    }

    public void setCountry(String country) {
        this.country = country == null || country.isBlank() ? null : country.strip();
    }

    /** A new canonical name; the old one stays a spelling of the official. */
    public void rename(String newName, String newSlug) {
        addAlias(this.name);
        this.name = Objects.requireNonNull(newName, "newName").strip();
        this.slug = Objects.requireNonNull(newSlug, "newSlug");
        addAlias(this.name);
    }

    /** Marks this official as merged into another, whose spellings now include this one's. */
    public void mergeInto(Official survivor) {
        for (OfficialAlias alias : List.copyOf(aliases)) {
            survivor.addAlias(alias.getAlias());
        }
        this.mergedInto = survivor.getId();
    }

    /** Undoes {@link #mergeInto}: the official stands on their own again (with the spellings they had). */
    public void unmerge() {
        this.mergedInto = null;
    }

    public boolean isMerged() {
        return mergedInto != null;
    }
}
