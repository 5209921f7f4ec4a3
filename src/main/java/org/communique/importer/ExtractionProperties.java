package org.communique.importer;

import java.time.Duration;

import org.communique.importer.extraction.ExtractionBudget;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What one source file may cost to extract, in the importer, the admin's preview and the {@code extract}
 * command ({@code archive.extraction.*}). A file over a limit fails with the limit named, and the run goes on.
 *
 * @param maxFileSize the largest file read ({@code 10MB})
 * @param maxLines    the most lines a file may have ({@code 20000})
 * @param maxDepth    the deepest nesting of HTML elements ({@code 256})
 * @param maxTime     the longest one file's extraction may take in an import or the command ({@code 10s})
 * @param previewTime the longest the admin's preview waits for one file ({@code 4s}); past it the preview says
 *                    the file is too heavy to preview
 */
@ConfigurationProperties(prefix = "archive.extraction")
public record ExtractionProperties(DataSize maxFileSize, Integer maxLines, Integer maxDepth, Duration maxTime,
                                   Duration previewTime) {

    public ExtractionProperties {
        ExtractionBudget defaults = ExtractionBudget.DEFAULT;
        maxFileSize = maxFileSize == null ? DataSize.ofBytes(defaults.maxBytes()) : maxFileSize;
        maxLines = maxLines == null ? defaults.maxLines() : maxLines;
        maxDepth = maxDepth == null ? defaults.maxDepth() : maxDepth;
        maxTime = maxTime == null ? defaults.maxTime() : maxTime;
        previewTime = previewTime == null ? Duration.ofSeconds(4) : previewTime;
        budget(maxFileSize, maxLines, maxDepth, maxTime); // refuses nonsense at start-up, naming the setting
    }

    /** The defaults, for the command line without settings. */
    public static ExtractionProperties defaults() {
        return new ExtractionProperties(null, null, null, null, null);
    }

    /** The budget of an import or the command line. */
    public ExtractionBudget budget() {
        return budget(maxFileSize, maxLines, maxDepth, maxTime);
    }

    /** The budget of the admin's preview: the same limits, a shorter time. */
    public ExtractionBudget previewBudget() {
        return budget().withMaxTime(previewTime);
    }

    private static ExtractionBudget budget(DataSize size, int lines, int depth, Duration time) {
        try {
            return new ExtractionBudget(size.toBytes(), lines, depth, time);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("archive.extraction.*: " + e.getMessage(), e);
        }
    }
}
