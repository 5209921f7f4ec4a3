package org.communique.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.communique.ArchiveTest;
import org.communique.SeedArchive;
import org.communique.importer.Importer;
import org.communique.official.Official;
import org.communique.official.Officials;
import org.communique.statement.ArchiveBuilder;
import org.communique.statement.FullTextSearch;
import org.communique.statement.StatementFilter;
import org.communique.statement.StatementType;
import org.communique.statement.Statements;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

/**
 * On the embedded index the facets are counted by {@link LuceneFacets}, in one pass over the matches; the engine's
 * terms aggregations, which count them on OpenSearch, must give the very same page: the same statements in the same
 * order, the same number of matches and the same facets, values, counts, order and links.
 */
@ArchiveTest
class LuceneFacetsTest {

    @Autowired
    Importer importer;

    @Autowired
    Officials officials;

    @Autowired
    Statements statements;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate tx;

    private final List<Long> built = new ArrayList<>();

    @BeforeEach
    void archive() {
        SeedArchive.load(importer);
        tx.executeWithoutResult(s -> {
            ArchiveBuilder archive = new ArchiveBuilder(entityManager);
            // the officials stay from one test to the next (the statements are deleted)
            Official envoy = officials.findByAnyName("Layla Qasimova").stream().findFirst()
                    .orElseGet(() -> archive.official("Layla Qasimova", "AZ", "Leyla Gasimova"));
            Official minister = officials.findByAnyName("Tomas Ferreira Lindqvist").stream().findFirst()
                    .orElseGet(() -> archive.official("Tomas Ferreira Lindqvist", "SE"));
            built.add(archive.statement("Grain corridor talks in Baku").dated("2019-11").type(StatementType.READOUT)
                    .parties("AZ", "SE", "IQ").publisher("Ministry of Foreign Affairs of Azerbaijan")
                    .namingAs(envoy, "Envoy", "Layla Qasimova", "Leyla Gasimova").naming(minister, "Minister")
                    .body("The grain corridor and the Iraq water talks were discussed.").save().getId());
            built.add(archive.statement("Undated note on the grain corridor").type(StatementType.PRESS_STATEMENT)
                    .parties("SE").quoting(minister, "Grain must move before the winter.")
                    .body("A note without a date on grain and Iraq.").save().getId());
            built.add(archive.statement("Water talks, second round").dated("2024-02-29").until("2024-03-02")
                    .type(StatementType.JOINT_STATEMENT).parties("IQ", "AZ").naming(envoy, "Envoy")
                    .publisher("Ministry of Foreign Affairs of Azerbaijan").body("Water, grain and Iraq again.").save()
                    .getId());
        });
    }

    @AfterEach
    void remove() {
        tx.executeWithoutResult(s -> built.forEach(id -> new ArchiveBuilder(entityManager).delete(statements, id)));
    }

    @Test
    void theFacetsCountedInOnePassAreTheEnginesAggregations() {
        StatementSearch onePass = search("lucene");
        StatementSearch aggregations = search("elasticsearch"); // on the same embedded index: the engine's aggregations
        List<StatementFilter> filters = List.of(
                filter("Iraq", null, null, null, null, null, null),
                filter("grain", null, null, null, null, null, null),
                filter("grain OR water", null, null, null, null, null, "newest"),
                filter("Iraq", "2019", "2024", null, null, null, null),
                filter("Iraq", null, null, "AZ", null, null, null),
                filter("Iraq", null, null, null, "Leyla Gasimova", null, null),
                filter("Iraq", null, null, null, null, "readout", "oldest"),
                filter("-grain Iraq", null, null, null, null, null, null),
                filter("nowhere-to-be-found", null, null, null, null, null, null));
        for (StatementFilter filter : filters) {
            FullTextSearch.SearchPage expected = tx.execute(s -> aggregations.search(filter));
            FullTextSearch.SearchPage counted = tx.execute(s -> onePass.search(filter));
            assertThat(counted.ids()).as(filter.q()).isEqualTo(expected.ids());
            assertThat(counted.total()).as(filter.q()).isEqualTo(expected.total());
            assertThat(counted.facets()).as(filter.q()).isEqualTo(expected.facets());
            assertThat(counted.cutShort()).isFalse();
        }
        FullTextSearch.SearchPage grain = tx.execute(s -> onePass.search(filters.get(1)));
        assertThat(grain.total()).isEqualTo(3);
        assertThat(grain.facets().get("official")).extracting(FullTextSearch.FacetValue::label, FullTextSearch.FacetValue::count)
                .as("each statement counts once for each official it names")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Layla Qasimova", 2L),
                        org.assertj.core.groups.Tuple.tuple("Tomas Ferreira Lindqvist", 2L));
        assertThat(grain.facets().get("year")).extracting(FullTextSearch.FacetValue::value).containsExactly("2024", "2019");
    }

    /** A machine too busy to take up the counts: the search counts them on its own thread, and waits for nothing. */
    @Test
    @Timeout(60) // were they left to the thread that never comes, the search would wait for ever
    void countsNoThreadTakesUpAreCountedByTheSearchItself() {
        StatementFilter iraq = filter("Iraq", null, null, null, null, null, null);
        FullTextSearch.SearchPage expected = tx.execute(s -> search("lucene").search(iraq));
        LuceneFacets neverFree = new LuceneFacets(work -> { }); // takes the work and never runs it
        LuceneFacets.Counted counted = tx.execute(s -> {
            var scope = Search.session(entityManager).scope(org.communique.statement.Statement.class);
            return neverFree.start(scope, StatementSearch.conditions(scope.predicate(), iraq, iraq.q(), null)
                    .toPredicate(), true, Duration.ofSeconds(30)).get();
        });
        assertThat(counted.total()).isEqualTo(expected.total()).isGreaterThan(3);
        assertThat(counted.facets().parties()).containsEntry("AZ", 2L);
    }

    private StatementSearch search(String backend) {
        return new StatementSearch(entityManager, officials, Duration.ofSeconds(30), 0, Duration.ofSeconds(10), null,
                null, backend);
    }

    private static StatementFilter filter(String q, String from, String to, String party, String official, String type,
                                          String sort) {
        return StatementFilter.of(q, null, from, to, official, party == null ? null : List.of(party), type, null, sort,
                null);
    }
}
