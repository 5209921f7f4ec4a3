package org.communique.statement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kind of document a statement is, as researchers sort them. */
public enum StatementType {
    JOINT_STATEMENT("Joint statement"),
    READOUT("Readout"),
    PRESS_STATEMENT("Press statement"),
    REMARKS("Remarks"),
    NEWS_REPORT("News report"),
    OTHER("Other");

    private final String label;

    StatementType(String label) {
        this.label = label;
    }

    /** The hyphenated code used in URLs and JSON, e.g. {@code joint-statement}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    public static Optional<StatementType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Arrays.stream(values()).filter(type -> type.code().equals(normalized)).findFirst();
    }
}
