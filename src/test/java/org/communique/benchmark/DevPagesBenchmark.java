package org.communique.benchmark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.communique.importer.extraction.ExtractedStatement;
import org.communique.importer.extraction.OfficialMention;
import org.communique.importer.extraction.SourceFile;
import org.communique.importer.extraction.StatementExtractor;

/**
 * The development-pages benchmark: runs the extractor on every labelled real page of
 * {@code ../shared/dev-pages} and scores title, date, type, parties, officials, body start and chrome-free
 * by the rules of that folder's README ({@link DevPageScore}). Prints each page's misses and one summary
 * line with the seven measures and their mean. Not a unit test and no threshold: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.communique.benchmark.DevPagesBenchmark}
 * ({@code -Dbenchmark.devPages=DIR} for another folder of the same layout, {@code -Dbenchmark.only=d01,d02}
 * for some pages, with {@code -Dbenchmark.blocks=true} to print how each block was read).
 */
public final class DevPagesBenchmark {

    private DevPagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!DevPages.available()) {
            System.out.println("SKIPPED: the development pages are not at " + DevPages.defaultFolder().toAbsolutePath());
            return;
        }
        DevPages pages = DevPages.load();
        Set<String> only = new HashSet<>(List.of(System.getProperty("benchmark.only", "").split(",")));
        only.remove("");
        StatementExtractor extractor = StatementExtractor.withBundledRegistry();
        System.out.printf("Development-pages benchmark: %d pages from %s%n%n", pages.pages().size(), pages.folder());

        int n = 0;
        int titles = 0;
        int dates = 0;
        int types = 0;
        int bodyStarts = 0;
        int chromeLines = 0;
        int chromeFree = 0;
        int partyTp = 0;
        int partyFp = 0;
        int partyFn = 0;
        int officialTp = 0;
        int officialFp = 0;
        int officialFn = 0;
        int forbidden = 0;
        long nanos = 0;
        for (DevPages.Labelled page : pages.pages()) {
            if (!only.isEmpty() && !only.contains(page.id())) {
                continue;
            }
            n++;
            long start = System.nanoTime();
            ExtractedStatement got = extractor.extract(new SourceFile(page.id() + ".txt", page.text()));
            nanos += System.nanoTime() - start;
            String body = got.body();
            List<String> misses = new ArrayList<>();
            if (Boolean.getBoolean("benchmark.blocks")) {
                got.blocks().forEach(b -> System.out.printf("  [%s%s] %s%n", b.role(),
                        b.reason() == null ? "" : ": " + b.reason(), head(b.text())));
            }

            if (DevPageScore.titleMatches(got.title(), page.titles())) {
                titles++;
            } else {
                misses.add("title " + quoted(got.title()) + " want " + quotedAll(page.titles()));
            }
            String date = got.date() == null ? null : got.date().toString();
            if (DevPageScore.dateMatches(date, page.dates())) {
                dates++;
            } else {
                misses.add("date " + date + " want " + (page.undated() ? "null" : String.join(" | ", page.dates())));
            }
            if (page.types().contains(got.type().code())) {
                types++;
            } else {
                misses.add("type " + got.type().code() + " want " + String.join(" | ", page.types()) + " (publisher "
                        + quoted(got.publisher()) + ")");
            }

            Set<String> wantParties = new HashSet<>(page.parties());
            List<String> extraParties = got.parties().stream().filter(p -> !wantParties.contains(p)).toList();
            List<String> missedParties = page.parties().stream().filter(p -> !got.parties().contains(p)).toList();
            partyTp += got.parties().size() - extraParties.size();
            partyFp += extraParties.size();
            partyFn += missedParties.size();
            if (!extraParties.isEmpty() || !missedParties.isEmpty()) {
                misses.add("parties " + got.parties() + " want " + page.parties());
            }

            DevPageScore.Officials officials = DevPageScore.officials(
                    got.officials().stream().map(OfficialMention::name).toList(), page.officials(), page.forbiddenOfficials());
            officialTp += officials.truePositives();
            officialFp += officials.falsePositives();
            officialFn += officials.falseNegatives();
            forbidden += officials.forbidden().size();
            if (!officials.missed().isEmpty() || !officials.extra().isEmpty()) {
                misses.add("officials missed " + officials.missed() + " extra " + officials.extra()
                        + (officials.forbidden().isEmpty() ? "" : " forbidden " + officials.forbidden()));
            }

            if (DevPageScore.bodyStarts(body, page.bodyFirst())) {
                bodyStarts++;
            } else {
                misses.add("body_start want " + quoted(page.bodyFirst()) + " got " + quoted(head(body)));
            }
            for (String line : page.chromeLines()) {
                chromeLines++;
                if (DevPageScore.contains(body, line)) {
                    misses.add("chrome kept " + quoted(line));
                } else {
                    chromeFree++;
                }
            }
            if (!misses.isEmpty()) {
                System.out.println(page.id() + ":");
                misses.forEach(miss -> System.out.println("    " + miss));
            }
        }

        double[] measures = {
                ratio(titles, n), ratio(dates, n), ratio(types, n), DevPageScore.f1(partyTp, partyFp, partyFn),
                DevPageScore.f1(officialTp, officialFp, officialFn), ratio(bodyStarts, n), ratio(chromeFree, chromeLines)};
        double score = 0;
        for (double measure : measures) {
            score += measure / measures.length;
        }
        System.out.printf("%ntitle %.3f  date %.3f  type %.3f  parties %.3f  officials %.3f  body_start %.3f  chrome_free %.3f"
                + "  score %.3f  (%d pages, %d forbidden officials reported, %.0f files/s in one pass)%n",
                measures[0], measures[1], measures[2], measures[3], measures[4], measures[5], measures[6], score, n, forbidden,
                n / (nanos / 1e9));
    }

    private static double ratio(int count, int of) {
        return of == 0 ? 1 : (double) count / of;
    }

    private static String head(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= 100 ? flat : flat.substring(0, 100) + "...";
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private static String quotedAll(List<String> texts) {
        return texts.isEmpty() ? "null" : String.join(" | ", texts.stream().map(DevPagesBenchmark::quoted).toList());
    }
}
