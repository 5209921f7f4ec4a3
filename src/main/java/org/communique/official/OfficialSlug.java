package org.communique.official;

import org.communique.cluster.ArchiveVersion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A slug an official's page had before a rename or a merge: its URL redirects to the page now. */
@Entity
@EntityListeners(ArchiveVersion.Changes.class)
@Table(name = "official_slug")
public class OfficialSlug {

    @Id
    private String slug;

    @Column(name = "official_id", nullable = false)
    private Long officialId;

    protected OfficialSlug() {
    }

    public OfficialSlug(String slug, Long officialId) {
        this.slug = slug;
        this.officialId = officialId;
    }

    public String getSlug() {
        return slug;
    }

    public Long getOfficialId() {
        return officialId;
    }
}
