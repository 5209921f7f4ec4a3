package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Officials named with an office in French, Spanish, Portuguese, Italian or German, whose offices are lower-case
 * words or compounds that the English reading of {@link OfficialFinder} does not see. Three shapes:
 * <ul>
 *   <li>the office right before the name: "el canciller Ana Ruiz", "Außenministerin Eva Brandt", "dem kenianischen
 *       Präsidenten Paul Otieno";</li>
 *   <li>the office, its portfolio and a comma before the name: "el ministro de Relaciones Exteriores de Chile,
 *       Tomás Rivera", "la présidente de la commission des affaires étrangères, Madame Anne Morel";</li>
 *   <li>the name, a comma and the office: "M. Karim Haddad, ministre irakien des affaires étrangères,".</li>
 * </ul>
 * The office is kept as written; the country is the one a demonym or a country's name in it gives
 * ("irakien", "de Chile"), or a German adjective right before it ("der kenianische Außenminister").
 */
final class WrittenOffices {

    /** A person the text names with an office, and where the name stands among the tokens. */
    record Naming(List<Tokens.Token> name, String role, String country) {
    }

    /** Words that end an office's portfolio: a verb or a clause between the office and a comma. */
    private static final Set<String> CLAUSE_WORDS = Set.of("a", "ont", "est", "sont", "était", "qui", "que", "avec",
            "lors", "ha", "han", "es", "fue", "era", "quien", "con", "durante", "hat", "haben", "ist", "sind", "war",
            "wurde", "mit", "and", "said", "with", "has", "is", "was");
    private static final Set<String> SENTENCE_MARKS = Set.of(".", ";", ":", "(", ")", "?", "!", "\"", "«", "»", "“", "”");
    private static final Set<String> NAME_PARTICLES = Set.of("al", "bin", "ibn", "de", "da", "dos", "das", "van",
            "von", "der", "del", "la", "le", "du", "di");
    /** Articles of the other languages between a comma and an office ("..., el actual canciller"). */
    private static final Set<String> ARTICLES = Set.of("el", "la", "le", "l", "o", "a", "der", "die", "il");
    private static final int LONGEST_PORTFOLIO = 18;

    private final RoleLexicon roles;
    private final Gazetteer gazetteer;

    WrittenOffices(RoleLexicon roles, Gazetteer gazetteer) {
        this.roles = roles;
        this.gazetteer = gazetteer;
    }

    List<Naming> find(String text) {
        return find(text, Tokens.of(text));
    }

