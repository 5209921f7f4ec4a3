package org.communique.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.communique.ArchiveTest;
import org.communique.SeedArchive;
import org.communique.importer.Importer;
import org.communique.official.Official;
import org.communique.official.Officials;
import org.communique.statement.Appearance;
import org.communique.statement.ArchiveBuilder;
import org.communique.statement.FullTextSearch;
import org.communique.statement.FullTextSearch.FacetValue;
import org.communique.statement.Statement;
import org.communique.statement.StatementFilter;
import org.communique.statement.StatementQueries;
import org.communique.statement.StatementSummary;
import org.communique.statement.Statements;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/** Searching the five seeds, and the index following corrections, new spellings and merges. */
@ArchiveTest
class StatementSearchTest {

    @Autowired
    Importer importer;

    @Autowired
    FullTextSearch search;

    @Autowired
    Statements statements;

    @Autowired
    Officials officials;

    @Autowired
    StatementQueries queries;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void seeds() {
        SeedArchive.load(importer);
    }

    @Test
    void aWordFindsTheStatementsThatSayIt() {
        assertThat(seedsFound("Peshmerga")).containsExactlyInAnyOrder("000", "001");
    }

    @Test
    void aQuotedPhraseMustAppearAsWritten() {
        assertThat(seedsFound("\"respect for Iraq’s sovereignty\"")).containsExactly("000");
        assertThat(bodyOf("000")).contains("respect for Iraq’s sovereignty");
        assertThat(seedsFound("respect sovereignty")).contains("000");
        assertThat(seedsFound("\"sovereignty for respect\"")).isEmpty();
    }

    /**
     * A query cut short by its time limit (here a nanosecond, so that every query is) answers with what it
     * found so far and without facets, whose counts would be partial: never an error.
     */
    @Test
    void aQueryCutShortByItsTimeLimitAnswersWithoutFacets() {
        StatementFilter filter = StatementFilter.of("Iraq", null, null, null, null, List.of(), null, null, null, null);
        FullTextSearch.SearchPage unhurried = tx.execute(s -> search.search(filter));
        assertThat(unhurried.facets()).isNotEmpty();
        assertThat(unhurried.cutShort()).isFalse();
        StatementSearch hurried = new StatementSearch(entityManager, officials, java.time.Duration.ofNanos(1));
        // the engine's clock ticks in milliseconds: a search of the five seeds may end before its first tick, so it is
        // asked again until one is cut short
        FullTextSearch.SearchPage cut = tx.execute(s -> hurried.search(filter));
        for (int tries = 1; !cut.cutShort() && tries < 200; tries++) {
            cut = tx.execute(s -> hurried.search(filter));
        }
        assertThat(cut.cutShort()).isTrue();
        assertThat(cut.facets()).isEmpty();
        assertThat(cut.total()).isLessThanOrEqualTo(unhurried.total());
        assertThat(unhurried.ids()).containsAll(cut.ids());
    }

    @Test
    void aMinusExcludesTheStatementsThatSayIt() {
        assertThat(seedsFound("Peshmerga -Blinken")).containsExactly("001");
    }

    @Test
    void orFindsEither() {
        List<String> either = new ArrayList<>(seedsFound("Peshmerga"));
        either.addAll(seedsFound("Pentagon"));
        assertThat(seedsFound("Pentagon")).contains("003");
        assertThat(seedsFound("Peshmerga OR Pentagon")).containsExactlyInAnyOrderElementsOf(either.stream().distinct().toList());
        assertThat(seedsFound("Peshmerga Pentagon")).isEmpty();
    }

    @Test
    void anotherSpellingOfAnOfficialFindsTheirStatements() {
        assertThat(seedsFound("Anthony Blinken")).containsExactlyInAnyOrder("000", "002", "004");
        List<String> kadhimi = seedsNaming("Mustafa al-Kadhimi");
        assertThat(kadhimi).isNotEmpty();
        assertThat(seedsFound("Al-Kazemi")).containsAll(kadhimi);
        assertThat(seedsFound("Kadhimi")).as("a spelling no text uses").containsExactlyInAnyOrderElementsOf(kadhimi);
    }

