package org.communique.official;

import org.communique.cluster.ArchiveVersion;

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

/** A spelling of an official's name, with the keys under which other spellings find it. */
@Entity
@EntityListeners(ArchiveVersion.Changes.class)
@Table(name = "official_alias")
public class OfficialAlias {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "official_id")
    private Official official;

    @Column(nullable = false)
    private String alias;

    @Column(name = "exact_key", nullable = false)
    private String exactKey;

    @Column(name = "loose_key", nullable = false)
    private String looseKey;

    protected OfficialAlias() {
    }

    OfficialAlias(Official official, String alias) {
        this.official = official;
        this.alias = alias;
        this.exactKey = NameKey.exact(alias);
        this.looseKey = NameKey.loose(alias);
    }

    public String getAlias() {
        return alias;
    }

    public String getExactKey() {
        return exactKey;
    }

    public String getLooseKey() {
        return looseKey;
    }

    public Official getOfficial() {
        return official;
    }
}
