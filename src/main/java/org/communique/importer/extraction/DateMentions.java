package org.communique.importer.extraction;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.communique.statement.DatePrecision;
import org.communique.statement.PartialDate;

/**
 * Finds the dates written in a piece of text, in the forms English pages use: "July 26, 2021",
 * "26 July 2021", "JULY 22-23, 2024", "July 30 – August 2, 2024", "2021-07-26", "07/26/2021",
 * "June 2020", and weekdays ("on Friday").
 */
final class DateMentions {

    /** A date found in text: where it stands, the date, and the last day when the text gives a range. */
    record Mention(int start, int end, PartialDate date, LocalDate endDate) {
    }

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String DASH = "\\s*(?:-|–|—|to|through|until|and)\\s*";
    private static final String WEEKDAY = "(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,?\\s+)?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Month names in other languages (see {@code months.txt}), read day first. */
    private static final Map<String, Integer> OTHER_MONTHS = otherMonths();
    private static final String OTHER_MONTH = "(" + String.join("|", OTHER_MONTHS.keySet().stream()
            .sorted((a, b) -> Integer.compare(b.length(), a.length())).map(Pattern::quote).toList()) + ")\\.?";
    private static final Pattern OTHER_DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:er|º|°)?\\.?\\s+(?:de\\s+)?" + OTHER_MONTH + "\\s+(?:de\\s+|del\\s+)?" + YEAR
                    + "(?![\\p{L}\\d])", FLAGS);
    private static final Pattern OTHER_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])" + OTHER_MONTH + "\\s+(?:de\\s+|del\\s+)?" + YEAR + "(?![\\p{L}\\d])", FLAGS);
    /** "July 11" or "11 July", with no year: enough to tell how the page orders a day and a month. */
    private static final Pattern DAY_WITH_MONTH = Pattern.compile(
            "\\b(?:" + MONTH + "\\s+" + DAY + "|" + DAY + "\\s+" + MONTH + ")\\b", FLAGS);
    private static final Pattern MONTH_DAY_RANGE = Pattern.compile(
            "\\b" + MONTH + "\\s+" + DAY + DASH + DAY + ",?\\s+" + YEAR + "\\b", FLAGS);
    private static final Pattern MONTH_DAY_CROSS_RANGE = Pattern.compile(
            "\\b" + MONTH + "\\s+" + DAY + DASH + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b", FLAGS);
    private static final Pattern DAY_MONTH_RANGE = Pattern.compile(
            "\\b" + DAY + DASH + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + "\\b", FLAGS);
    private static final Pattern DAY_MONTH_CROSS_RANGE = Pattern.compile(
            "\\b" + DAY + "\\s+" + MONTH + DASH + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + "\\b", FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + WEEKDAY + MONTH + "\\s+" + DAY + "(?:,\\s*|\\s+)" + YEAR + "\\b", FLAGS);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b" + WEEKDAY + DAY + "(?:\\s+|\\s*-\\s*)" + MONTH + "(?:,\\s*|\\s+|\\s*-\\s*)" + YEAR + "\\b", FLAGS);
    /** "15 Dec 06." opening a stamp line: a day, a month's name and a year in two digits. */
    private static final Pattern STAMP_SHORT_YEAR = Pattern.compile(
            "^\\s*" + DAY + "\\s+" + MONTH + "\\s+'?(\\d{2})(?=[.,:|\\s]|$)(?!\\s*\\d)", FLAGS);
    private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}[^\\s]*)?");
    private static final Pattern COMPACT = Pattern.compile("^" + YEAR + "(\\d{2})(\\d{2})(?:T?\\d{4,6}.*)?$");
    private static final Pattern YEAR_FIRST_NUMERIC = Pattern.compile("\\b" + YEAR + "[/.](\\d{1,2})[/.](\\d{1,2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([/.-])(\\d{1,2})\\2" + YEAR + "\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b", FLAGS);
    /** A month's English name, which every form above with {@link #MONTH} in it needs: screened by its words. */
    private static final LiteralScreen.Screened ENGLISH_MONTH = LiteralScreen.Screened.of(Pattern.compile(MONTH, FLAGS));
    private static final Pattern WEEKDAY_NAME = Pattern.compile(
            "\\b(?:on|last|this|next|early|late)\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", FLAGS);
    private static final Pattern DATE_LINE_LABEL = Pattern.compile(
            "^(?:(?:first |originally )?(?:posted|published|released|issued|updated|last updated|modified|edited|date|dated|"
                    + "created|on|press release|for immediate release|immediate release|news release)"
                    + "(?:\\s+(?:on|at|date))?\\s*[:|-]?\\s*)+", FLAGS);
    /** Label words a date line may carry anywhere around its dates ("Posted on : ... Modified on : ...", "... - Press release"). */
    private static final Pattern DATE_LINE_WORDS = Pattern.compile(
            "\\b(?:(?:first |originally |last )?(?:posted|published|released|issued|updated|modified|edited|created)"
                    + "|on|at|dated?|press release|press statement|news release|for immediate release)\\b", FLAGS);
    private static final Pattern TIME_ZONE = Pattern.compile("\\b(?:[A-Z]{1,3}[SD]?T|UTC|GMT)(?:\\s*[+-]\\s*\\d{1,2})?\\b");
    private static final Pattern TIME = Pattern.compile(
            "(?:\\bat\\s+)?\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*\\(?(?:[A-Z]{2,5}|GMT[+-]\\d+)\\)?)?",
            FLAGS);
    private static final Pattern PAGE_METRICS = Pattern.compile(
            "\\b(?:views?|reads?|visits?|hits|comments?|shares?)\\s*:?\\s*[\\d,.]+[kKmM]?\\b"
                    + "|\\b[\\d,.]+[kKmM]?\\s+(?:views?|reads?|visits?|hits|comments?|shares?)\\b"
                    + "|\\b(?:print|share|email)\\b|\\d+\\s+min(?:ute)?s?\\s+read", FLAGS);
    private static final Pattern WEEKDAY_ALONE = Pattern.compile(
            "\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\b\\.?", FLAGS);
    private static final LocalDate EPOCH = LocalDate.of(1970, 1, 1);
    private static final Pattern LOWER_CASE_MAY = Pattern.compile("\\bmay\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private DateMentions() {
    }

    /** Every date in the text, in order; where forms overlap, the fuller one (a range, a full date) wins. */
    static List<Mention> find(String text) {
        return find(text, false);
    }

    /**
     * As {@link #find(String)}; {@code dayFirst} reads "05/03/2021" as 5 March, for pages that write the
     * day first (see {@link #writesDayFirst}).
     */
    static List<Mention> find(String text, boolean dayFirst) {
        List<Mention> found = new ArrayList<>();
        if (!hasYear(text)) {
            // every form below holds a YEAR but a stamp's two-digit year: most lines have none and need no pattern tried
            add(text, STAMP_SHORT_YEAR, found, m -> day(fullYear(m.group(3)), m.group(2), m.group(1)));
            return found;
        }
        // each form is tried only where what it cannot match without is found: a month's name, or a year
        // next to the mark that joins it to the month and day
        boolean namesMonth = ENGLISH_MONTH.mayMatch(LiteralScreen.fold(text));
        if (namesMonth) {
            addRanges(text, found);
            add(text, MONTH_DAY_YEAR, found, m -> day(m.group(3), m.group(1), m.group(2)));
            add(text, DAY_MONTH_YEAR, found, m -> day(m.group(3), m.group(2), m.group(1)));
        }
        if (hasYear(text, null, "-")) {
            add(text, ISO, found, m -> day(m.group(1), m.group(2), m.group(3)));
        }
        if (hasYear(text, null, "/.")) {
            add(text, YEAR_FIRST_NUMERIC, found, m -> day(m.group(1), m.group(2), m.group(3)));
        }
        if (hasYear(text, "/.-", null)) {
            add(text, NUMERIC, found, m -> numeric(m, dayFirst));
        }
        if (namesMonth) {
            add(text, MONTH_YEAR, found, m -> month(m.group(2), m.group(1)));
        }
        add(text, OTHER_DAY_MONTH_YEAR, found, m -> day(m.group(3), m.group(2), m.group(1)));
        add(text, OTHER_MONTH_YEAR, found, m -> month(m.group(2), m.group(1)));
        // 1 January 1970, the Unix epoch: what a site prints when its date field is empty, not a date
        found.removeIf(m -> m.date().precision() == DatePrecision.DAY && m.date().start().equals(EPOCH));
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /** The first date in a metadata value such as "2021-07-26T10:00:00-04:00" or "Mon, 26 Jul 2021". */
    static Optional<PartialDate> parseMetadata(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher compact = COMPACT.matcher(value.strip());
        if (compact.matches()) {
            Optional<PartialDate> date = day(compact.group(1), compact.group(2), compact.group(3)).map(Mention::date);
            if (date.isPresent()) {
                return date;
            }
        }
        List<Mention> mentions = find(value);
        return mentions.isEmpty() ? Optional.empty() : Optional.of(mentions.get(0).date());
    }

    /**
     * Whether a block is only a date: "JULY 26, 2021", "Published: Monday, 26 July 2021 10:31 AM",
     * "Posted on 2021-07-26".
     */
    static boolean isDateLine(String text) {
        if (text.length() > 120) {
            return false;
        }
        List<Mention> mentions = find(text);
        if (mentions.isEmpty()) {
            return false;
        }
        StringBuilder rest = new StringBuilder(text);
        for (int i = mentions.size() - 1; i >= 0; i--) {
            rest.replace(mentions.get(i).start(), mentions.get(i).end(), " ");
        }
        String remainder = TIME.matcher(rest.toString()).replaceAll(" ");
        remainder = WEEKDAY_ALONE.matcher(remainder).replaceAll(" ");
        remainder = DATE_LINE_LABEL.matcher(remainder.strip()).replaceAll("");
        remainder = DATE_LINE_WORDS.matcher(remainder).replaceAll(" ");
        remainder = TIME_ZONE.matcher(remainder).replaceAll(" ");
        remainder = PAGE_METRICS.matcher(remainder).replaceAll(" ");
        remainder = remainder.replaceAll("[\\s|,/•·:()\\[\\]-]+", " ").strip();
        return TextShape.words(remainder) == 0;
    }

    /**
     * A "when and where" stamp: a day's date first, a clock time, and a place's name or two ("November 28, 2022
     * 18:30 The Kremlin, Moscow", "Tuesday, 5 March 2024, 10:31 Front Hall"): chrome in a statement's body.
     */
    static boolean isWhenAndWhere(String text) {
        if (text.length() > 100 || !TIME.matcher(text).find()) {
            return false;
        }
        List<Mention> mentions = find(text);
        if (mentions.isEmpty() || mentions.get(0).date().precision() != DatePrecision.DAY) {
            return false;
        }
        String before = WEEKDAY_ALONE.matcher(text.substring(0, mentions.get(0).start())).replaceAll(" ");
        if (!before.replaceAll("[\\s,.:|-]+", "").isEmpty()) {
            return false;
        }
        String place = TIME.matcher(text.substring(mentions.get(mentions.size() - 1).end())).replaceAll(" ")
                .replaceAll("[\\s,|•·–—-]+", " ").strip();
        if (TextShape.words(place) > 5) {
            return false;
        }
        for (String word : place.split(" ")) {
            if (!word.isEmpty() && !Character.isUpperCase(word.codePointAt(0)) && !SMALL_PLACE_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> SMALL_PLACE_WORDS = Set.of("of", "the", "de", "du", "la", "el", "al");

    /** The date that follows a label such as "Published", "Date Posted:" or "Issued on" in a line, if any. */
    static Optional<Mention> afterLabel(String text, Pattern label, boolean dayFirst) {
        Matcher m = label.matcher(text);
        while (m.find()) {
            for (Mention mention : find(text, dayFirst)) {
                if (mention.start() >= m.end() && mention.start() - m.end() <= 12) {
                    return Optional.of(mention);
                }
            }
        }
        return Optional.empty();
    }

    /** The weekday a text names for its event ("on Friday"), if any. */
    static Optional<DayOfWeek> weekday(String text) {
        Matcher m = WEEKDAY_NAME.matcher(text);
        return m.find() ? Optional.of(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT))) : Optional.empty();
    }

    /** Whether the text holds "19dd" or "20dd", the four characters any {@link #YEAR} match starts with. */
    private static boolean hasYear(String text) {
        return hasYear(text, null, null);
    }

    /**
     * Whether the text holds a year ("19dd" or "20dd") right after one of the characters {@code before} and right
     * before one of {@code after} (either {@code null} when any character, or none, will do): "05/03/2021" needs
     * a year after "/", "2021-03-05" one before "-".
     */
    private static boolean hasYear(String text, String before, String after) {
        for (int i = text.length() - 4; i >= 0; i--) {
            char c = text.charAt(i);
            char d = text.charAt(i + 1);
            if ((c == '1' && d == '9' || c == '2' && d == '0') && isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 3))
                    && (before == null || i > 0 && before.indexOf(text.charAt(i - 1)) >= 0)
                    && (after == null || i + 4 < text.length() && after.indexOf(text.charAt(i + 4)) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void addRanges(String text, List<Mention> found) {
        add(text, MONTH_DAY_CROSS_RANGE, found, m -> range(m.group(5), m.group(1), m.group(2), m.group(3), m.group(4)));
        add(text, DAY_MONTH_CROSS_RANGE, found, m -> range(m.group(5), m.group(2), m.group(1), m.group(4), m.group(3)));
        add(text, MONTH_DAY_RANGE, found, m -> range(m.group(4), m.group(1), m.group(2), m.group(1), m.group(3)));
        add(text, DAY_MONTH_RANGE, found, m -> range(m.group(4), m.group(3), m.group(1), m.group(3), m.group(2)));
    }

    private interface Reading {
        Optional<Mention> read(Matcher m);
    }

    private static void add(String text, Pattern pattern, List<Mention> found, Reading reading) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (found.stream().anyMatch(f -> start < f.end() && end > f.start())) {
                continue;
            }
            if (isLowerCaseMay(text, m)) {
                continue;
            }
            reading.read(m).ifPresent(mention -> found.add(new Mention(start, end, mention.date(), mention.endDate())));
        }
    }

    /** "may" in lower case is the verb, not the month. */
    private static boolean isLowerCaseMay(String text, Matcher m) {
        return LOWER_CASE_MAY.matcher(text.substring(m.start(), m.end())).find();
    }

    /** "06" → 2006, "98" → 1998: a two-digit year is of this century up to next year, else of the last. */
    private static String fullYear(String twoDigits) {
        int yy = Integer.parseInt(twoDigits);
        int pivot = (LocalDate.now().getYear() + 1) % 100;
        return String.valueOf(yy <= pivot ? 2000 + yy : 1900 + yy);
    }

    private static Optional<Mention> day(String year, String month, String day) {
        try {
            int m = monthNumber(month);
            LocalDate date = LocalDate.of(Integer.parseInt(year), m, Integer.parseInt(day));
            return Optional.of(new Mention(0, 0, PartialDate.ofDay(date), null));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Mention> month(String year, String month) {
        try {
            return Optional.of(new Mention(0, 0, PartialDate.ofMonth(Integer.parseInt(year), monthNumber(month)), null));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Mention> range(String year, String firstMonth, String firstDay, String lastMonth, String lastDay) {
        Optional<Mention> first = day(year, firstMonth, firstDay);
        Optional<Mention> last = day(year, lastMonth, lastDay);
        if (first.isEmpty() || last.isEmpty() || !last.get().date().start().isAfter(first.get().date().start())) {
            return Optional.empty();
        }
        return Optional.of(new Mention(0, 0, first.get().date(), last.get().date().start()));
    }

    /** Whether a page's numeric dates put the day first: one of them has a first number that cannot be a month. */
    static boolean writesDayFirst(String text) {
        return numericOrder(text).orElse(false);
    }

    /**
     * Whether a page's numeric dates put the day first, when its own text tells: a first number that cannot be a
     * month, another language, the same date written with the month's name, or the day before the month's name
     * throughout. Empty when its numeric dates could be read either way and nothing else tells.
     */
    static Optional<Boolean> numericOrder(String text) {
        if (!hasYear(text, "/.-", null)) {
            return Optional.of(false); // no numeric date at all: the answer for dates none of which is ambiguous
        }
        Matcher m = NUMERIC.matcher(text);
        boolean dayFirst = false;
        boolean ambiguous = false;
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            if (b > 12 && a <= 12) {
                return Optional.of(false);
            }
            dayFirst |= a > 12;
            ambiguous |= a <= 12 && b <= 12 && a != b;
        }
        if (dayFirst || !ambiguous) {
            return Optional.of(dayFirst);
        }
        if (writesOtherLanguage(text) || namesDayFirst(text) || writesDayBeforeMonth(text)) {
            return Optional.of(true);
        }
        return Optional.empty();
    }

    /**
     * Whether the page writes its dates with the month's name after the day ("9 February 2018") and never
     * before it ("February 9, 2018"): the day-first convention of most of the world outside the U.S.
     */
    static boolean writesDayBeforeMonth(String text) {
        int dayFirst = 0;
        Matcher m = DAY_WITH_MONTH.matcher(text);
        while (m.find()) {
            if (LOWER_CASE_MAY.matcher(m.group()).find()) {
                continue; // "5 may" is a verb, not a month
            }
            if (m.group(1) != null) {
                return false; // "February 9"
            }
            dayFirst++;
        }
        return dayFirst > 0;
    }

    /**
     * Whether the page's own words settle an ambiguous "11/07/2025": the same day written with the month's
     * name ("July 11", "11 July") reads it day first.
     */
    private static boolean namesDayFirst(String text) {
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            Matcher named = DAY_WITH_MONTH.matcher(text);
            while (named.find()) {
                String monthName = named.group(1) != null ? named.group(1) : named.group(4);
                String day = named.group(2) != null ? named.group(2) : named.group(3);
                try {
                    int month = monthNumber(monthName);
                    int d = Integer.parseInt(day);
                    if (month == b && d == a) {
                        return true;
                    }
                    if (month == a && d == b) {
                        return false;
                    }
                } catch (NumberFormatException e) {
                    // not a month after all
                }
            }
        }
        return false;
    }

    /**
     * "07/26/2021" is read month first, as American pages write it; "26.07.2021" and "26-07-2021" day first,
     * as most others do, and so is any date of a page that writes the day first. When that order gives no
     * real date, the other one is tried ("03.29.2020").
     */
    private static Optional<Mention> numeric(Matcher m, boolean dayFirst) {
        String a = m.group(1);
        String b = m.group(3);
        boolean dayFirstHere = dayFirst || !m.group(2).equals("/") || Integer.parseInt(a) > 12;
        Optional<Mention> read = dayFirstHere ? day(m.group(4), b, a) : day(m.group(4), a, b);
        return read.isPresent() ? read : dayFirstHere ? day(m.group(4), a, b) : day(m.group(4), b, a);
    }

    private static Map<String, Integer> otherMonths() {
        Map<String, Integer> months = new java.util.HashMap<>();
        for (String line : Lexicon.sections("months.txt").get("other")) {
            int number = Integer.parseInt(line.substring(0, line.indexOf('=')).strip());
            for (String name : line.substring(line.indexOf('=') + 1).split("\\|")) {
                months.put(name.strip().toLowerCase(Locale.ROOT), number);
            }
        }
        return Map.copyOf(months);
    }

    /** Whether a text writes dates with month names of another language than English ("14 janvier 2019"). */
    static boolean writesOtherLanguage(String text) {
        return OTHER_DAY_MONTH_YEAR.matcher(text).find();
    }

    private static int monthNumber(String month) {
        if (month.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(month);
        }
        String key = month.toLowerCase(Locale.ROOT).replace(".", "");
        Integer other = OTHER_MONTHS.get(key);
        if (other != null) {
            return other;
        }
        Integer number = MONTHS.get(key.substring(0, Math.min(3, key.length())));
        if (number == null) {
            throw new NumberFormatException(month);
        }
        return number;
    }
}