    @Test
    void dotsAndApostrophesInsideWordsDoNotMatter() {
        List<String> withDots = seedsFound("\"U.S. Department\"");
        assertThat(withDots).isNotEmpty();
        assertThat(seedsFound("\"US Department\"")).containsExactlyInAnyOrderElementsOf(withDots);
        assertThat(seedsFound("Iraq's sovereignty")).contains("000");
        assertThat(seedsFound("Iraq’s sovereignty")).contains("000");
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() {
        assertThat(seedsFound("reaffirming")).containsAll(seedsFound("reaffirmed"));
    }

    @Test
    void wordsOnlyInStrippedSiteChromeFindNothing() {
        assertThat(seedsFound("Lempert")).isEmpty();
    }

    @Test
    void accentsAndArabicAreFoundInTheirOwnForms() {
        long id = tx.execute(s -> new ArchiveBuilder(entityManager).statement("Talks in Ankara")
                .body("Türkiye’s foreign minister received the delegation.",
                        "وأكد وزير الخارجية العراقي على أهمية العلاقات الثنائية").save().getId());
        try {
            assertThat(idsFound("Turkiye")).contains(id);
            assertThat(idsFound("türkiye")).contains(id);
            assertThat(idsFound("TURKIYE'S")).contains(id);
            assertThat(idsFound("الخارجيه")).as("teh marbuta normalised").contains(id);
            assertThat(idsFound("خارجية")).as("the article stripped").contains(id);
        } finally {
            delete(id);
        }
    }

    /**
     * Words in Latin letters alone search the English analysis only; digits still reach the Arabic one, which reads
     * Arabic-Indic digits as ASCII ones.
     */
    @Test
    void digitsFindTheirArabicIndicFormsAndLatinWordsTheirEnglishOnes() {
        long id = tx.execute(s -> new ArchiveBuilder(entityManager).statement("Talks on the Mosul dam")
                .body("The delegations reviewed the Mosul dam's repairs.", "وقع الجانبان مذكرة تفاهم في عام ٢٠١٩").save().getId());
        try {
            assertThat(idsFound("2019")).contains(id);
            assertThat(idsFound("١٩٢٠ OR ٢٠١٩")).contains(id);
            assertThat(idsFound("dam's repairs")).contains(id);
            assertThat(idsFound("\"Mosul dam\" repair")).contains(id);
            assertThat(idsFound("2019 Mosul")).containsExactly(id);
        } finally {
            delete(id);
        }
    }

    @Test
    void facetCountsAreTheRealCounts() {
        FullTextSearch.SearchPage page = search.search(filter("Iraq"));
        assertThat(page.total()).isEqualTo(page.ids().size());
        Map<String, Long> parties = new TreeMap<>();
        Map<String, Long> types = new TreeMap<>();
        Map<String, Long> years = new TreeMap<>();
        Map<String, Long> named = new TreeMap<>();
        tx.executeWithoutResult(s -> {
            for (Long id : page.ids()) {
                Statement statement = statements.findById(id).orElseThrow();
                statement.getParties().stream().distinct().forEach(p -> parties.merge(p, 1L, Long::sum));
                types.merge(statement.getType().code(), 1L, Long::sum);
                if (statement.getDate() != null) {
                    years.merge(String.valueOf(statement.getDate().lowerBound().getYear()), 1L, Long::sum);
                }
                statement.getAppearances().stream().map(a -> a.getOfficial().getName()).distinct()
                        .forEach(n -> named.merge(n, 1L, Long::sum));
            }
        });
        assertThat(counts(page.facets().get("party"), false)).isEqualTo(parties);
        assertThat(counts(page.facets().get("type"), false)).isEqualTo(types);
        assertThat(counts(page.facets().get("year"), false)).isEqualTo(years);
        Map<String, Long> officialFacet = counts(page.facets().get("official"), true);
        officialFacet.forEach((name, count) -> assertThat(named.get(name)).as(name).isEqualTo(count));
        assertThat(officialFacet).hasSizeLessThanOrEqualTo(named.size()).isNotEmpty();
    }

    @Test
    void aFacetNarrowsToItsCount() {
        FullTextSearch.SearchPage page = search.search(filter("Iraq"));
        FacetValue year = page.facets().get("year").get(0);
        assertThat(year.link()).contains("q=Iraq", "from=" + year.value() + "&to=" + year.value()); // one address, in every JVM
        StatementFilter narrowed = StatementFilter.of("Iraq", null, year.value(), year.value(), null, null, null, null,
                null, null);
        assertThat(search.search(narrowed).total()).isEqualTo(year.count());
    }

    @Test
    void highlightsMarkTheQueryWords() {
        FullTextSearch.SearchPage page = search.search(filter("Peshmerga"));
        assertThat(page.highlights()).hasSize(2);
        page.highlights().values().forEach(passages ->
                assertThat(passages).anySatisfy(p -> assertThat(p).containsIgnoringCase("<mark>Peshmerga</mark>")));
    }

    @Test
    void aHitWhoseBodyMarksNothingIsMarkedInItsArabicOrItsTitle() {
        long titled = tx.execute(s -> new ArchiveBuilder(entityManager).statement("Talks on the Qaraqosh dam")
                .body("The delegations met in Baghdad.").save().getId());
        long arabic = tx.execute(s -> new ArchiveBuilder(entityManager).statement("Talks in Baghdad")
                .body("The delegations met.", "وأكد وزير الخارجية العراقي على أهمية العلاقات الثنائية").save().getId());
        try {
            FullTextSearch.SearchPage page = search.search(filter("Qaraqosh"));
            assertThat(page.highlights().get(titled)).containsExactly("Talks on the <mark>Qaraqosh</mark> dam");
            page = search.search(filter("الخارجيه"));
            assertThat(page.highlights().get(arabic)).singleElement().asString().contains("<mark>الخارجية</mark>");
        } finally {
            delete(titled);
            delete(arabic);
        }
    }

    @Test
    void nothingFoundSuggestsTheRightSpellingAndLooserQueries() {
        FullTextSearch.SearchPage page = search.search(filter("Peshmerga zzyzxq"));
        assertThat(page.total()).isZero();
        assertThat(page.suggestions()).contains("Peshmerga");
        FullTextSearch.SearchPage typo = search.search(filter("Peshmarga"));
        assertThat(typo.total()).isZero();
        assertThat(typo.suggestions()).first().as("spelled as the statements spell it").isEqualTo("Peshmerga");
        assertThat(search.search(filter("Peshmarga Iraqi -Blinkin")).suggestions()).first()
                .as("only the misspelled word changes").isEqualTo("Peshmerga Iraqi -Blinkin");
        assertThat(search.search(filter("Peshmerga Iraqi -Blinkin")).total()).isEqualTo(2);
    }

    @Test
    void theIndexFollowsACorrection() {
        long id = statements.findBySourcePath("001_71612a2795c0e0d8.txt").orElseThrow().getId();
        String before = tx.execute(s -> statements.findById(id).orElseThrow().getTitle());
        try {
            tx.executeWithoutResult(s -> statements.findById(id).orElseThrow().setTitle("Quokka accord on fisheries"));
            assertThat(idsFound("quokka")).containsExactly(id);
        } finally {
            tx.executeWithoutResult(s -> statements.findById(id).orElseThrow().setTitle(before));
        }
        assertThat(idsFound("quokka")).isEmpty();
    }

    @Test
    void theIndexFollowsChangedParties() {
        long id = statements.findBySourcePath("001_71612a2795c0e0d8.txt").orElseThrow().getId();
        List<String> before = tx.execute(s -> List.copyOf(statements.findById(id).orElseThrow().getParties()));
        StatementFilter inFrance = StatementFilter.of("Peshmerga", null, null, null, null, List.of("FR"), null, null, null, null);
        try {
            tx.executeWithoutResult(s -> statements.findById(id).orElseThrow().setParties(List.of("US", "IQ", "FR")));
            assertThat(search.search(inFrance).ids()).containsExactly(id);
        } finally {
            tx.executeWithoutResult(s -> statements.findById(id).orElseThrow().setParties(before));
        }
        assertThat(search.search(inFrance).ids()).isEmpty();
    }

    @Test
    void anIndexThatLostItsDocumentsIsRebuiltAtStartUp() throws Exception {
        var workspace = Search.mapping(entityManagerFactory).scope(Statement.class).workspace();
        workspace.purge();
        workspace.refresh();
        assertThat(index.counts().indexed()).isZero();
        index.run(null);
        assertThat(index.counts().indexed()).isEqualTo(statements.count());
        assertThat(seedsFound("Peshmerga")).containsExactlyInAnyOrder("000", "001");
    }

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theIndexFollowsANewSpellingAndAMerge() {
        List<Long> built = new ArrayList<>();
        List<Long> people = new ArrayList<>();
        tx.executeWithoutResult(s -> {
            ArchiveBuilder archive = new ArchiveBuilder(entityManager);
            Official keeper = archive.official("Abelard Qorvin", "FR");
            Official other = archive.official("Bertrand Xylander", "FR");
            people.add(keeper.getId());
            people.add(other.getId());
            built.add(archive.statement("A meeting in Lyon").naming(keeper, "Minister").save().getId());
            built.add(archive.statement("A meeting in Nantes").naming(other, "Envoy").save().getId());
        });
        try {
            assertThat(idsFound("Qorvin")).containsExactly(built.get(0));
            tx.executeWithoutResult(s -> officials.findById(people.get(0)).orElseThrow().addAlias("Abby Kworvin"));
            assertThat(idsFound("Kworvin")).as("a new spelling").containsExactly(built.get(0));

            tx.executeWithoutResult(s -> {
                Official keeper = officials.findById(people.get(0)).orElseThrow();
                Official other = officials.findById(people.get(1)).orElseThrow();
                other.mergeInto(keeper);
                statements.findById(built.get(1)).orElseThrow().getAppearances().forEach(a -> a.reassign(keeper));
            });
            assertThat(idsFound("Xylander")).as("the merged name finds both").containsExactlyInAnyOrderElementsOf(built);
            FullTextSearch.SearchPage merged = search.search(filter("Xylander"));
            assertThat(merged.facets().get("official")).extracting(FacetValue::label).containsExactly("Abelard Qorvin");
        } finally {
            built.forEach(this::delete);
            tx.executeWithoutResult(s -> List.of(people.get(1), people.get(0)).forEach(officials::deleteById));
        }
    }

    @Test
    void aSpellingGivenToANewOfficialAfterTheirStatementWasSavedIsFound() {
        // as an import's batch does: the official is created with one statement, another spelling comes later in
        // the same transaction; that official is not indexed again after the commit, the batch's own plan must hold it
        List<Long> built = new ArrayList<>();
        long person = tx.execute(s -> {
            ArchiveBuilder archive = new ArchiveBuilder(entityManager);
            Official official = archive.official("Dorotea Ambrivane", "IT");
            built.add(archive.statement("A meeting in Trieste").naming(official, "Minister").save().getId());
            entityManager.flush();
            official.addAlias("Dora Ambrivani");
            return official.getId();
        });
        try {
            assertThat(idsFound("Ambrivani")).containsExactly(built.get(0));
            assertThat(idsFound("Ambrivane")).containsExactly(built.get(0));
        } finally {
            built.forEach(this::delete);
            tx.executeWithoutResult(s -> officials.deleteById(person));
        }
    }

    @Test
    void aListOfAnOfficialByASpellingGivenAfterItWasReadFindsTheirStatements() {
        // a list looks the official's name up once until the archive changes: a new spelling changes it
        List<Long> built = new ArrayList<>();
        long person = tx.execute(s -> {
            ArchiveBuilder archive = new ArchiveBuilder(entityManager);
            Official official = archive.official("Ermenegildo Savorani", "IT");
            built.add(archive.statement("A meeting in Ancona").naming(official, "Minister").save().getId());
            return official.getId();
        });
        StatementFilter byNewSpelling = StatementFilter.of(null, null, null, null, "Gildo Savorani Ferri", null, null,
                null, null, null);
        try {
            assertThat(queries.list(byNewSpelling).getContent()).isEmpty();
            tx.executeWithoutResult(s -> officials.findById(person).orElseThrow().addAlias("Gildo Savorani Ferri"));
            assertThat(queries.list(byNewSpelling).getContent()).extracting(StatementSummary::id).containsExactly(built.get(0));
        } finally {
            built.forEach(this::delete);
            tx.executeWithoutResult(s -> officials.deleteById(person));
        }
    }

    @Test
    void theFacetOfOfficialsShowsARenamedOfficialsNewNameAtOnce() {
        List<Long> built = new ArrayList<>();
        long person = tx.execute(s -> {
            ArchiveBuilder archive = new ArchiveBuilder(entityManager);
            Official official = archive.official("Corentin Vaskell", "FR");
            built.add(archive.statement("A meeting in Rennes").naming(official, "Minister").save().getId());
            return official.getId();
        });
        try {
            assertThat(search.search(filter("Rennes")).facets().get("official")).extracting(FacetValue::label)
                    .containsExactly("Corentin Vaskell"); // the name is kept for the next searches

            tx.executeWithoutResult(s -> officials.findById(person).orElseThrow().rename("Corentin Vaskel-Morin",
                    "corentin-vaskel-morin"));

            assertThat(search.search(filter("Rennes")).facets().get("official")).extracting(FacetValue::label)
                    .containsExactly("Corentin Vaskel-Morin");
        } finally {
            built.forEach(this::delete);
            tx.executeWithoutResult(s -> officials.deleteById(person));
        }
    }

    @Test
    void theConsistencyCheckRepairsMissingStaleAndExtraDocumentsByIdAndVersionWithoutEmptyingTheIndex()
            throws Exception {
        index.check(); // from a consistent index, whatever other tests that deleted rows by SQL left behind
        long total = statements.count();
        long purged = seedId("000");
        long changed = seedId("001");
        long gone = tx.execute(s -> new ArchiveBuilder(entityManager).statement("A meeting in Quimper").save().getId());
        String title = jdbc.queryForObject("SELECT title FROM statement WHERE id = ?", String.class, changed);
        // a document lost, a row changed by SQL (as by a node that died between its commit and its indexing),
        // a row deleted by SQL
        tx.executeWithoutResult(s -> Search.session(entityManager).indexingPlan().purge(Statement.class, purged, null));
        jdbc.update("UPDATE statement SET title = 'The Quillfeather accord', version = version + 1 WHERE id = ?", changed);
        Long source = jdbc.queryForObject("SELECT source_file_id FROM statement WHERE id = ?", Long.class, gone);
        jdbc.update("DELETE FROM statement_party WHERE statement_id = ?", gone);
        jdbc.update("DELETE FROM statement WHERE id = ?", gone);
        jdbc.update("DELETE FROM source_file WHERE id = ?", source);
        try {
            assertThat(index.counts().indexed()).as("the same number of documents as of rows").isEqualTo(total);
            assertThat(idsFound("Quillfeather")).isEmpty();

            SearchIndex.Consistency found = index.check();

            assertThat(found).extracting(SearchIndex.Consistency::missing, SearchIndex.Consistency::stale,
                    SearchIndex.Consistency::extra).containsExactly(1L, 1L, 1L);
            assertThat(idsFound("Quillfeather")).containsExactly(changed);
            assertThat(idsFound("Quimper")).isEmpty();
            assertThat(seedsFound("Peshmerga")).containsExactlyInAnyOrder("000", "001");
            assertThat(index.counts().indexed()).isEqualTo(total);
            assertThat(index.check().repaired()).as("nothing left to repair").isZero();
        } finally {
            jdbc.update("UPDATE statement SET title = ?, version = version + 1 WHERE id = ?", title, changed);
            index.check();
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    private long seedId(String seed) {
        return jdbc.queryForObject("SELECT s.id FROM statement s JOIN source_file f ON f.id = s.source_file_id"
                + " WHERE f.path LIKE ?", Long.class, seed + "%");
    }

    @Test
    void rebuildingTheIndexKeepsEveryStatement() throws InterruptedException {
        assertThat(index.rebuild()).isEqualTo(statements.count());
        assertThat(seedsFound("Peshmerga")).containsExactlyInAnyOrder("000", "001");
    }

    @Autowired
    SearchIndex index;

    private Map<String, Long> counts(List<FacetValue> values, boolean byLabel) {
        Map<String, Long> counts = new TreeMap<>();
        values.forEach(v -> counts.put(byLabel ? v.label() : v.value(), v.count()));
        return counts;
    }

    private void delete(long id) {
        tx.executeWithoutResult(s -> new ArchiveBuilder(entityManager).delete(statements, id));
    }

    private static StatementFilter filter(String q) {
        return StatementFilter.of(q, null, null, null, null, null, null, null, null, null);
    }

    private List<Long> idsFound(String q) {
        return search.search(filter(q)).ids();
    }

    private List<String> seedsFound(String q) {
        return tx.execute(s -> idsFound(q).stream()
                .map(id -> statements.findWithSourceById(id).orElseThrow().getSource().getPath().substring(0, 3)).toList());
    }

    private List<String> seedsNaming(String name) {
        return tx.execute(s -> statements.findAllWithSource().stream()
                .filter(st -> st.getAppearances().stream().map(Appearance::getOfficial).anyMatch(o -> o.getName().equals(name)))
                .map(st -> st.getSource().getPath().substring(0, 3)).toList());
    }

    private String bodyOf(String seed) {
        return tx.execute(s -> statements.findAllWithSource().stream()
                .filter(st -> st.getSource().getPath().startsWith(seed)).findFirst().orElseThrow().getBody());
    }
}
