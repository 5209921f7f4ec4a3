package org.communique.importer;

import java.nio.file.Path;

/** Test helpers of the importer package that tests of other packages use. */
public final class ExtractionBudgetTestAccess {

    private ExtractionBudgetTestAccess() {
    }

    /** Makes a FIFO with the system's {@code mkfifo}; false where there is none. */
    public static boolean mkfifo(Path path) throws Exception {
        return ExtractionBudgetTest.mkfifo(path);
    }
}
