package org.communique.importer.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides which countries and organisations are parties to a statement or meeting, not merely mentioned.
 * Evidence, weighed: named in the headline; paired with another party ("U.S.-Iraq", "between Iraq and the
 * United States", "the Governments of A and B"); a delegation, side or government of a country; officials
 * of the country named in an official capacity; and, weakly, how often the body names it. A country is a
 * party when its weight reaches a threshold and is not far behind the strongest party's.
 */
final class PartyFinder {

    private static final double THRESHOLD = 3;
    private static final int LEAD_PARAGRAPHS = 2;
    private static final double SHARE_OF_STRONGEST = 0.3;
    private static final Pattern PAIR_JOIN = Pattern.compile("^\\s*(?:-|–|—|/)\\s*$");
    private static final Pattern AND_JOIN = Pattern.compile("^\\s*(?:,|and|&|,\\s*and)\\s*(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** Where a sentence begins, after a dateline maybe: "MUSCAT — Oman and Bahrain agreed ...", the pair its subject. */
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?]\\s+|[—–]\\s*|--\\s*)(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BETWEEN = Pattern.compile("\\b(?:between|governments of|delegations of|leaders of|"
            + "ministers of|sides of)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** Between a group's name and the list of its members: "G7 Foreign Ministers of", "ASEAN member states, ". */
    private static final Pattern MEMBERS_OF = Pattern.compile("^['’]?\\s+(?:[\\p{L}-]+\\s+){0,2}(?:ministers|leaders|"
            + "members|member states|heads of state and government|heads of state or government)['’]?\\s+of\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** What may stand between two members of a list: "Ghana, from 3 to 4 May; the Republic of Togo". */
    private static final Pattern LIST_GAP = Pattern.compile("^(?:\\s*\\([^()]{0,30}\\))?(?:,[^.;:,]{0,30})?\\s*[,;]?\\s*"
            + "(?:and|&)?\\s*(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** Where a visit goes: "a visit to", "will travel to", "that will take him to", "arrived in". */
    private static final Pattern DESTINATION = Pattern.compile("\\b(?:visit|visits|visited|visiting|trip|tour|travel|"
            + "travels|travelled|traveled|take (?:him|her|them)|arrive|arrives|arrived|arriving)\\s+(?:to|in|of)\\s+"
            + "(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** A meeting that is only the venue: "on the sidelines of the UN General Assembly", "on the margins of". */
    private static final Pattern VENUE = Pattern.compile("\\b(?:sidelines|margins|margin|sideline)\\s+of\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTOR_AFTER = Pattern.compile("^(?:['’]s)?\\s+(?:delegation|delegations|side|"
            + "government|governments|counterpart|counterparts|officials|leaders|ministers|minister|president|"
            + "prime minister|foreign minister|defense minister|secretary|ambassador|embassy|team|leadership|"
            + "representatives|forces|partner|partners|parliament|cabinet|presidency|authorities|"
            + "ministry)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern COUNTERPART = Pattern.compile("^(?:['’]s)?\\s+counterparts?\\b", Pattern.CASE_INSENSITIVE);
    /** "the Government of Chile", "the delegation of Japan", "the President of the Republic of Korea". */
    private static final Pattern ACTOR_BEFORE = Pattern.compile("\\b(?:government|governments|delegation|delegations|"
            + "president|prime minister|foreign minister|minister of foreign affairs|ministry of foreign affairs|"
            + "embassy|ambassador|king|emir|leaders|side)\\s+of\\s+(?:the\\s+)?(?:republic\\s+of\\s+|kingdom\\s+of\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;

    PartyFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param actingFor the country or organisation of each official the text names in office
     * @param issuer    the country or organisation an official publisher speaks for, or {@code null}: a
     *                  government is a party to its own statement
     */
    List<String> find(String title, List<String> paragraphs, List<OfficialFinder.Acting> actingFor, String issuer) {
        Map<String, Double> weight = new LinkedHashMap<>();
        if (issuer != null) {
            weight.put(issuer, THRESHOLD);
        }
        Map<String, Integer> mentions = new HashMap<>();
        boolean groupLed = false;
        java.util.Set<String> inHeadline = new java.util.HashSet<>();
        List<Gazetteer.Place> inTitle = title == null ? List.of() : gazetteer.find(title); // each text read once
        if (title != null) {
            List<Gazetteer.Place> named = withoutVenues(title, inTitle);
            named.stream().filter(place -> place.form() != Gazetteer.Form.METONYM).forEach(place -> inHeadline.add(place.code()));
            // a group's own text ("Joint Communiqué of the ... ASEAN Foreign Ministers' Meeting"): the headline
            // names a group and no state. A group's texts are its members' own, so the host or chair among them is
            // not a side of its own; an organisation's text about a country (a UN Security Council or African Union
            // statement) has that country as a side
            groupLed = named.stream().anyMatch(place -> Gazetteer.kindOf(place.code()) == Gazetteer.Kind.GROUP)
                    && named.stream().noneMatch(place -> !Gazetteer.isOrganisation(place.code())
                            && place.form() != Gazetteer.Form.METONYM);
        }
        if (title != null) {
            for (Gazetteer.Place place : withoutVenues(title, inTitle)) {
                // a country named in the headline; a capital ("Erbil-Baghdad ties") is more often a topic
                weight.merge(place.code(), place.form() == Gazetteer.Form.METONYM ? 1.0 : 3.0, Math::max);
            }
            weighPairs(title, inTitle, weight, 3.0);
            weighLists(title, inTitle, weight, 3.0, 3.0);
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            String paragraph = paragraphs.get(p);
            List<Gazetteer.Place> inParagraph = gazetteer.find(paragraph);
            for (Gazetteer.Place place : withoutVenues(paragraph, inParagraph)) {
                mentions.merge(place.code(), 1, Integer::sum);
                weight.putIfAbsent(place.code(), 0.0);
                String after = paragraph.substring(place.end(), Math.min(paragraph.length(), place.end() + 40));
                String before = paragraph.substring(Math.max(0, place.start() - 40), place.start());
                if (place.form() != Gazetteer.Form.METONYM
                        && (ACTOR_AFTER.matcher(after).find() || place.form() == Gazetteer.Form.NAME
                        && ACTOR_BEFORE.matcher(before).find())) {
                    // "his Argentine counterpart": the other side of the talks, by definition
                    weight.merge(place.code(), COUNTERPART.matcher(after).find() ? THRESHOLD : 1.5, Double::sum);
                }
            }
            weighPairs(paragraph, inParagraph, weight, p < LEAD_PARAGRAPHS ? 2.0 : 1.0);
            weighLists(paragraph, inParagraph, weight, p < LEAD_PARAGRAPHS ? 3.0 : 1.0, p == 0 ? 3.0 : 1.0);
        }
        Map<String, Double> officialsBy = new HashMap<>();
        for (OfficialFinder.Acting acting : actingFor) {
            // an official the headline or the lead names is a side; one met further down may be a bystander
            double evidence = acting.paragraph() < LEAD_PARAGRAPHS ? 3.0 : 1.5;
            if (groupLed && !Gazetteer.isOrganisation(acting.code()) && !inHeadline.contains(acting.code())) {
                evidence /= 3; // a member's minister chairing or opening the group's meeting speaks within it
            }
            officialsBy.merge(acting.code(), evidence, Double::sum);
        }
        officialsBy.forEach((code, evidence) -> weight.merge(code, Math.min(4.0, evidence), Double::sum));
        mentions.forEach((code, count) -> weight.merge(code, Math.min(2.0, 0.5 * count), Double::sum));
        if (System.getenv("CQ_DEBUG_PARTIES") != null) {
            System.err.println("party weights " + weight);
        }
        boolean finalGroupLed = groupLed;
        double strongest = weight.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<String> parties = new ArrayList<>();
        weight.entrySet().stream()
                .filter(e -> e.getValue() >= THRESHOLD && (e.getValue() >= strongest * SHARE_OF_STRONGEST
                        || e.getKey().equals(issuer) && e.getValue() > THRESHOLD)) // its own, and it acts in it
                .filter(e -> !finalGroupLed || Gazetteer.isOrganisation(e.getKey()) || inHeadline.contains(e.getKey())
                        || e.getValue() >= 2 * THRESHOLD)
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .forEach(e -> parties.add(e.getKey()));
        return parties;
    }

    /** The places named otherwise than as a meeting's venue. */
    private static List<Gazetteer.Place> withoutVenues(String text, List<Gazetteer.Place> places) {
        return places.stream().filter(place -> !VENUE.matcher(text.substring(Math.max(0, place.start() - 30),
                place.start())).find()).toList();
    }

    /**
     * The places of a list that follows "the foreign ministers of" or a visit ("a visit to Benin, Guinea and
     * Nigeria"): each is a side.
     */
    private void weighLists(String text, List<Gazetteer.Place> places, Map<String, Double> weight, double listWeight,
            double destinationWeight) {
        for (int i = 0; i < places.size(); i++) {
            Gazetteer.Place first = places.get(i);
            String before = text.substring(Math.max(0, first.start() - 40), first.start());
            boolean destination = DESTINATION.matcher(before).find();
            if (!destination && !BETWEEN.matcher(before).find()) {
                continue;
            }
            if (!destination && i > 0 && Gazetteer.isOrganisation(places.get(i - 1).code())
                    && MEMBERS_OF.matcher(text.substring(places.get(i - 1).end(), first.start())).matches()) {
                continue; // "the G7 Foreign Ministers of Canada, France, ...": the group's members, the group speaks
            }
            int end = i;
            while (end + 1 < places.size()
                    && LIST_GAP.matcher(text.substring(places.get(end).end(), places.get(end + 1).start())).matches()) {
                end++;
            }
            if (!destination && end - i < 2) {
                i = end;
                continue; // "talks between A and B": a pair, weighed as one
            }
            for (int k = i; k <= end; k++) {
                Gazetteer.Place place = places.get(k);
                if (place.form() != Gazetteer.Form.METONYM) {
                    weight.merge(place.code(), destination ? destinationWeight : listWeight, Math::max);
                }
            }
            i = end;
        }
    }

    /** "U.S.-Iraq", "Iraq and the United States" after "between", "the governments of A and B". */
    private void weighPairs(String text, List<Gazetteer.Place> places, Map<String, Double> weight, double pairWeight) {
        for (int i = 0; i + 1 < places.size(); i++) {
            Gazetteer.Place a = places.get(i);
            Gazetteer.Place b = places.get(i + 1);
            if (a.code().equals(b.code())) {
                continue;
            }
            if (a.code().equals(Gazetteer.stateOf(b.code())) || b.code().equals(Gazetteer.stateOf(a.code()))) {
                continue; // "Erbil-Baghdad budget talks": a region and its own state, the topic, not two sides
            }
            String gap = text.substring(a.end(), b.start());
            String before = text.substring(Math.max(0, a.start() - 30), a.start());
            boolean hyphenPair = PAIR_JOIN.matcher(gap).matches();
            boolean listedPair = AND_JOIN.matcher(gap).matches()
                    && (BETWEEN.matcher(before).find() || SENTENCE_START.matcher(before).find());
            if (hyphenPair || listedPair) {
                // a pair is strong evidence in a headline or a lead, weak in background further down
                boolean capitals = a.form() == Gazetteer.Form.METONYM || b.form() == Gazetteer.Form.METONYM;
                double evidence = capitals ? pairWeight / 2 : pairWeight;
                weight.merge(a.code(), evidence, Double::sum);
                weight.merge(b.code(), evidence, Double::sum);
            }
        }
    }

}
