package org.communique.importer.extraction;

/** A direct quotation and the canonical name of the official it is attributed to. */
public record Quote(String speaker, String text) {
}
