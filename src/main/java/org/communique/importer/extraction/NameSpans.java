package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a person's name starts and ends among capitalised words: the name-like words after an office, a given
 * name spelt like a nationality ("Mr. German Gref"), a line of descent the registry knows shorter.
 */
final class NameSpans {

    private static final Set<String> LINEAGE = Set.of("bin", "ibn", "bint");
    static final Set<String> NAME_PARTICLES = Set.of("al", "bin", "ibn", "bint", "de", "da", "van", "von",
            "der", "del", "la", "le", "du", "di");

    private final OfficialRegistry registry;
    private final Gazetteer gazetteer;
    private final RoleLexicon roles;
    private final GivenNames givenNames;

    NameSpans(OfficialRegistry registry, Gazetteer gazetteer, RoleLexicon roles, GivenNames givenNames) {
        this.registry = registry;
        this.gazetteer = gazetteer;
        this.roles = roles;
        this.givenNames = givenNames;
    }

    /**
     * Where a person's name starts among the capitalised words after an office's portfolio, leaving at
     * least {@code minObject} of them to the portfolio: a registry name at the end, else a given name that
     * starts a run of name-like words to the end, else the longest such run at the end. Returns the end of
     * the words when none of them is a name ("Political Affairs and Electoral Assistance").
     */
    int nameStartIn(List<Tokens.Token> tokens, int from, int to, int minObject) {
        int seqEnd = from;
        while (seqEnd < to && (tokens.get(seqEnd).capitalized() || NAME_PARTICLES.contains(tokens.get(seqEnd).bare()))) {
            seqEnd++;
        }
        int earliest = from + minObject;
        for (int length = Math.min(4, seqEnd - earliest); length >= 2; length--) {
            if (registry.byName(Tokens.join(tokens, seqEnd - length, seqEnd)).isPresent()) {
                return seqEnd - length;
            }
        }
        for (int k = earliest; k < seqEnd - 1; k++) {
            if (givenNames.contains(tokens.get(k)) && allNameLike(tokens, k, seqEnd)) {
                return withTitlesBefore(tokens, k, earliest);
            }
        }
        for (int k = earliest; k < seqEnd - 1; k++) {
            if (allNameLike(tokens, k, seqEnd)) {
                return k;
            }
        }
        return seqEnd;
    }

    /** Moves a name's start back over the honorifics and ranks written before it ("Dr. Hassan ..."). */
    private int withTitlesBefore(List<Tokens.Token> tokens, int nameStart, int earliest) {
        int start = nameStart;
        while (start - 1 >= earliest && (roles.honorific(tokens, start - 1) == 1 || roles.rank(tokens, start - 1) == 1)) {
            start--;
        }
        return start;
    }

    boolean allNameLike(List<Tokens.Token> tokens, int from, int to) {
        if (NAME_PARTICLES.contains(tokens.get(from).bare()) || RunReader.CONNECTORS.contains(tokens.get(from).bare())) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Tokens.Token token = tokens.get(k);
            boolean particle = NAME_PARTICLES.contains(token.bare());
            if (!particle && (!token.capitalized() || roles.isNotName(token) || RunReader.CONNECTORS.contains(token.bare())
                    || gazetteer.codeOf(token.text()).isPresent() || roles.head(tokens, k) > 0)) {
                return false;
            }
        }
        return true;
    }

    /** The name-like words at the start of a span: capitalised, initials, particles such as "al-" or "bin". */
    List<Tokens.Token> leadingName(List<Tokens.Token> tokens, int from, int to) {
        List<Tokens.Token> name = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Tokens.Token token = tokens.get(i);
            boolean particle = NAME_PARTICLES.contains(token.bare()) && !name.isEmpty();
            if (!name.isEmpty() && roles.isOpener(token) && token.text().length() <= 3) {
                break; // "General Ray Odierno On the Ratification ...": a headline's capitalised preposition
            }
            boolean titleAsName = !name.isEmpty() && roles.head(tokens, i) == 1 && i + 1 < to
                    && tokens.get(i + 1).capitalized() && roles.head(tokens, i + 1) == 0 && !roles.isNotName(tokens.get(i + 1));
            if (name.isEmpty() && isGivenNameAfterHonorific(tokens, i, to)) {
                name.add(token); // "Mr. German Gref": a given name spelt like a nationality
                continue;
            }
            if (!particle && !titleAsName && (!token.capitalized() || roles.isNotName(token)
                    || gazetteer.codeOf(token.text()).isPresent() || roles.head(tokens, i) > 0)) {
                break; // but "Abdul Amir Yarallah", "Faisal bin Sultan Al ...": a title's word inside a name
            }
            name.add(token);
            if (token.possessive()) {
                break;
            }
        }
        while (!name.isEmpty() && NAME_PARTICLES.contains(name.get(name.size() - 1).bare())) {
            name.remove(name.size() - 1);
        }
        return nameWords(name) > 5 ? List.of() : name; // "Mohammed bin Salman bin Abdulaziz Al Saud" has four
    }

    /** The words of a name that are not particles, counted without a stream: every run is read for a name. */
    private static int nameWords(List<Tokens.Token> name) {
        int words = 0;
        for (int i = 0; i < name.size(); i++) {
            if (!NAME_PARTICLES.contains(name.get(i).bare())) {
                words++;
            }
        }
        return words;
    }

    /**
     * Whether the word at {@code at}, spelt like a nationality ("German", "Iraqi"), is a given name: right after an
     * honorific and before a capitalised word that names no place ("Mr. German Gref").
     */
    boolean isGivenNameAfterHonorific(List<Tokens.Token> tokens, int at, int to) {
        if (at == 0 || at + 1 >= to || roles.honorific(tokens, at - 1) == 0 || !tokens.get(at).capitalized()
                || gazetteer.find(tokens.get(at).text()).stream().noneMatch(p -> p.form() == Gazetteer.Form.ADJECTIVE)) {
            return false;
        }
        Tokens.Token next = tokens.get(at + 1);
        return next.capitalized() && gazetteer.codeOf(next.text()).isEmpty() && roles.head(tokens, at + 1) == 0
                && !roles.isNotName(next);
    }

    /**
     * A name with a line of descent ("Mohammed bin Salman bin Abdulaziz Al Saud") shortened to the start the
     * registry knows it by ("Mohammed bin Salman"); any other name as it is.
     */
    List<Tokens.Token> registeredLineage(List<Tokens.Token> name) {
        if (name.size() < 4 || name.subList(1, name.size()).stream().noneMatch(t -> LINEAGE.contains(t.bare()))) {
            return name;
        }
        for (int length = name.size() - 1; length >= 2; length--) {
            if (registry.byName(written(name.subList(0, length))).isPresent()) {
                return name.subList(0, length);
            }
        }
        return name;
    }

    static String written(List<Tokens.Token> name) {
        if (name.size() == 1) {
            return Gazetteer.withoutPossessive(name.get(0).text()); // a surname alone, as most are written again
        }
        StringBuilder text = new StringBuilder();
        for (Tokens.Token token : name) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(Gazetteer.withoutPossessive(token.text()));
        }
        return text.toString();
    }
}