    /** The namings in a text whose tokens ({@link Tokens#of}) have been read already. */
    List<Naming> find(String text, List<Tokens.Token> tokens) {
        List<Naming> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int office = roles.writtenOffice(tokens, i);
            if (office == 0) {
                continue;
            }
            Naming naming = nameBefore(text, tokens, i);
            if (naming == null) {
                naming = nameRightAfter(tokens, i, office);
            }
            if (naming == null) {
                naming = nameAfterComma(text, tokens, i, office);
            }
            if (naming != null && !isPlace(naming.name())) {
                found.add(naming);
            }
        }
        return found;
    }

    /** "M. Karim Haddad, ministre irakien des affaires étrangères": a name, a comma, the office. */
    private Naming nameBefore(String text, List<Tokens.Token> tokens, int officeAt) {
        int comma = officeAt - 1;
        while (comma >= 0 && tokens.get(comma).word() && ARTICLES.contains(tokens.get(comma).bare())) {
            comma--;
        }
        if (comma < 2 || !tokens.get(comma).text().equals(",")) {
            return null;
        }
        int start = comma;
        while (start - 1 >= 0 && isNameWord(tokens, start - 1) && comma - start < 6) {
            start--;
        }
        List<Tokens.Token> name = trimmed(tokens.subList(start, comma));
        if (name.isEmpty()) {
            return null;
        }
        String role = roles.writtenOfficeAfter(text, tokens.get(comma - 1).end());
        return role == null ? null : new Naming(name, role, countryIn(role));
    }

    /** "el canciller Ana Ruiz", "Außenministerin Eva Brandt", "le président tunisien, M. Sami Ferjani". */
    private Naming nameRightAfter(List<Tokens.Token> tokens, int officeAt, int office) {
        int at = officeAt + office;
        String country = adjectiveBefore(tokens, officeAt);
        while (at < tokens.size() && isLowerCaseDemonym(tokens.get(at))) {
            country = country != null ? country : gazetteer.codeOf(tokens.get(at).text()).orElse(null);
            at++;
        }
        List<Tokens.Token> name = nameAt(tokens, at);
        if (name.isEmpty()) {
            return null;
        }
        return new Naming(name, Tokens.join(tokens, officeAt, officeAt + office), country);
    }

    /** "el ministro de Relaciones Exteriores de Chile, Tomás Rivera": the office and its portfolio, then a comma. */
    private Naming nameAfterComma(String text, List<Tokens.Token> tokens, int officeAt, int office) {
        for (int k = officeAt + office; k < tokens.size() && k - officeAt <= LONGEST_PORTFOLIO; k++) {
            Tokens.Token token = tokens.get(k);
            if (SENTENCE_MARKS.contains(token.text()) || CLAUSE_WORDS.contains(token.bare()) && !token.capitalized()
                    || roles.writtenOffice(tokens, k) > 0) {
                return null; // a clause, or a later office that names its own person
            }
            if (!token.text().equals(",")) {
                continue;
            }
            List<Tokens.Token> name = nameAt(tokens, k + 1);
            if (!name.isEmpty() && !isPlace(name)) { // "..., Unión Europea y Cooperación, Name": the portfolio goes on
                String role = text.substring(tokens.get(officeAt).start(), tokens.get(k - 1).end());
                String country = adjectiveBefore(tokens, officeAt);
                return new Naming(name, role, country != null ? country : countryIn(role));
            }
        }
        return null;
    }

    /** The name that starts at {@code at}, after its honorifics: two to five name words; else empty. */
    private List<Tokens.Token> nameAt(List<Tokens.Token> tokens, int at) {
        while (at < tokens.size() && roles.honorific(tokens, at) > 0) {
            at += roles.honorific(tokens, at);
        }
        int end = at;
        while (end < tokens.size() && isNameWord(tokens, end) && end - at < 7) {
            end++;
        }
        if (end < tokens.size() && tokens.get(end).capitalized() && !NAME_PARTICLES.contains(tokens.get(end).bare())) {
            return List.of(); // a longer run of capitalised words: a body's name, not a person's
        }
        return at < end && !NAME_PARTICLES.contains(tokens.get(at).bare()) ? trimmed(tokens.subList(at, end)) : List.of();
    }

    /** Without particles at the end; empty unless two to five words remain that are not particles. */
    private static List<Tokens.Token> trimmed(List<Tokens.Token> name) {
        int end = name.size();
        while (end > 0 && NAME_PARTICLES.contains(name.get(end - 1).bare())) {
            end--;
        }
        int start = 0;
        while (start < end && NAME_PARTICLES.contains(name.get(start).bare())) {
            start++;
        }
        List<Tokens.Token> kept = name.subList(start, end);
        long words = kept.stream().filter(token -> !NAME_PARTICLES.contains(token.bare())).count();
        return words >= 2 && words <= 5 ? List.copyOf(kept) : List.of();
    }

    /** A name that is a place's or a body's ("Unión Europea"): the gazetteer knows it. */
    private boolean isPlace(List<Tokens.Token> name) {
        return !name.isEmpty() && !gazetteer.find(Tokens.join(name, 0, name.size())).isEmpty();
    }

    private boolean isNameWord(List<Tokens.Token> tokens, int at) {
        Tokens.Token token = tokens.get(at);
        if (NAME_PARTICLES.contains(token.bare()) && token.word() && !token.capitalized()) {
            return true;
        }
        return token.capitalized() && token.text().length() > 1 && !token.possessive()
                && gazetteer.codeOf(token.text()).isEmpty() && !roles.isNotName(token) && !roles.isOpener(token)
                && roles.head(tokens, at) == 0 && roles.writtenOffice(tokens, at) == 0 && roles.honorific(tokens, at) == 0;
    }

    /** "der kenianische Außenminister": a German adjective, in lower case, right before the office. */
    private String adjectiveBefore(List<Tokens.Token> tokens, int officeAt) {
        return officeAt > 0 && isLowerCaseDemonym(tokens.get(officeAt - 1))
                ? gazetteer.codeOf(tokens.get(officeAt - 1).text()).orElse(null) : null;
    }

    private boolean isLowerCaseDemonym(Tokens.Token token) {
        return token.word() && !token.capitalized() && gazetteer.codeOf(token.text()).isPresent();
    }

    /**
     * The country that a demonym or a country's name in an office gives ("ministre irakien", "embajador de
     * Chile"), or null. A name right after a comma is an item of the portfolio ("ministro de Asuntos Exteriores,
     * Unión Europea y Cooperación"), not whose office it is.
     */
    String countryIn(String role) {
        for (Gazetteer.Place place : gazetteer.find(role)) {
            boolean listed = role.substring(0, place.start()).stripTrailing().endsWith(",");
            // a two-letter code: a state's, or the EU's, the UN's or the G7's; not a region's (KRG) nor another
            // body's (its length, not Gazetteer.kindOf, as it always was)
            if (place.code().length() == 2 && !listed) {
                return place.code();
            }
        }
        return null;
    }
}
