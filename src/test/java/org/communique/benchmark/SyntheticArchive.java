package org.communique.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.communique.web.Slug;

/**
 * Fills an empty archive with made-up statements, fast (plain JDBC batches): officials named with a skew,
 * as in life (a few appear in many statements), dates over five years at day, month and year precision,
 * two or three parties, a body of several paragraphs and a quotation or two. Same seed, same archive.
 * {@link #writeFiles} writes the same kind of statements as source files instead, for the importer to read and store.
 */
final class SyntheticArchive {

    private static final String[] COUNTRIES = {"US", "IQ", "TR", "IR", "JO", "SA", "FR", "GB", "DE", "EU", "UN", "KRG"};
    private static final String[] GIVEN = {"Amira", "Daniel", "Hassan", "Laila", "Martin", "Nadia", "Omar", "Ruth",
            "Samir", "Tessa", "Yusuf", "Zainab", "Elena", "Karim", "Marta", "Faris", "Helen", "Jamal", "Irene", "Walid"};
    private static final String[] FAMILY = {"Haddad", "Morrow", "al-Tamimi", "Keller", "Barzani", "Whitcombe",
            "al-Jaburi", "Okafor", "Lindqvist", "Saleh", "Fairbanks", "al-Dulaimi", "Moreau", "Aziz", "Petrov",
            "Hollis", "Rahimi", "Castellan", "Nouri", "Ashdown"};
    private static final String[] OFFICES = {"Foreign Minister", "Secretary of State", "Prime Minister",
            "Minister of Defense", "Ambassador", "Special Envoy", "National Security Adviser", "President"};
    private static final String[] SUBJECTS = {"energy cooperation", "border security", "the electricity grid",
            "water sharing", "reconstruction funds", "the coalition presence", "trade corridors", "public health",
            "election support", "cultural heritage", "displaced families", "counterterrorism training"};
    private static final String[] VERBS = {"discussed", "reaffirmed commitments on", "agreed a plan for",
            "reviewed progress on", "signed a memorandum on", "welcomed talks about"};
    private static final String[] TYPES = {"JOINT_STATEMENT", "READOUT", "PRESS_STATEMENT", "REMARKS", "NEWS_REPORT",
            "OTHER"};
    private static final String[] PUBLISHERS = {"U.S. Department of State", "Ministry of Foreign Affairs",
            "Office of the Prime Minister", "U.S. Embassy", "News Agency"};

    private final DataSource dataSource;
    private final Random random = new Random(20260101);

    private final boolean variedBodies;

    SyntheticArchive(DataSource dataSource) {
        this(dataSource, false);
    }

    /** With {@code variedBodies}, each statement gets a text of its own (for search); else all share one. */
    SyntheticArchive(DataSource dataSource, boolean variedBodies) {
        this.dataSource = dataSource;
        this.variedBodies = variedBodies;
    }

