package org.communique.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class KeptByVersionTest {

    private final ArchiveVersion archive = mock(ArchiveVersion.class);
    private final KeptByVersion<Long, String> names = new KeptByVersion<>(archive, 100);
    private final List<List<Long>> reads = new ArrayList<>();
    private final Map<Long, String> database = new HashMap<>(Map.of(1L, "one", 2L, "two", 3L, "three"));

    private Map<Long, String> read(List<Long> ids) {
        reads.add(ids);
        Map<Long, String> found = new HashMap<>();
        ids.stream().filter(database::containsKey).forEach(id -> found.put(id, database.get(id)));
        return found;
    }

    @AfterEach
    void endTransaction() {
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
    }

    @Test
    void aReadOnlyTransactionReadsOnlyWhatIsNotKeptUnderTheCurrentVersion() {
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
        given(archive.current()).willReturn(7L);

        assertThat(names.get(List.of(1L, 2L), this::read)).containsOnly(Map.entry(1L, "one"), Map.entry(2L, "two"));
        assertThat(names.get(List.of(2L, 3L, 4L), this::read)).as("4 has no value and is left out")
                .containsOnly(Map.entry(2L, "two"), Map.entry(3L, "three"));

        assertThat(reads).containsExactly(List.of(1L, 2L), List.of(3L, 4L));
    }

    @Test
    void aNewVersionReadsAgain() {
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
        given(archive.current()).willReturn(7L);
        names.get(List.of(1L), this::read);
        database.put(1L, "one, renamed");

        assertThat(names.get(List.of(1L), this::read)).as("still version 7").containsEntry(1L, "one");
        given(archive.current()).willReturn(8L);
        assertThat(names.get(List.of(1L), this::read)).containsEntry(1L, "one, renamed");
        assertThat(reads).hasSize(2);
    }

    @Test
    void outsideAReadOnlyTransactionEverythingIsReadAndNothingKept() {
        given(archive.current()).willReturn(7L);

        names.get(List.of(1L), this::read);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
        names.get(List.of(1L), this::read);

        assertThat(reads).as("the first read was not kept").containsExactly(List.of(1L), List.of(1L));
        assertThat(new KeptByVersion<Long, String>(null, 10).get(List.of(2L), this::read)).containsEntry(2L, "two");
    }

    @Test
    void aWholeQuestionIsAnsweredOncePerVersion() {
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
        given(archive.current()).willReturn(7L);
        KeptByVersion<String, Integer> answers = new KeptByVersion<>(archive, 10);
        List<String> asked = new ArrayList<>();

        answers.get("party=IQ", () -> { asked.add("party=IQ"); return 1; });
        answers.get("party=IQ", () -> { asked.add("party=IQ"); return 2; });
        assertThat(answers.get("party=US", () -> { asked.add("party=US"); return 3; })).isEqualTo(3);
        given(archive.current()).willReturn(8L);
        assertThat(answers.get("party=IQ", () -> { asked.add("party=IQ"); return 4; })).isEqualTo(4);

        assertThat(asked).containsExactly("party=IQ", "party=US", "party=IQ");
    }
}
