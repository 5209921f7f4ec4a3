package org.communique.web;

/**
 * Anything a URL names that the archive does not have: answered with 404 and our own page, which may point
 * to the nearest thing that does exist (the last page of a list).
 */
public class NotFoundException extends RuntimeException {

    private final String link;
    private final String linkText;

    public NotFoundException(String message) {
        this(message, null, null);
    }

    public NotFoundException(String message, String link, String linkText) {
        super(message);
        this.link = link;
        this.linkText = linkText;
    }

    public String getLink() {
        return link;
    }

    public String getLinkText() {
        return linkText;
    }
}