    /** Writes {@code officials} officials and {@code statements} statements; returns nothing, the archive is the result. */
    void fill(int officials, int statements) throws Exception {
        Timestamp now = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long firstOfficial = insertOfficials(connection, officials, now);
            insertStatements(connection, statements, firstOfficial, officials, now);
            connection.commit();
        }
    }

    /**
     * Adds {@code statements} statements to an archive that {@link #fill} filled, naming its {@code officials}
     * officials (the last made): to finish a fill that was stopped, or to grow an archive a size at a time.
     */
    void extend(int officials, int statements) throws Exception {
        Timestamp now = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long firstOfficial;
            try (var rs = connection.createStatement().executeQuery("select max(id) + 1 - " + officials + " from official")) {
                rs.next();
                firstOfficial = rs.getLong(1);
            }
            insertStatements(connection, statements, firstOfficial, officials, now);
            connection.commit();
        }
    }

    private long insertOfficials(Connection connection, int count, Timestamp now) throws Exception {
        long first;
        try (var rs = connection.createStatement().executeQuery("select coalesce(max(id), 0) + 1 from official")) {
            rs.next();
            first = rs.getLong(1);
        }
        try (PreparedStatement official = connection.prepareStatement(
                "insert into official (id, name, slug, country, created_at) values (?, ?, ?, ?, ?)");
             PreparedStatement alias = connection.prepareStatement(
                     "insert into official_alias (official_id, alias, exact_key, loose_key) values (?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                long id = first + i;
                String name = GIVEN[i % GIVEN.length] + " " + FAMILY[(i / GIVEN.length) % FAMILY.length]
                        + (i >= GIVEN.length * FAMILY.length ? " " + (i / (GIVEN.length * FAMILY.length) + 1) : "");
                official.setLong(1, id);
                official.setString(2, name);
                official.setString(3, Slug.of(name) + "-" + id);
                official.setString(4, COUNTRIES[i % 9]);
                official.setTimestamp(5, now);
                official.addBatch();
                alias.setLong(1, id);
                alias.setString(2, name);
                alias.setString(3, org.communique.official.NameKey.exact(name));
                alias.setString(4, org.communique.official.NameKey.loose(name));
                alias.addBatch();
            }
            official.executeBatch();
            alias.executeBatch();
        }
        return first;
    }

    private void insertStatements(Connection connection, int count, long firstOfficial, int officials, Timestamp now)
            throws Exception {
        String body = paragraphs();
        try (PreparedStatement source = connection.prepareStatement("insert into source_file (id, path, sha256,"
                + " size_bytes, media_type, charset, original_text, imported_at, extractor_version) values"
                + " (?, ?, ?, ?, 'text/plain', 'UTF-8', ?, ?, 'bench')");
             PreparedStatement statement = connection.prepareStatement("insert into statement (id, version,"
                     + " source_file_id, slug, title, title_derived, date_start, date_precision, date_end, span_end,"
                     + " date_basis, type, publisher, source_url, body, warnings, segmentation, status, created_at,"
                     + " updated_at) values (?, 0, ?, ?, ?, false, ?, ?, null, ?, ?, ?, ?, null, ?, '', '[]', 'ACTIVE', ?, ?)");
             PreparedStatement party = connection.prepareStatement(
                     "insert into statement_party (statement_id, position, code, date_start, date_precision, type)"
                             + " values (?, ?, ?, ?, ?, ?)");
             PreparedStatement appearance = connection.prepareStatement("insert into appearance (statement_id,"
                     + " official_id, position, role, country, mentions, date_start) values (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement quotation = connection.prepareStatement("insert into quotation (statement_id,"
                     + " official_id, position, speaker, text, date_start) values (?, ?, ?, ?, ?, ?)")) {
            long firstId;
            try (var rs = connection.createStatement().executeQuery("select coalesce(max(id), 0) + 1 from statement")) {
                rs.next();
                firstId = rs.getLong(1);
            }
            if (firstId > 1) {
                random.setSeed(20260101 + firstId); // an archive extended gets statements of its own, not the first again
            }
            for (int i = 0; i < count; i++) {
                long id = firstId + i;
                String title = "Officials " + pick(VERBS) + " " + pick(SUBJECTS) + " (" + id + ")";
                String text = variedBodies ? variedParagraphs() : body;
                source.setLong(1, id);
                source.setString(2, "bench/" + id + ".txt");
                source.setString(3, String.format("%064x", id));
                source.setLong(4, text.length());
                source.setString(5, text);
                source.setTimestamp(6, now);
                source.addBatch();

                LocalDate day = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(5 * 365));
                int precision = random.nextInt(20);
                String precisionName = precision == 0 ? "YEAR" : precision == 1 ? "MONTH" : "DAY";
                LocalDate start = precision == 0 ? day.withDayOfYear(1) : precision == 1 ? day.withDayOfMonth(1) : day;
                LocalDate spanEnd = precision == 0 ? day.withDayOfYear(day.lengthOfYear())
                        : precision == 1 ? YearMonth.from(day).atEndOfMonth() : day;
                boolean undated = random.nextInt(200) == 0;
                statement.setLong(1, id);
                statement.setLong(2, id);
                statement.setString(3, Slug.of(title));
                statement.setString(4, title);
                statement.setObject(5, undated ? null : start);
                statement.setString(6, undated ? null : precisionName);
                statement.setObject(7, undated ? null : spanEnd);
                statement.setString(8, undated ? "NONE" : "PUBLISHED");
                String type = pick(TYPES);
                statement.setString(9, type);
                statement.setString(10, pick(PUBLISHERS));
                statement.setString(11, text);
                statement.setTimestamp(12, now);
                statement.setTimestamp(13, now);
                statement.addBatch();

                List<String> parties = new ArrayList<>(List.of("US", "IQ"));
                if (random.nextInt(3) == 0) {
                    parties.add(COUNTRIES[2 + random.nextInt(COUNTRIES.length - 2)]);
                }
                for (int p = 0; p < parties.size(); p++) {
                    party.setLong(1, id);
                    party.setInt(2, p);
                    party.setString(3, parties.get(p));
                    party.setObject(4, undated ? null : start);
                    party.setString(5, undated ? null : precisionName);
                    party.setString(6, type);
                    party.addBatch();
                }
                int named = 2 + random.nextInt(3);
                List<Long> chosen = new ArrayList<>();
                while (chosen.size() < named) {
                    long official = firstOfficial + skewed(officials);
                    if (!chosen.contains(official)) {
                        chosen.add(official);
                    }
                }
                for (int a = 0; a < chosen.size(); a++) {
                    appearance.setLong(1, id);
                    appearance.setLong(2, chosen.get(a));
                    appearance.setInt(3, a);
                    appearance.setString(4, pick(OFFICES));
                    appearance.setString(5, COUNTRIES[(int) ((chosen.get(a) - firstOfficial) % 9)]);
                    appearance.setString(6, "");
                    appearance.setObject(7, undated ? null : start);
                    appearance.addBatch();
                }
                quotation.setLong(1, id);
                quotation.setLong(2, chosen.get(0));
                quotation.setInt(3, 0);
                quotation.setString(4, "a speaker");
                quotation.setString(5, "We are committed to " + pick(SUBJECTS) + " and to the partnership between our nations.");
                quotation.setObject(6, undated ? null : start);
                quotation.addBatch();
                if (i % 500 == 499) {
                    flush(source, statement, party, appearance, quotation);
                }
                if (i % 20_000 == 19_999) {
                    connection.commit(); // H2 keeps every page of an open transaction: commit as the import would
                }
            }
            flush(source, statement, party, appearance, quotation);
        }
    }

    private static final String[] COUNTRY_NAMES = {"the United States", "Iraq", "Türkiye", "Iran", "Jordan",
            "Saudi Arabia", "France", "the United Kingdom", "Germany", "the European Union", "the United Nations",
            "the Kurdistan Region"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /**
     * Writes {@code count} statements as text files in a government release's layout (site chrome, headline,
     * date line, the officials who met with their offices, the body, a quotation, related links), for the
     * importer: the same officials (the first {@code officials} names, named with the same skew), subjects,
     * places, parties and vocabulary as {@link #fill}, dated at day precision and one in twenty at month
     * precision. Returns at once if the folder already holds them (its {@code .complete} marker).
     */
    void writeFiles(Path folder, int officials, int count) throws IOException {
        Path done = folder.resolve(".complete");
        if (Files.exists(done)) {
            return;
        }
        Files.createDirectories(folder);
        officials = Math.min(officials, GIVEN.length * FAMILY.length);
        for (int i = 0; i < count; i++) {
            String subject = pick(SUBJECTS);
            String place = pick(PLACES);
            String title = "Officials " + pick(VERBS) + " " + subject + " in " + place + " (" + (i + 1) + ")";
            LocalDate day = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(5 * 365));
            String dated = random.nextInt(20) == 0 ? day.format(MONTH) : day.format(DAY).toUpperCase(Locale.ENGLISH);
            List<Integer> chosen = new ArrayList<>();
            int named = 2 + random.nextInt(3);
            while (chosen.size() < named) {
                int official = skewed(officials);
                if (!chosen.contains(official)) {
                    chosen.add(official);
                }
            }
            StringBuilder text = new StringBuilder("Skip to main content\nHome > Newsroom > ").append(title).append('\n')
                    .append(title).append('\n').append(dated).append("\nOffice of the Spokesperson\n");
            String[] names = new String[chosen.size()];
            for (int a = 0; a < chosen.size(); a++) {
                int official = chosen.get(a);
                names[a] = GIVEN[official % GIVEN.length] + " " + FAMILY[official / GIVEN.length];
                String office = pick(OFFICES);
                String country = COUNTRY_NAMES[official % 9];
                text.append(a == 0 ? "" : a == 1 ? " met " : " and ").append(office).append(' ').append(names[a])
                        .append(" of ").append(country);
            }
            text.append(" in ").append(place).append(", where the representatives of the United States and Iraq")
                    .append(random.nextInt(3) == 0 ? " and " + COUNTRY_NAMES[2 + random.nextInt(COUNTRY_NAMES.length - 2)] : "")
                    .append(' ').append(pick(VERBS)).append(' ').append(subject).append(".\n");
            for (String paragraph : variedParagraphs().split("\n\n")) {
                text.append(paragraph.strip()).append('\n');
            }
            text.append("\u201CWe are committed to ").append(pick(SUBJECTS))
                    .append(" and to the partnership between our nations,\u201D said ").append(names[0]).append(".\n")
                    .append("Related Articles\nTravel Advisories\nPrivacy Policy\n");
            Files.writeString(folder.resolve(String.format("%07d.txt", i)), text, StandardCharsets.UTF_8);
        }
        Files.writeString(done, "");
    }

    private static void flush(PreparedStatement... batches) throws Exception {
        for (PreparedStatement batch : batches) {
            batch.executeBatch();
        }
    }

    /** An official's index, skewed: the first few are named far more often than the rest. */
    private int skewed(int officials) {
        double u = random.nextDouble();
        return (int) Math.min(officials - 1, Math.floor(officials * u * u * u));
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static final String[] PLACES = {"Baghdad", "Erbil", "Basra", "Mosul", "Kirkuk", "Najaf", "Ankara", "Amman",
            "Riyadh", "Tehran", "Paris", "Berlin", "Geneva", "Brussels", "New York", "Washington", "Sulaymaniyah", "Doha"};
    private static final String[] TOPICS = {"drought relief", "an oil pipeline", "vaccine supplies", "refugee returns",
            "customs tariffs", "grain shipments", "museum restoration", "university scholarships", "cybersecurity",
            "demining", "civil aviation", "a ceasefire", "prisoner exchanges", "railway links", "dam safety",
            "wheat harvests", "anti-corruption courts", "women's participation", "journalists' safety", "solar power",
            "banking reform", "visa procedures", "archaeological sites", "air defense", "river pollution"};

    /** Two to five paragraphs of two to four sentences, from a wider vocabulary: words common and rare. */
    private String variedParagraphs() {
        StringBuilder text = new StringBuilder();
        int paragraphs = 2 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                switch (random.nextInt(3)) {
                    case 0 -> text.append("In ").append(pick(PLACES)).append(", the delegations ").append(pick(VERBS))
                            .append(' ').append(pick(SUBJECTS)).append(". ");
                    case 1 -> text.append("The ministers ").append(pick(VERBS)).append(' ').append(pick(TOPICS))
                            .append(" and ").append(pick(TOPICS)).append(". ");
                    default -> text.append("Both sides noted the progress on ").append(pick(SUBJECTS))
                            .append(" made since their meeting in ").append(pick(PLACES)).append(". ");
                }
            }
        }
        return text.toString();
    }

    private String paragraphs() {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < 6; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            for (int s = 0; s < 4; s++) {
                text.append("The delegations ").append(pick(VERBS)).append(' ').append(pick(SUBJECTS))
                        .append(" and noted the progress made since their last meeting. ");
            }
        }
        return text.toString();
    }
}
