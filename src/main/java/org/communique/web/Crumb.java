package org.communique.web;

/** One step of a page's breadcrumb trail ("Statements › 2021 › July"): its label and where it leads. */
public record Crumb(String label, String link) {
}
