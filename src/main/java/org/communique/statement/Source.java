package org.communique.statement;

import java.time.Instant;

import org.communique.cluster.ArchiveVersion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The file a statement was extracted from, as the archive keeps it for provenance: its path under the
 * import folder, its SHA-256, size, media type and charset, the text exactly as read, when it was
 * imported and by which extractor version.
 */
@Entity
@EntityListeners(ArchiveVersion.Changes.class)
@Table(name = "source_file")
public class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String path;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(nullable = false)
    private String charset;

    @Column(name = "original_text", nullable = false, columnDefinition = "TEXT")
    private String originalText;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "extractor_version", nullable = false)
    private String extractorVersion;

    @Column(nullable = false)
    private boolean missing;

    protected Source() {
    }

    public Source(String path) {
        this.path = path;
    }

    /** Records what was read from the file this time. */
    public void read(String sha256, long sizeBytes, String mediaType, String charset, String originalText,
                     Instant importedAt, String extractorVersion) {
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.mediaType = mediaType;
        this.charset = charset;
        this.originalText = originalText;
        this.importedAt = importedAt;
        this.extractorVersion = extractorVersion;
        this.missing = false;
    }

    public boolean isUnchanged(String sha256, String extractorVersion) {
        return this.sha256 != null && this.sha256.equals(sha256) && this.extractorVersion.equals(extractorVersion);
    }

    public void markMissing() {
        this.missing = true;
    }

    public Long getId() {
        return id;
    }

    public String getPath() {
        return path;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getCharset() {
        return charset;
    }

    public String getOriginalText() {
        return originalText;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getExtractorVersion() {
        return extractorVersion;
    }

    public boolean isMissing() {
        return missing;
    }
}
