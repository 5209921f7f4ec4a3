package org.communique.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class LoadBenchmarkSearchesTest {

    @Test
    void twoHundredSearchesAreTwoHundredDifferentQueries() {
        List<String> searches = LoadBenchmark.twoWordSearches(200);

        Set<Set<String>> queries = searches.stream()
                .map(q -> Set.copyOf(Arrays.asList(q.split(" "))))
                .collect(Collectors.toSet());

        assertThat(searches).hasSize(200);
        assertThat(queries).hasSize(200).allSatisfy(words -> assertThat(words).hasSize(2));
    }

    @Test
    void theWarmUpsTwoWordSearchesAreNoneOfTheTimedOnes() {
        Set<Set<String>> timed = pairs(LoadBenchmark.twoWordSearches(210));
        Set<Set<String>> warmUp = pairs(LoadBenchmark.warmUpTwoWordSearches(210));

        assertThat(warmUp).hasSize(210).allSatisfy(words -> assertThat(words).hasSize(2)).doesNotContainAnyElementsOf(timed);
    }

    @Test
    void theCompilersWarmUpAsksDifferentSearchesOfThreeWordsThenFourNoneOfThemTimed() {
        List<String> searches = LoadBenchmark.warmUpSearches(30 * 400);
        Set<Set<String>> timed = pairs(LoadBenchmark.twoWordSearches(200));

        assertThat(searches).hasSize(30 * 400).doesNotHaveDuplicates();
        assertThat(pairs(searches)).hasSize(searches.size()).doesNotContainAnyElementsOf(timed);
        assertThat(searches.subList(0, 4060)).allSatisfy(q -> assertThat(q.split(" ")).hasSize(3));
        assertThat(searches.subList(4060, searches.size())).allSatisfy(q -> assertThat(q.split(" ")).hasSize(4));
        assertThat(searches.subList(0, 400).stream().flatMap(q -> Arrays.stream(q.split(" "))).distinct())
                .as("a round asks all thirty words, not only the first few").hasSize(30);
    }

    private static Set<Set<String>> pairs(List<String> searches) {
        return searches.stream().map(q -> Set.copyOf(Arrays.asList(q.split(" ")))).collect(Collectors.toSet());
    }
}
