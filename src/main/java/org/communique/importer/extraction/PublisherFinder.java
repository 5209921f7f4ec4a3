package org.communique.importer.extraction;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who issued a statement, by a fallback chain: the page's metadata (JSON-LD publisher, the site's
 * name); a line naming the issuing office ("Office of the Spokesperson") or a ministry's masthead; the
 * site's address; the agency in a news dateline ("SULAIMANI (ESTA) —") or a byline ("By Reuters"). Also
 * says whether the publisher is a government or an international body, and which one it speaks for.
 */
final class PublisherFinder {

    /** The publisher's name, the country or organisation it speaks for (if official), and whether it is official. */
    record Publisher(String name, String speaksFor, boolean official) {
        static final Publisher NONE = new Publisher(null, null, false);
    }

    private record Known(Pattern pattern, String name, String code) {
    }

    private static final Pattern DATELINE_AGENCY = Pattern.compile(
            "^[\\p{Lu}][\\p{L}\\p{N} .,'’-]{1,60}\\(([\\p{L}][\\p{L}0-9 .&/-]{1,30})\\)\\s*[-–—:]");
    private static final Pattern BYLINE_AGENCY = Pattern.compile(
            "^(?:By|From)\\s+(Reuters|AFP|AP|The Associated Press|Associated Press|Agence France-Presse|Xinhua|Anadolu Agency)\\b");
    private static final Pattern MASTHEAD = Pattern.compile(
            "^(?:.{0,40}\\s[-–|]\\s)?((?:the )?(?:ministry|department|office|embassy|delegation|mission|presidency|"
                    + "media office|general secretariat) (?:of|for) .{3,80})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM = Pattern.compile("\\s+[|•·]\\s+");

    private final List<Known> issuers = new ArrayList<>();
    private final List<Known> domains = new ArrayList<>();
    private final List<Pattern> official = new ArrayList<>();
    private final Gazetteer gazetteer;

    PublisherFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Map<String, List<String>> sections = Lexicon.sections("publishers.txt");
        for (String line : sections.get("domain")) {
            domains.add(known(Pattern.quote(line.substring(0, line.indexOf(" = ")).strip()), line));
        }
        domains.sort((a, b) -> Integer.compare(b.pattern().pattern().length(), a.pattern().pattern().length()));
        for (String line : sections.get("official")) {
            official.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE));
        }
        for (String line : sections.get("issuer")) {
            String regex = line.substring(0, line.lastIndexOf(" = ")).strip();
            issuers.add(known("^(?:" + regex + ")$", line));
        }
    }

    private static Known known(String regex, String line) {
        String value = line.substring(line.lastIndexOf(" = ") + 3).strip();
        String[] parts = value.split("\\s*\\|\\s*");
        return new Known(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), parts[0], parts.length > 1 ? parts[1] : null);
    }

    Publisher find(Page page, Segmentation segmentation, String sourceUrl) {
        String name = named(page, segmentation, sourceUrl);
        if (name == null) {
            return Publisher.NONE;
        }
        boolean isOfficial = isOfficial(name, sourceUrl);
        return new Publisher(name, isOfficial ? speaksFor(name, sourceUrl) : null, isOfficial);
    }

    private String named(Page page, Segmentation segmentation, String sourceUrl) {
        PageMetadata meta = page.metadata();
        if (meta.publisher() != null && !meta.publisher().startsWith("http")) {
            return meta.publisher();
        }
        if (meta.siteName() != null) {
            return meta.siteName();
        }
        Optional<Known> issuer = issuerLine(page, segmentation);
        if (issuer.isPresent()) {
            return issuer.get().name();
        }
        for (Block block : segmentation.header()) {
            Matcher m = MASTHEAD.matcher(block.text().strip());
            if (block.wordCount() <= 14 && m.matches()) {
                return m.group(1).strip();
            }
        }
        Optional<Known> byDomain = byDomain(sourceUrl);
        if (byDomain.isPresent()) {
            return byDomain.get().name();
        }
        List<Block> body = segmentation.body();
        if (!body.isEmpty()) {
            Matcher m = DATELINE_AGENCY.matcher(body.get(0).text());
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        for (Block block : segmentation.header()) {
            Matcher m = BYLINE_AGENCY.matcher(block.text());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** A short line outside the body that names an issuing office the lexicon knows; items of a "a | b" line count. */
    private Optional<Known> issuerLine(Page page, Segmentation segmentation) {
        for (Block block : page.blocks()) {
            if (segmentation.isBody(block.index()) || block.wordCount() > 14) {
                continue;
            }
            for (String item : ITEM.split(block.text().strip())) {
                for (Known issuer : issuers) {
                    if (issuer.pattern().matcher(item.strip()).matches()) {
                        return Optional.of(issuer);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the publisher or the page's address is a government or an international body. */
    boolean isOfficial(String publisher, String url) {
        Optional<String> host = host(url);
        for (Pattern pattern : official) {
            if (publisher != null && pattern.matcher(publisher).find() || host.isPresent() && pattern.matcher(host.get()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The country or organisation an official publisher speaks for: from the lexicon, or named in its name. */
    private String speaksFor(String name, String url) {
        for (Known issuer : issuers) {
            if (issuer.pattern().matcher(name).matches() && issuer.code() != null) {
                return issuer.code();
            }
        }
        Optional<Known> domain = byDomain(url);
        if (domain.isPresent() && domain.get().code() != null) {
            return domain.get().code();
        }
        List<Gazetteer.Place> places = gazetteer.find(name);
        return places.isEmpty() ? null : places.get(0).code();
    }

    private static Optional<String> host(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(URI.create(url.strip()).getHost()).map(h -> h.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<Known> byDomain(String url) {
        Optional<String> host = host(url);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        for (Known domain : domains) {
            String suffix = domain.pattern().pattern().replace("\\Q", "").replace("\\E", "");
            if (host.get().equals(suffix) || host.get().endsWith("." + suffix)) {
                return Optional.of(domain);
            }
        }
        return Optional.empty();
    }
}
