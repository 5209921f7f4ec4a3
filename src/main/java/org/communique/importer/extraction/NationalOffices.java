package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whom each official found acts for when the text does not say: the state among the parties or the publisher for
 * an office only a state has, the organisation an office names, the other state for an unplaced ambassador. A step
 * after the parties are known ({@link PartyFinder}), as these rules read them.
 */
final class NationalOffices {

    /** An office that serves the head of an international body, on that body's own page. */
    private static final Pattern SERVES_HEAD_OF_BODY = Pattern.compile(
            "\\b(?:for|to|of) the (?:secretary[- ]general|high representative|chairperson)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPOKESPERSON = Pattern.compile("(?i)\\bspokes(?:person|man|woman)\\b");
    /** An office of a body ("President of the Economic and Social Council"), not of a state. */
    private static final Pattern BODY_OFFICE = Pattern.compile("(?i)\\bof (?:the )?(?:[\\p{L}'’.-]+ ){0,6}"
            + "(?:council|organi[sz]ation|fund|commission|assembly|programme|program|agency|court|union|league|"
            + "secretariat|bank|alliance|conference)\\b");

    private final Gazetteer gazetteer;
    private final RoleLexicon roles;

    NationalOffices(Gazetteer gazetteer, RoleLexicon roles) {
        this.gazetteer = gazetteer;
        this.roles = roles;
    }

    /**
     * The organisation an office belongs to, when the office names it ("Executive Director of the United Nations
     * Children's Fund", "President of the Economic and Social Council"): the head of an international body has its
     * code as country. Any code but a state's counts: a region's government (KRG) is a body of its own too.
     */
    private String organisationOf(String role) {
        if (role == null || !BODY_OFFICE.matcher(role).find()) {
            return null;
        }
        return gazetteer.find(role).stream().map(Gazetteer.Place::code)
                .filter(code -> !Gazetteer.isState(code)).findFirst().orElse(null);
    }

    /**
     * Officials whose country the text leaves unsaid but whose office only a state has ("the Minister of
     * Water Resources"): they belong to the one state among the parties, or else to the state that
     * published the statement. A region among the parties counts as its state (KRG: IQ); an organisation or a
     * group of states (G7) is none. An organisation's, a group's or a region's own spokesperson, on its own page,
     * is its own: unlike {@link Gazetteer#isOrganisation}, "not a state" here takes in the region, whose
     * government speaks for itself.
     */
    List<OfficialMention> assign(List<OfficialMention> officials, List<String> parties, String issuer) {
        List<String> states = parties.stream().map(Gazetteer::stateOf).filter(Gazetteer::isState).distinct().toList();
        String assumed = states.size() == 1 ? states.get(0)
                : issuer != null && states.contains(issuer) ? issuer : null;
        String envoySide = envoySide(officials, states);
        List<OfficialMention> resolved = new ArrayList<>();
        for (OfficialMention official : officials) {
            String organisation = official.country() == null ? organisationOf(official.role()) : null;
            if (organisation == null && official.country() == null && envoySide != null && official.role() != null
                    && official.role().toLowerCase(Locale.ROOT).startsWith("ambassador")) {
                organisation = envoySide; // "Japan will give ..., its ambassador said after meeting Minister X"
            }
            if (organisation == null && official.country() == null && issuer != null && !Gazetteer.isState(issuer)
                    && official.role() != null && (SERVES_HEAD_OF_BODY.matcher(official.role()).find()
                    || SPOKESPERSON.matcher(official.role()).find())) {
                // "Spokesman for the Secretary-General" on the United Nations' own page; the EU's spokesperson
                // signing the EU's statement
                organisation = issuer;
            }
            boolean national = assumed != null && official.country() == null && official.role() != null
                    && roles.isNationalOffice(official.role()) && !BODY_OFFICE.matcher(official.role()).find();
            resolved.add(organisation != null
                    ? new OfficialMention(official.name(), official.role(), organisation, official.mentions())
                    : national ? new OfficialMention(official.name(), official.role(), assumed, official.mentions()) : official);
        }
        return resolved;
    }

    /**
     * Between two states, the one none of whose officials the text names otherwise: an ambassador whose country
     * the text leaves unsaid is its envoy to the other, whose officials receive him; else null.
     */
    private static String envoySide(List<OfficialMention> officials, List<String> states) {
        if (states.size() != 2) {
            return null;
        }
        Set<String> named = new java.util.HashSet<>();
        for (OfficialMention official : officials) {
            if (official.country() != null) {
                named.add(official.country());
            }
        }
        List<String> unnamed = states.stream().filter(state -> !named.contains(state)).toList();
        return unnamed.size() == 1 ? unnamed.get(0) : null;
    }
}
