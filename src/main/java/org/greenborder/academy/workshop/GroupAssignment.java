package org.greenborder.academy.workshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Spreads people over breakout groups so that group sizes differ by at most one and each country and each
 * agency type is spread as evenly as the sizes allow: the largest national delegations are placed first, each
 * person going to the allowed group with the fewest people of their country, then of their agency type, then
 * the fewest people. People already in a group stay there and count.
 */
final class GroupAssignment {

    private GroupAssignment() {
    }

    /**
     * @param groups      number of groups
     * @param existing    people already placed, per group index
     * @param unplaced    people to place
     * @return for each group index, the people to add to it
     */
    static <P> List<List<P>> assign(int groups, List<List<P>> existing, List<P> unplaced,
                                    Function<P, ?> country, Function<P, ?> agency) {
        if (groups <= 0) {
            throw new IllegalArgumentException("No groups to assign to");
        }
        int total = unplaced.size() + existing.stream().mapToInt(List::size).sum();
        int floor = total / groups;
        int extra = total % groups;
        List<List<P>> added = new ArrayList<>();
        List<Map<Object, Integer>> countries = new ArrayList<>();
        List<Map<Object, Integer>> agencies = new ArrayList<>();
        int[] sizes = new int[groups];
        for (int g = 0; g < groups; g++) {
            added.add(new ArrayList<>());
            countries.add(new HashMap<>());
            agencies.add(new HashMap<>());
            for (P person : existing.get(g)) {
                countries.get(g).merge(country.apply(person), 1, Integer::sum);
                agencies.get(g).merge(agency.apply(person), 1, Integer::sum);
                sizes[g]++;
            }
        }
        Map<Object, Long> delegationSize = unplaced.stream().collect(Collectors.groupingBy(country, Collectors.counting()));
        List<P> order = new ArrayList<>(unplaced);
        order.sort(Comparator.<P>comparingLong(person -> -delegationSize.get(country.apply(person)))
                .thenComparing(person -> String.valueOf(country.apply(person)))
                .thenComparing(person -> String.valueOf(agency.apply(person))));
        for (P person : order) {
            int atCeiling = 0;
            for (int size : sizes) {
                if (size > floor) {
                    atCeiling++;
                }
            }
            int best = -1;
            for (int g = 0; g < groups; g++) {
                boolean allowed = sizes[g] < floor || sizes[g] == floor && atCeiling < extra;
                if (!allowed) {
                    continue;
                }
                if (best < 0 || better(g, best, person, sizes, countries, agencies, country, agency)) {
                    best = g;
                }
            }
            if (best < 0) {
                // existing groups were already uneven: fall back to the smallest group
                best = 0;
                for (int g = 1; g < groups; g++) {
                    if (sizes[g] < sizes[best]) {
                        best = g;
                    }
                }
            }
            added.get(best).add(person);
            countries.get(best).merge(country.apply(person), 1, Integer::sum);
            agencies.get(best).merge(agency.apply(person), 1, Integer::sum);
            sizes[best]++;
        }
        return added;
    }

    private static <P> boolean better(int candidate, int best, P person, int[] sizes, List<Map<Object, Integer>> countries,
                                      List<Map<Object, Integer>> agencies, Function<P, ?> country, Function<P, ?> agency) {
        int byCountry = Integer.compare(countries.get(candidate).getOrDefault(country.apply(person), 0),
                countries.get(best).getOrDefault(country.apply(person), 0));
        if (byCountry != 0) {
            return byCountry < 0;
        }
        int byAgency = Integer.compare(agencies.get(candidate).getOrDefault(agency.apply(person), 0),
                agencies.get(best).getOrDefault(agency.apply(person), 0));
        if (byAgency != 0) {
            return byAgency < 0;
        }
        return sizes[candidate] < sizes[best];
    }
}
