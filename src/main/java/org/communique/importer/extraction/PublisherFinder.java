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
 * Finds who issued a statement, by a fallback chain: the page's JSON-LD publisher; a "From:" or
 * "Published by:" line; the site's name in its metadata; a line naming an issuing office the lexicon knows
 * ("Office of the Spokesperson"); the site's masthead, the name at the top of the page; the site's address;
 * the agency in a news dateline ("SULAIMANI (ESTA) —") or a byline ("By Reuters"). Also says whether the
 * publisher is a government or an international body, and which one it speaks for.
 */
final class PublisherFinder {

    /**
     * The publisher's name, the country or organisation it speaks for (if official), whether it is official,
     * and its kind (a government, an international body, a news medium, a blog, a reposting site).
     */
    record Publisher(String name, String speaksFor, boolean official, PublisherKinds.Kind kind) {
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
    /**
     * A statement whose first sentence has an office of a state as its subject, in the third person, as many
     * ministries write: "The Ministry of Foreign Affairs of the Republic of Estonia notes with concern ...".
     */
    private static final Pattern SPEAKS_OF_ITSELF = Pattern.compile("^The ((?:Ministry(?: of| for) \\p{Lu}\\p{L}+"
            + "(?:,? (?:and|of|for) \\p{Lu}\\p{L}+| \\p{Lu}\\p{L}+)*|Embassy|Government|Permanent Mission|Presidency|"
            + "Federal Government) of (?:the )?(?:(?:Republic|Kingdom|State|Sultanate|Federation) of (?:the )?)?"
            + "\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?) (?!of\\b|and\\b)\\p{Ll}");
    private static final Pattern ITEM = Pattern.compile("\\s+[|•·]\\s+");
    private static final Pattern MONTHS = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|"
                    + "september|october|november|december)\\b");
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("of", "the", "for", "and", "on", "in",
            "to", "against", "&");
    private static final Pattern AND_PERSON = Pattern.compile(
            "(?i)\\s+and\\s+(?=(?:the\\s+)?(?:rt\\.?\\s+hon|hon\\.?|mr|ms|mrs|dr|sir|lord|baroness|dame)\\b)"
                    + "|(?i)\\s*(?:,|and|with)\\s+(?:other\\s+)?(?:news\\s+)?(?:agencies|wires|wire services)\\b.*$");
    private static final Pattern FROM = Pattern.compile("(?i)^(?:from|published by|issued by|source)\\s*:\\s*(.*)$");
    /** Letters of scripts other than Latin, and the marks between them: the other half of a bilingual masthead. */
    private static final Pattern OTHER_SCRIPT = Pattern.compile("[\\p{IsArabic}\\p{IsHebrew}\\p{IsCyrillic}\\p{IsHan}]+[\\p{IsArabic}\\s\\p{M}]*");
    private static final Pattern INSTITUTION_WORD = Pattern.compile("(?i)^(?:the )?(?:ministry|department|office|presidency|council|embassy)\\b");
    private static final Pattern INSTITUTION = Pattern.compile(
            "^(?:(?:the )?(?:republic|kingdom|state|government|presidency) of [\\p{L} ]{2,40}\\s[-–|]\\s)?"
                    // "Prime Minister's Office of Japan", "President's Office of ...": an office named by its head
                    + "(?:the )?(?:(?:[\\p{L}.]+ )?[\\p{L}.]+['’]s )?"
                    + "(?:ministry|department|office|embassy|consulate|delegation|mission|presidency|"
                    + "media office|general secretariat|council|government) (?:of|for) [\\p{L}'’&,. ]{3,100}"
                    + "(?:\\s[-–|]\\s[\\p{L}, ]{3,40})?$"
                    // the same in French, Spanish, Portuguese and Arabic: "Ministère de l'Europe et des Affaires
                    // étrangères", "Portal del Gobierno de Chile", "وزارة الخارجية"
                    + "|^(?:portal (?:do|del|de) )?(?:le |la |l['’]|el )?(?:minist[èe]re|ministerio|minist[ée]rio|ambassade|"
                    + "embajada|embaixada|consulat|consulado|pr[ée]sidence|presidencia|presid[êe]ncia|gouvernement|gobierno|"
                    + "governo|d[ée]l[ée]gation|mission permanente)"
                    + " (?:de |des |du |d['’]|del |do |da |dos |aupr[èe]s )[\\p{L}'’&,. -]{3,80}$"
                    + "|^(?:وزارة|سفارة|رئاسة|قنصلية|مكتب|بعثة)[\\p{IsArabic} -]{3,80}$", Pattern.CASE_INSENSITIVE);

    private final List<Known> issuers = new ArrayList<>();
    private final List<Known> domains = new ArrayList<>();
    private final List<Pattern> official = new ArrayList<>();
    private final Gazetteer gazetteer;
    private final PublisherKinds kinds;

