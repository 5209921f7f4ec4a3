package org.communique.importer.extraction;

/**
 * One block of the source as the extractor saw it (a text line or an HTML block), whether it was kept in the
 * body, and if not, why: so an archivist can see what was kept and what was cut.
 */
public record SourceBlock(String text, Role role, String reason) {

    /** What a block turned out to be. */
    public enum Role {
        BODY, TITLE, DATE, CHROME
    }

    public boolean kept() {
        return role == Role.BODY;
    }
}
