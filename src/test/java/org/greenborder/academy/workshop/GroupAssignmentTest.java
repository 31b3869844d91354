package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The balancing algorithm on its own. The property checks run a few hundred seeded random cases each; a failure
 * names the seed, so the case can be replayed.
 */
class GroupAssignmentTest {

    private static final int CASES = 500;

    record P(String name, String country, String agency) {
    }

    private static List<List<P>> assign(int groups, List<List<P>> existing, List<P> unplaced) {
        return GroupAssignment.assign(groups, existing, unplaced, P::country, P::agency);
    }

    private static List<List<P>> empty(int groups) {
        return IntStream.range(0, groups).<List<P>>mapToObj(g -> List.of()).toList();
    }

    private static List<List<P>> merged(List<List<P>> existing, List<List<P>> added) {
        List<List<P>> result = new ArrayList<>();
        for (int g = 0; g < existing.size(); g++) {
            List<P> group = new ArrayList<>(existing.get(g));
            group.addAll(added.get(g));
            result.add(group);
        }
        return result;
    }

    /** For every value of the key, the largest minus the smallest number of people with it in any group. */
    private static Map<String, Integer> spread(List<List<P>> groups, Function<P, String> key) {
        Map<String, int[]> counts = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (P person : groups.get(g)) {
                counts.computeIfAbsent(key.apply(person), k -> new int[groups.size()])[g]++;
            }
        }
        Map<String, Integer> spread = new HashMap<>();
        counts.forEach((value, perGroup) -> spread.put(value,
                IntStream.of(perGroup).max().orElse(0) - IntStream.of(perGroup).min().orElse(0)));
        return spread;
    }

    private static List<Integer> sizes(List<List<P>> groups) {
        return groups.stream().map(List::size).toList();
    }

    private static List<P> randomPeople(Random random, String prefix, int count) {
        int countries = 1 + random.nextInt(12);
        int agencies = 1 + random.nextInt(6);
        List<P> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(new P(prefix + i, "C" + random.nextInt(countries), "A" + random.nextInt(agencies)));
        }
        return people;
    }

    @Test
    void groupSizesDifferByAtMostOneAndEveryoneIsPlacedOnce() {
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            int groups = 1 + random.nextInt(8);
            int total = random.nextInt(70);
            int floor = total / groups;
            // people already placed: at most the final floor per group, so a balanced result is always possible
            List<List<P>> existing = new ArrayList<>();
            int placed = 0;
            for (int g = 0; g < groups; g++) {
                int here = random.nextInt(floor + 1) / (random.nextBoolean() ? 1 : 2);
                existing.add(randomPeople(random, "g" + g + "-", here));
                placed += here;
            }
            List<P> unplaced = randomPeople(random, "u", total - placed);

            List<List<P>> added = assign(groups, existing, unplaced);
            List<List<P>> result = merged(existing, added);

            String why = "seed " + seed + ": " + sizes(result);
            assertThat(added).as(why).hasSize(groups);
            assertThat(added.stream().flatMap(Collection::stream).toList()).as(why)
                    .containsExactlyInAnyOrderElementsOf(unplaced);
            IntStream.Builder all = IntStream.builder();
            sizes(result).forEach(all::add);
            int[] finalSizes = all.build().toArray();
            assertThat(IntStream.of(finalSizes).max().orElse(0) - IntStream.of(finalSizes).min().orElse(0)).as(why).isLessThanOrEqualTo(1);
            assertThat(IntStream.of(finalSizes).sum()).as(why).isEqualTo(total);
        }
    }

    @Test
    void withNobodyPlacedYetEveryCountryIsSpreadEvenly() {
        // always possible: sort by country and deal round-robin, so any spread above one is the algorithm's fault
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(10_000 + seed);
            int groups = 1 + random.nextInt(6);
            List<P> people = randomPeople(random, "p", random.nextInt(60));

            List<List<P>> result = assign(groups, empty(groups), people);

            assertThat(spread(result, P::country)).as("seed %d: %s", 10_000 + seed, result)
                    .allSatisfy((country, spread) -> assertThat(spread).isLessThanOrEqualTo(1));
        }
    }

    /** A delegation per entry: country code, then the agency of each delegate. */
    private static List<P> delegations(String... delegations) {
        List<P> people = new ArrayList<>();
        for (String delegation : delegations) {
            String[] parts = delegation.split(" ");
            for (int i = 1; i < parts.length; i++) {
                people.add(new P(parts[0] + i, parts[0], parts[i]));
            }
        }
        return people;
    }

    @Test
    void sixteenPeopleFromNineCountriesInTwoGroups() {
        List<P> people = delegations(
                "LA customs customs ozone", "KH customs ozone competent", "VN customs competent",
                "TH customs ozone", "MM customs police", "PH customs", "ID ozone", "MY customs", "BN customs");
        assertThat(people).hasSize(16);

        List<List<P>> result = assign(2, empty(2), people);

        assertThat(sizes(result)).containsExactly(8, 8);
        assertThat(spread(result, P::country)).allSatisfy((country, spread) -> assertThat(spread).as(country).isLessThanOrEqualTo(1));
    }

    @Test
    void twentyPeopleFromTwelveCountriesInThreeGroups() {
        List<P> people = delegations(
                "LA customs customs ozone", "KH customs ozone competent", "VN customs customs competent",
                "TH customs ozone", "MM customs police", "PH customs", "ID ozone", "MY customs", "BN customs",
                "CN customs", "MN competent", "TL customs");
        assertThat(people).hasSize(20);

        List<List<P>> result = assign(3, empty(3), people);

        assertThat(sizes(result)).containsExactlyInAnyOrder(7, 7, 6);
        assertThat(spread(result, P::country)).allSatisfy((country, spread) -> assertThat(spread).as(country).isLessThanOrEqualTo(1));
    }

    @Test
    void aSmallDelegationPlacedLastIsStillSplit() {
        // the agency preference used to fill one group early, so that both Cambodians, placed last, went to the other
        List<P> people = delegations("LA customs ozone police", "VN customs customs ozone", "KH customs customs");

        List<List<P>> result = assign(2, empty(2), people);

        assertThat(sizes(result)).containsExactly(4, 4);
        assertThat(spread(result, P::country)).allSatisfy((country, spread) -> assertThat(spread).as(country).isLessThanOrEqualTo(1));
    }

    @Test
    void peopleAlreadyPlacedStayAndCountForTheBalance() {
        P laoInA = new P("LA-a", "LA", "customs");
        P laoInA2 = new P("LA-b", "LA", "ozone");
        P vietInB = new P("VN-a", "VN", "customs");
        List<List<P>> existing = List.of(List.of(laoInA, laoInA2), List.of(vietInB));
        List<P> unplaced = delegations("LA customs customs", "VN customs", "KH customs ozone");

        List<List<P>> added = assign(2, existing, unplaced);

        // nobody already placed is returned again (they stay where they are)
        assertThat(added.stream().flatMap(Collection::stream)).doesNotContain(laoInA, laoInA2, vietInB)
                .containsExactlyInAnyOrderElementsOf(unplaced);
        List<List<P>> result = merged(existing, added);
        assertThat(result.get(0)).startsWith(laoInA, laoInA2);
        assertThat(result.get(1)).startsWith(vietInB);
        assertThat(sizes(result)).containsExactly(4, 4);
        // group A already had two Lao delegates, so the two new ones go to B
        assertThat(added.get(1)).extracting(P::country).contains("LA", "LA");
        assertThat(spread(result, P::country)).allSatisfy((country, spread) -> assertThat(spread).as(country).isLessThanOrEqualTo(1));
    }

    @Test
    void agenciesAreSpreadWhenCountriesLeaveTheChoice() {
        // one country only, so the agency decides
        List<P> people = delegations("LA customs customs customs customs police police police police ozone ozone");

        List<List<P>> result = assign(2, empty(2), people);

        assertThat(sizes(result)).containsExactly(5, 5);
        assertThat(spread(result, P::agency)).allSatisfy((agency, spread) -> assertThat(spread).as(agency).isLessThanOrEqualTo(1));
    }

    @Test
    void agenciesAreSpreadAcrossDelegations() {
        // two customs officers and an ozone officer from each of four countries, three groups
        List<P> people = delegations("LA customs customs ozone", "KH customs customs ozone", "VN customs customs ozone",
                "TH customs customs ozone");

        List<List<P>> result = assign(3, empty(3), people);

        assertThat(sizes(result)).containsExactlyInAnyOrder(4, 4, 4);
        assertThat(spread(result, P::country)).allSatisfy((country, spread) -> assertThat(spread).as(country).isLessThanOrEqualTo(1));
        assertThat(spread(result, P::agency)).allSatisfy((agency, spread) -> assertThat(spread).as(agency).isLessThanOrEqualTo(1));
    }

    @Test
    void refusesToAssignToNoGroups() {
        assertThatThrownBy(() -> assign(0, List.of(), List.of(new P("x", "LA", "customs"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nobodyToPlaceChangesNothing() {
        List<List<P>> added = assign(3, empty(3), List.of());
        assertThat(added).hasSize(3).allSatisfy(group -> assertThat(group).isEmpty());
    }
}
