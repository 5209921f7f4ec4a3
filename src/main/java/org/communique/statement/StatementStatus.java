package org.communique.statement;

/** Whether a statement's source file is still in the import folder. */
public enum StatementStatus {
    ACTIVE,
    /** The file disappeared from the import folder: the statement stays readable, flagged. */
    SOURCE_MISSING
}