    PublisherFinder(Gazetteer gazetteer, PublisherKinds kinds) {
        this.gazetteer = gazetteer;
        this.kinds = kinds;
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

    /**
     * The publisher and its kind. The kind: an official publisher by name or address (a government, or an
     * international body by the organisation it speaks for), unless the page's words say it is a blog or
     * carries another's text; a news site the lists know by its address; else what the page's own words
     * point to ({@link PublisherKinds}).
     */
    Publisher find(Page page, Segmentation segmentation, String sourceUrl, int titleBlock) {
        String name = named(page, segmentation, sourceUrl, titleBlock);
        PublisherKinds.Kind fromWords = kinds.of(name, segmentation, titleBlock);
        if (name != null && isOfficial(name, sourceUrl)) {
            String speaksFor = speaksFor(name, sourceUrl);
            PublisherKinds.Kind kind = fromWords == PublisherKinds.Kind.BLOG || fromWords == PublisherKinds.Kind.REPOST
                    ? fromWords
                    : speaksFor != null && Gazetteer.isOrganisation(speaksFor) ? PublisherKinds.Kind.INTERNATIONAL : PublisherKinds.Kind.GOVERNMENT;
            return new Publisher(name, speaksFor, kind.official(), kind);
        }
        if (byDomain(sourceUrl).filter(domain -> domain.code() == null).isPresent()) {
            return new Publisher(name, null, false, PublisherKinds.Kind.NEWS); // a site the lists know, not official
        }
        return new Publisher(name, null, fromWords.official(), fromWords);
    }

    private String named(Page page, Segmentation segmentation, String sourceUrl, int titleBlock) {
        PageMetadata meta = page.metadata();
        Optional<String> from = fromLine(page, segmentation);
        if (from.isPresent()) {
            return from.get(); // the issuing office, more telling than the site that carries its page
        }
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
        Optional<String> masthead = masthead(segmentation, titleBlock);
        if (masthead.isPresent()) {
            return masthead.get();
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
        if (!body.isEmpty()) {
            Matcher m = SPEAKS_OF_ITSELF.matcher(body.get(0).text());
            if (m.find()) {
                return m.group(1); // "The Ministry of Foreign Affairs of Estonia notes ...": it speaks of itself
            }
        }
        return null;
    }

    /** "From: Foreign, Commonwealth & Development Office", on one line or as a label and its value. */
    private static Optional<String> fromLine(Page page, Segmentation segmentation) {
        List<Block> blocks = page.blocks();
        for (Block block : blocks) {
            if (segmentation.isBody(block.index()) || block.wordCount() > 14) {
                continue;
            }
            Matcher m = FROM.matcher(block.text().strip());
            if (m.matches()) {
                String value = m.group(1);
                if (value.isBlank() && block.index() + 1 < blocks.size()) {
                    value = blocks.get(block.index() + 1).text();
                }
                value = AND_PERSON.split(value)[0]; // "... Office and The Rt Hon James Cleverly MP", "X and news agencies": X
                value = ITEM.split(value)[0]; // "Source: Xinhua | 2021-11-08 21:14 | Editor: ...": the rest are other fields
                if (!value.isBlank() && TextShape.words(value) <= 10) {
                    return Optional.of(value.strip());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The site's name at the top of a page: the first line above the headline whose words are all
     * capitalised, as a name is ("Global Coalition Against Daesh", "IRAQI NEWS AGENCY"); a state's name
     * on the line above an institution's joins it ("Republic of Türkiye" + "Ministry of Foreign Affairs").
     * Script other than Latin beside it (a bilingual masthead) is left out.
     */
    private Optional<String> masthead(Segmentation segmentation, int titleBlock) {
        List<Block> header = segmentation.header();
        int end = titleBlock >= 0 ? Math.min(titleBlock, header.size()) : header.size();
        for (int i = 0; i < end; i++) {
            Block block = header.get(i);
            String text = OTHER_SCRIPT.matcher(block.text()).replaceAll("").strip();
            if (!isNameShaped(text) && !namesInstitution(text) || segmentation.wording(block.index()) != null) {
                continue; // an institution's name in another language has small words of its own ("Portal del Gobierno de Chile")
            }
            if (gazetteer.codeOf(stateName(text)).isPresent() && i + 1 < end) {
                String next = OTHER_SCRIPT.matcher(header.get(i + 1).text()).replaceAll("").strip();
                if (namesInstitution(next) || INSTITUTION_WORD.matcher(next).find()) {
                    return Optional.of(OfficialFinder.titleCase(text + " " + next));
                }
            }
            return Optional.of(text.equals(text.toUpperCase(Locale.ROOT)) ? OfficialFinder.titleCase(text) : text);
        }
        return Optional.empty();
    }

    private static String stateName(String text) {
        return text.replaceFirst("(?i)^(the )?(republic|kingdom|state|sultanate|emirate) of ", "");
    }

    /** Two to eight words, each capitalised but the small ones, no month names, digits or sentence punctuation. */
    private static boolean isNameShaped(String text) {
        String[] words = text.split("\\s+");
        if (words.length < 2 || words.length > 9 || text.matches(".*[.!?:;|\\d].*") || MONTHS.matcher(text).find()) {
            return false;
        }
        for (String word : words) {
            boolean small = SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT)) || word.matches("[-–]");
            if (!small && !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
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

    /** Whether a line is an institution's name, as a masthead writes it ("Ministry of Foreign Affairs - Republic of Iraq"). */
    static boolean namesInstitution(String line) {
        return INSTITUTION.matcher(line.strip()).matches();
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
