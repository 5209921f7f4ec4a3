package org.communique.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.communique.ArchiveTest;
import org.communique.importer.ImportRun;
import org.communique.importer.Importer;
import org.communique.official.NameKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A spelling the importer finds for one official never makes a name shared by two, and a name already shared
 * (an archive from before, an administrator's work) is resolved to one of those who go by it: never to a new
 * official each time, which at a million statements had made 168,576 officials of 400 names.
 */
@ArchiveTest
class OfficialSpellingsTest {

    private static final String PREFIX = "admin-spellings/";

    @TempDir
    Path folder;

    @Autowired
    Importer importer;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTheseOfficials() {
        TestFiles.forget(jdbc, PREFIX);
        jdbc.update("DELETE FROM official_alias WHERE official_id IN (SELECT id FROM official WHERE name LIKE 'Anselm %')");
        jdbc.update("DELETE FROM official WHERE name LIKE 'Anselm %'");
    }

    @Test
    void aStatementNamingTwoOfficialsWhoseNamesSoundAlikeGivesNeitherTheOthersName() throws Exception {
        write("01-moreau.txt", "Ambassador Anselm Moreau of France", "toured the harbour of Basra and its new customs office");
        write("02-both.txt", "Foreign Minister Anselm Morrow of Iraq met Ambassador Anselm Moreau of France",
                "discussed the dredging of the harbour in Basra");
        write("03-moreau.txt", "Ambassador Anselm Moreau of France", "opened a trade fair in Erbil with local merchants");
        write("04-moreau.txt", "Ambassador Anselm Moreau of France", "visited a school rebuilt with French funds in Mosul");

        assertThat(importer.importFolder(folder, ImportRun.Trigger.COMMAND, "test").getStatus())
                .isEqualTo(ImportRun.Status.COMPLETED);

        assertThat(officialsNamed("Anselm Moreau")).as("one Anselm Moreau, however often named").hasSize(1);
        assertThat(officialsNamed("Anselm Morrow")).as("the Foreign Minister, apart").hasSize(1);
        long moreau = officialsNamed("Anselm Moreau").get(0);
        assertThat(officialsNamedIn("03-moreau.txt")).containsExactly(moreau);
        assertThat(officialsNamedIn("04-moreau.txt")).containsExactly(moreau);
        assertThat(jdbc.queryForList("SELECT o.name FROM official_alias a JOIN official o ON o.id = a.official_id"
                + " WHERE a.alias = 'Anselm Moreau'", String.class)).containsExactly("Anselm Moreau");
    }

    @Test
    void aNameSharedAlreadyGoesToTheOfficialWhoseNameItIsAndMakesNoNewOne() throws Exception {
        long moreau = official("Anselm Moreau", "anselm-moreau-spellings-test");
        long morrow = official("Anselm Morrow", "anselm-morrow-spellings-test");
        jdbc.update("INSERT INTO official_alias (official_id, alias, exact_key, loose_key) VALUES (?, ?, ?, ?)", morrow,
                "Anselm Moreau", NameKey.exact("Anselm Moreau"),
                NameKey.loose("Anselm Moreau"));
        write("01-moreau.txt", "Ambassador Anselm Moreau of France", "toured the harbour of Basra and its new customs office");
        write("02-moreau.txt", "Ambassador Anselm Moreau of France", "opened a trade fair in Erbil with local merchants");

        importer.importFolder(folder, ImportRun.Trigger.COMMAND, "test");

        assertThat(officialsNamed("Anselm Moreau")).containsExactly(moreau);
        assertThat(officialsNamedIn("01-moreau.txt")).containsExactly(moreau);
        assertThat(officialsNamedIn("02-moreau.txt")).containsExactly(moreau);
    }

    private void write(String name, String who, String what) throws Exception {
        String text = "Home > Newsroom > Press releases\nVisit to " + name.substring(3, name.indexOf('.')) + "\n"
                + "MARCH " + name.substring(0, 2) + ", 2022\nOffice of the Spokesperson\n"
                + who + " " + what + ", and spoke with the people who work there about the year ahead.\n"
                + "Both sides noted the progress made since the last meeting, and agreed to meet again in the autumn.\n"
                + "Related Articles\n";
        TestFiles.write(folder, PREFIX + name, text.getBytes(StandardCharsets.UTF_8));
    }

    private long official(String name, String slug) {
        jdbc.update("INSERT INTO official (name, slug, country, created_at) VALUES (?, ?, 'FR', CURRENT_TIMESTAMP)", name, slug);
        long id = jdbc.queryForObject("SELECT id FROM official WHERE slug = ?", Long.class, slug);
        jdbc.update("INSERT INTO official_alias (official_id, alias, exact_key, loose_key) VALUES (?, ?, ?, ?)", id, name,
                NameKey.exact(name), NameKey.loose(name));
        return id;
    }

    private List<Long> officialsNamed(String name) {
        return jdbc.queryForList("SELECT id FROM official WHERE name = ? ORDER BY id", Long.class, name);
    }

    private List<Long> officialsNamedIn(String file) {
        return jdbc.queryForList("SELECT a.official_id FROM appearance a JOIN statement s ON s.id = a.statement_id"
                + " JOIN source_file f ON f.id = s.source_file_id WHERE f.path = ?", Long.class, PREFIX + file);
    }
}
