package org.communique.importer.extraction;

/** A source file over its {@link ExtractionBudget}: the message says which limit, in words. */
public final class SourceTooHeavy extends RuntimeException {

    public SourceTooHeavy(String message) {
        super(message);
    }

    public static SourceTooHeavy overSize(long bytes, ExtractionBudget budget) {
        return new SourceTooHeavy("the file is too large to extract: " + megabytes(bytes) + ", over the limit of "
                + megabytes(budget.maxBytes()) + " (archive.extraction.max-file-size)");
    }

    static SourceTooHeavy overLines(ExtractionBudget budget) {
        return new SourceTooHeavy("the file has more than " + budget.maxLines() + " lines, over the limit"
                + " (archive.extraction.max-lines)");
    }

    static SourceTooHeavy overDepth(ExtractionBudget budget) {
        return new SourceTooHeavy("the page nests its HTML elements more than " + budget.maxDepth() + " deep, over"
                + " the limit (archive.extraction.max-depth)");
    }

    public static SourceTooHeavy overTime(ExtractionBudget budget) {
        long millis = budget.maxTime().toMillis();
        String limit = millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
        return new SourceTooHeavy("extracting the file took longer than the limit of " + limit
                + " (archive.extraction.max-time); the file is too heavy");
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
