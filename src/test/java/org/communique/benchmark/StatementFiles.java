package org.communique.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A folder of N generated statement files for the import benchmark, the same for the same N: government
 * releases as text, ministry readouts and long joint statements as HTML, wire reports with quotations;
 * officials from the bundled registry and people it does not know; about 2% files with no statement text
 * (they fail) and 5% byte-for-byte copies of an earlier file under another name. Every sentence is our own.
 */
final class StatementFiles {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private static final String[] TOPICS = {"energy", "water", "security", "trade", "education", "health", "climate",
            "investment", "elections", "reconstruction", "customs", "aviation", "agriculture", "banking"};
    private static final String[] SENTENCES = {
            "The two sides reviewed progress on %s since their last meeting and agreed on the next steps.",
            "Officials discussed a shared plan for %s that both governments expect to present before the end of the year.",
            "The delegations welcomed the work of the joint committee on %s and asked it to report again in the spring.",
            "Both governments underlined that cooperation on %s serves the long-term interests of their citizens.",
            "The ministers agreed to hold technical talks on %s with experts from both capitals next month.",
            "A working group on %s will meet every quarter and publish a summary of its findings.",
            "The participants noted the difficulties that remain in %s and pledged to address them together.",
            "They also exchanged views on regional developments and on the role of %s in lasting stability.",
            "The meeting closed with an agreement to expand exchanges of students and specialists in %s.",
            "Funding for new projects in %s was announced, with the first tenders expected within six months.",
            "The governments intend to align their rules on %s so that companies face fewer delays at the border.",
            "Both sides stressed the importance of transparency and of regular reporting on %s to parliament."};
    private static final String[] INVENTED_GIVEN = {"Karim", "Laila", "Samir", "Noor", "Tariq", "Huda", "Walid", "Rana",
            "Daniel", "Margaret", "Owen", "Priya", "Elena", "Jonas", "Ingrid", "Marcus"};
    private static final String[] INVENTED_FAMILY = {"Haddad", "Nouri", "Saleh", "Qasim", "Rahimi", "Farouk", "Whitmore",
            "Calloway", "Brandt", "Lindqvist", "Okafor", "Moreau", "Petrov", "Castellan", "Ashdown", "Kerrigan"};
    private static final String[] INVENTED_ROLES = {"Deputy Minister of Trade", "Ambassador", "Special Envoy",
            "Under Secretary for Economic Affairs", "Minister of Water Resources", "Governor"};

    private StatementFiles() {
    }

    /** What was written. */
    record Summary(int text, int html, int failing, int duplicates) {
        @Override
        public String toString() {
            return String.format("%,d text, %,d HTML, %,d failing, %,d duplicates", text, html, failing, duplicates);
        }
    }

    private record Person(String name, String role) {
    }

