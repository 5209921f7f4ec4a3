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

/** An office the registry records an official as holding, from one date to another ("YYYY[-MM[-DD]]"). */
@Entity
@EntityListeners(ArchiveVersion.Changes.class)
@Table(name = "official_office")
public class Office {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "official_id")
    private Official official;

    @Column(nullable = false)
    private String title;

    @Column(name = "held_from")
    private String heldFrom;

    @Column(name = "held_to")
    private String heldTo;

    @Column(nullable = false)
    private int position;

    protected Office() {
    }

    Office(Official official, String title, String heldFrom, String heldTo, int position) {
        this.official = official;
        this.title = title;
        this.heldFrom = heldFrom;
        this.heldTo = heldTo;
        this.position = position;
    }

    public static Office of(String title, String heldFrom, String heldTo) {
        return new Office(null, title, heldFrom, heldTo, 0);
    }

    public String getTitle() {
        return title;
    }

    public String getHeldFrom() {
        return heldFrom;
    }

    public String getHeldTo() {
        return heldTo;
    }
}
