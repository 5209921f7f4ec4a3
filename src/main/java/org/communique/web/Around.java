package org.communique.web;

/**
 * The neighbours of a page in time (the months or years before and after it that hold statements): labels
 * and links, either {@code null} at an end.
 */
public record Around(String previousLabel, String previousLink, String nextLabel, String nextLink) {

    public boolean isEmpty() {
        return previousLink == null && nextLink == null;
    }
}
