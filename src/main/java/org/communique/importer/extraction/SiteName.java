package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A page's title without the name of the site that carries it, as the page's own metadata names the site. */
final class SiteName {

    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[|–—·•»:]\\s+|\\s+-\\s+|\\s*\\|\\s*");

    private SiteName() {
    }

    /** "Joint Statement on X | U.S. Department of State" → "Joint Statement on X". */
    static String removedFrom(String title, PageMetadata meta) {
        if (title == null) {
            return null;
        }
        String[] parts = SITE_SEPARATOR.split(title);
        if (parts.length == 1) {
            return title.strip();
        }
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            String lower = part.strip().toLowerCase(Locale.ROOT);
            boolean site = lower.isEmpty() || isSite(lower, meta.siteName()) || isSite(lower, meta.publisher())
                    || (meta.url() != null && meta.url().toLowerCase(Locale.ROOT).contains(lower.replace(" ", "")));
            if (!site) {
                kept.add(part.strip());
            }
        }
        if (kept.isEmpty()) {
            return parts[0].strip();
        }
        return kept.stream().max((a, b) -> Integer.compare(TextShape.words(a), TextShape.words(b))).orElse(parts[0]);
    }

    private static boolean isSite(String part, String site) {
        if (site == null) {
            return false;
        }
        String lowerSite = site.toLowerCase(Locale.ROOT);
        return lowerSite.equals(part) || lowerSite.contains(part) && TextShape.words(part) <= 4 || part.contains(lowerSite);
    }
}
