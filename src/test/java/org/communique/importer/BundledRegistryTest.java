package org.communique.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.communique.ArchiveTest;
import org.communique.importer.extraction.OfficialRegistry;
import org.communique.importer.extraction.OfficialRegistry.Entry;
import org.communique.importer.extraction.OfficialRegistry.Role;
import org.communique.official.Official;
import org.communique.official.OfficialAlias;
import org.communique.official.Officials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A newer Communique brings a bigger bundled registry to an archive seeded by an older one: its new officials
 * and spellings arrive, once, and what an admin did to the officials of the older bundle stays done.
 * The officials here are made up; they are taken out again after each test.
 */
@ArchiveTest
class BundledRegistryTest {

    private static final List<String> MADE_UP = List.of("Orsolya Vandervelde", "Kestutis Marand", "Kestutis Marandas",
            "Pelle Aurén", "Pelle Auren-Skog", "Navid Qorbanzadeh", "Liisa Tamberg");

    @Autowired
    RegistryStore store;

    @Autowired
    Officials officials;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void forgetTheMadeUpOfficials() {
        List<Long> ids = new ArrayList<>();
        for (String name : MADE_UP) {
            ids.addAll(jdbc.queryForList("SELECT DISTINCT official_id FROM official_alias WHERE alias = ?", Long.class, name));
        }
        for (Long id : ids.stream().distinct().toList()) {
            jdbc.update("DELETE FROM bundled_spelling WHERE official_id = ?", id);
            jdbc.update("DELETE FROM official_alias WHERE official_id = ?", id);
            jdbc.update("DELETE FROM official_office WHERE official_id = ?", id);
            jdbc.update("DELETE FROM official_slug WHERE official_id = ?", id);
            jdbc.update("UPDATE official SET merged_into = NULL WHERE id = ?", id);
        }
        for (Long id : ids.stream().distinct().toList()) {
            jdbc.update("DELETE FROM official WHERE id = ?", id);
        }
        jdbc.update("DELETE FROM bundled_spelling WHERE official_id IS NULL");
    }

    @Test
    void aNewerBundleAddsItsNewOfficialsAndSpellingsToAnArchiveSeededByAnOlderOne() {
        List<Entry> older = bundlePlus(
                new Entry("Orsolya Vandervelde", "BE", List.of("O. Vandervelde"), List.of(new Role("Foreign Minister", "2019", null))));
        store.synchronizeWith(older);
        long orsolya = only("Orsolya Vandervelde");
        long before = officials.count();

        List<Entry> newer = bundlePlus(
                new Entry("Orsolya Vandervelde", "BE", List.of("O. Vandervelde", "Orsolya van der Velde"),
                        List.of(new Role("Foreign Minister", "2019", null))),
                // a spelling in Arabic script has no name key: it must not match the bundle's other Arabic spellings
                new Entry("Liisa Tamberg", "EE", List.of("L. Tamberg", "ليزا تامبرغ"), List.of(new Role("Prime Minister", "2023", null))));
        store.synchronizeWith(newer);

        assertThat(officials.count()).as("one new official, the one the older bundle lacked").isEqualTo(before + 1);
        assertThat(spellings(orsolya)).contains("Orsolya Vandervelde", "O. Vandervelde", "Orsolya van der Velde");
        Official liisa = officials.findById(only("Liisa Tamberg")).orElseThrow();
        assertThat(liisa.getCountry()).isEqualTo("EE");
        assertThat(spellings(liisa.getId())).contains("L. Tamberg", "ليزا تامبرغ");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM official_office WHERE official_id = ?", Long.class,
                liisa.getId())).isEqualTo(1);

        store.synchronizeWith(newer);
        store.synchronizeWith(List.of(newer.get(newer.size() - 1), newer.get(newer.size() - 2))); // same entries, another digest
        assertThat(officials.count()).as("offered once: nothing added twice").isEqualTo(before + 1);
        assertThat(spellings(orsolya)).hasSize(3);
    }

    @Test
    void whatAnAdminRenamedMergedOrTookAwayIsNeverBroughtBack() {
        store.synchronizeWith(bundlePlus(
                new Entry("Kestutis Marand", "LT", List.of("K. Marand", "Kestutis Marandas"), List.of()),
                new Entry("Pelle Aurén", "SE", List.of("P. Aurén"), List.of()),
                new Entry("Navid Qorbanzadeh", "IR", List.of("Navid Ghorbanzadeh"), List.of())));
        long kestutis = only("Kestutis Marand");
        long pelle = only("Pelle Aurén");
        long navid = only("Navid Qorbanzadeh");
        tx.executeWithoutResult(status -> {
            Official renamed = officials.findById(kestutis).orElseThrow();
            renamed.rename("Kęstutis Marandas", "kestutis-marandas-renamed");
            Official merged = officials.findById(pelle).orElseThrow();
            Official survivor = officials.findById(navid).orElseThrow(); // an admin's mistake or not: theirs to make
            merged.mergeInto(survivor);
        });
        jdbc.update("DELETE FROM official_alias WHERE official_id = ? AND alias = ?", kestutis, "K. Marand");

        store.synchronizeWith(bundlePlus(
                new Entry("Kestutis Marand", "LT", List.of("K. Marand", "Kestutis Marandas", "Kestutis Marandas-Lt"), List.of()),
                new Entry("Pelle Aurén", "SE", List.of("P. Aurén", "Pelle Auren-Skog"), List.of()),
                new Entry("Navid Qorbanzadeh", "IR", List.of("Navid Ghorbanzadeh"), List.of())));

        Official renamed = officials.findById(kestutis).orElseThrow();
        assertThat(renamed.getName()).as("the admin's name stays").isEqualTo("Kęstutis Marandas");
        assertThat(spellings(kestutis)).as("the new spelling reaches the renamed official; the removed one stays away")
                .contains("Kestutis Marandas-Lt").doesNotContain("K. Marand");
        assertThat(spellings(navid)).as("a merged official's new spelling goes to the official it was merged into")
                .contains("Pelle Auren-Skog");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM official WHERE name IN (?, ?)", Long.class,
                "Kestutis Marand", "Pelle Aurén")).as("no official made again from an admin's old name").isEqualTo(1);
        assertThat(officials.findById(pelle).orElseThrow().isMerged()).isTrue();
    }

    @Test
    void nodesStartingTogetherOfferANewBundleOnce() throws Exception {
        List<Entry> newer = bundlePlus(new Entry("Liisa Tamberg", "EE", List.of("L. Tamberg"), List.of()));
        long before = officials.count();
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> store.synchronizeWith(newer));
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> store.synchronizeWith(newer));
        CompletableFuture.allOf(one, other).get(60, TimeUnit.SECONDS);
        assertThat(officials.count()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM official_alias WHERE alias = 'L. Tamberg'", Long.class))
                .isEqualTo(1);
    }

    private static List<Entry> bundlePlus(Entry... extra) {
        List<Entry> entries = new ArrayList<>(OfficialRegistry.bundled().entries());
        entries.addAll(List.of(extra));
        return entries;
    }

    private long only(String name) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM official WHERE name = ?", Long.class, name);
        assertThat(ids).as(name).hasSize(1);
        return ids.get(0);
    }

    private List<String> spellings(long id) {
        return tx.execute(status -> officials.findById(id).orElseThrow().getAliases().stream()
                .map(OfficialAlias::getAlias).toList());
    }
}
