package org.communique.importer.extraction;

import java.time.Duration;

/**
 * How much one source file may cost to extract: its size in bytes, its number of lines, how deep its HTML
 * elements nest, and the time it may take. A file over any of them is refused with {@link SourceTooHeavy}
 * rather than holding the importer, the command line or the admin's preview.
 *
 * @param maxBytes the largest file read
 * @param maxLines the most lines a file may have
 * @param maxDepth the deepest nesting of HTML elements
 * @param maxTime  the longest one file's extraction may take
 */
public record ExtractionBudget(long maxBytes, int maxLines, int maxDepth, Duration maxTime) {

    /** The defaults, also those of {@code archive.extraction.*}. */
    public static final ExtractionBudget DEFAULT = new ExtractionBudget(10L * 1024 * 1024, 20_000, 256,
            Duration.ofSeconds(10));

    public ExtractionBudget {
        if (maxBytes < 1 || maxLines < 1 || maxDepth < 8 || maxTime == null || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("an extraction budget needs a positive size, line count and time,"
                    + " and a depth of at least 8");
        }
    }

    /** The same budget with another time limit (the admin's preview answers sooner than an import waits). */
    public ExtractionBudget withMaxTime(Duration time) {
        return new ExtractionBudget(maxBytes, maxLines, maxDepth, time);
    }
}