    /** Writes the folder unless it already holds the files for this count. */
    static Summary write(Path folder, int count) throws IOException {
        Random random = new Random(count);
        List<Person> registered = registered();
        Path done = folder.resolve(".complete");
        boolean fresh = !Files.exists(done);
        if (fresh) {
            Files.createDirectories(folder);
        }
        int text = 0;
        int html = 0;
        int failing = 0;
        int duplicates = 0;
        byte[] earlier = null;
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(100);
            String name;
            byte[] bytes;
            if (kind < 2) {
                failing++;
                name = String.format("%06d-empty.txt", i);
                bytes = (kind == 0 ? "" : "\n\n   \n").getBytes(StandardCharsets.UTF_8);
            } else if (kind < 7 && earlier != null) {
                duplicates++;
                name = String.format("%06d-copy.%s", i, earlier[0] == '<' ? "html" : "txt");
                bytes = earlier;
            } else {
                LocalDate date = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365));
                String topic = TOPICS[random.nextInt(TOPICS.length)];
                List<Person> people = people(random, registered);
                int layout = random.nextInt(4);
                String content = switch (layout) {
                    case 0 -> release(random, date, topic, people);
                    case 1 -> readout(random, date, topic, people);
                    case 2 -> wire(random, date, topic, people);
                    default -> jointStatement(random, date, topic, people);
                };
                boolean isHtml = layout == 1 || layout == 3;
                if (isHtml) {
                    html++;
                } else {
                    text++;
                }
                name = String.format("%06d-%s-%s.%s", i, topic, date, isHtml ? "html" : "txt");
                bytes = content.getBytes(StandardCharsets.UTF_8);
                earlier = bytes;
            }
            if (fresh) {
                Files.write(folder.resolve(name), bytes);
            }
        }
        if (fresh) {
            Files.writeString(done, "");
        }
        return new Summary(text, html, failing, duplicates);
    }

    /** Two or three people: mostly from the registry, one in four someone it does not know. */
    private static List<Person> people(Random random, List<Person> registered) {
        List<Person> people = new ArrayList<>();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(4) == 0) {
                people.add(new Person(INVENTED_GIVEN[random.nextInt(INVENTED_GIVEN.length)] + " "
                        + INVENTED_FAMILY[random.nextInt(INVENTED_FAMILY.length)],
                        INVENTED_ROLES[random.nextInt(INVENTED_ROLES.length)]));
            } else {
                people.add(registered.get(random.nextInt(registered.size())));
            }
        }
        return people;
    }

    private static List<String> paragraphs(Random random, String topic, List<Person> people, int count) {
        List<String> paragraphs = new ArrayList<>();
        Person first = people.get(0);
        Person second = people.get(1);
        paragraphs.add(first.role() + " " + first.name() + " met " + second.role() + " " + second.name()
                + " to discuss " + topic + " and the wider partnership between their governments.");
        for (int p = 1; p < count; p++) {
            StringBuilder paragraph = new StringBuilder();
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                String other = TOPICS[random.nextInt(TOPICS.length)];
                paragraph.append(s == 0 ? "" : " ").append(String.format(SENTENCES[random.nextInt(SENTENCES.length)],
                        random.nextBoolean() ? topic : other));
            }
            if (p == 2 && people.size() > 2) {
                Person third = people.get(2);
                paragraph.append(" ").append(third.role()).append(" ").append(third.name())
                        .append(" joined the session on ").append(topic).append(".");
            }
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }

    private static String release(Random random, LocalDate date, String topic, List<Person> people) {
        String title = "Meeting on " + capital(topic) + " Between " + surname(people.get(0)) + " and " + surname(people.get(1));
        StringBuilder text = new StringBuilder();
        text.append("Skip to main content\nNewsroom | Releases | Travel | Contact\nHome > Newsroom > ")
                .append(title).append('\n').append(title).append('\n')
                .append(date.format(LONG).toUpperCase(Locale.ENGLISH)).append("\nOffice of the Spokesperson\n");
        for (String paragraph : paragraphs(random, topic, people, 3 + random.nextInt(3))) {
            text.append(paragraph).append('\n');
        }
        text.append("More from the Newsroom\nTravel Advisories\nPrivacy Notice\nAccessibility\n");
        return text.toString();
    }

    private static String readout(Random random, LocalDate date, String topic, List<Person> people) {
        String title = "Readout of the Call on " + capital(topic) + " with " + people.get(1).name();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title)
                .append(" | Ministry Press Office</title><meta property=\"og:title\" content=\"").append(title)
                .append("\"></head><body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a>")
                .append(" <a href=\"/about\">About the Ministry</a></nav></header><main><article><h1>").append(title)
                .append("</h1><p class=\"date\"><time datetime=\"").append(date).append("\">").append(date.format(LONG))
                .append("</time></p>");
        for (String paragraph : paragraphs(random, topic, people, 2 + random.nextInt(4))) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        html.append("</article><aside><h2>Related</h2><ul><li><a href=\"/news/1\">Weekly briefing</a></li>")
                .append("<li><a href=\"/news/2\">Visa services</a></li></ul></aside></main>")
                .append("<footer><p>Ministry Press Office</p><a href=\"/privacy\">Privacy</a></footer></body></html>");
        return html.toString();
    }

    private static String wire(Random random, LocalDate date, String topic, List<Person> people) {
        Person speaker = people.get(0);
        StringBuilder text = new StringBuilder();
        text.append(capital(topic)).append(" talks move ahead as ").append(surname(speaker)).append(" visits\n")
                .append("By a staff correspondent\n").append(date.format(LONG)).append("\n")
                .append("BAGHDAD — ");
        List<String> paragraphs = paragraphs(random, topic, people, 3 + random.nextInt(4));
        text.append(paragraphs.get(0)).append('\n');
        text.append("\u201CWe have made real progress on ").append(topic).append(" and we will keep working until it is done,\u201D ")
                .append(speaker.name()).append(" told reporters after the meeting.\n");
        for (String paragraph : paragraphs.subList(1, paragraphs.size())) {
            text.append(paragraph).append('\n');
        }
        return text.toString();
    }

    private static String jointStatement(Random random, LocalDate date, String topic, List<Person> people) {
        String title = "Joint Statement on " + capital(topic) + " Cooperation";
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(title)
                .append("</title><meta name=\"description\" content=\"A joint statement on ").append(topic)
                .append(".\"></head><body><div class=\"top\"><a href=\"/\">Home</a> &gt; <a href=\"/statements\">Statements</a>")
                .append("</div><div class=\"menu\"><ul>");
        for (String item : TOPICS) {
            html.append("<li><a href=\"/topics/").append(item).append("\">").append(capital(item)).append("</a></li>");
        }
        html.append("</ul></div><div id=\"content\"><h1>").append(title).append("</h1><div class=\"meta\">Released ")
                .append(date.format(LONG)).append("</div><div class=\"body\">")
                .append("<p>The following statement was issued by the governments taking part in the talks.</p>");
        for (String paragraph : paragraphs(random, topic, people, 8 + random.nextInt(12))) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        html.append("</div></div><div class=\"footer\">Share: <a href=\"#\">Email</a> <a href=\"#\">Print</a>")
                .append("<p>Copyright the Press Office</p></div></body></html>");
        return html.toString();
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String surname(Person person) {
        String[] parts = person.name().split(" ");
        return parts[parts.length - 1];
    }

    /** The bundled registry's people with the first office it knows for them. */
    private static List<Person> registered() throws IOException {
        try (InputStream in = StatementFiles.class.getResourceAsStream("/extraction/officials.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<Person> people = new ArrayList<>();
            for (JsonNode official : root.get("officials")) {
                JsonNode roles = official.get("roles");
                if (roles != null && !roles.isEmpty()) {
                    people.add(new Person(official.get("name").asString(), roles.get(0).get("title").asString()));
                }
            }
            return people;
        }
    }
}
