package org.greenborder.academy.workshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Spreads people over breakout groups so that group sizes differ by at most one and each country and each
 * agency type is spread as evenly as the sizes allow: the largest national delegations are placed first, each
 * person going to the allowed group with the fewest people of their country, then of their agency type, then
 * the fewest people. That greedy pass can leave a small delegation's last places in one group (the other groups
 * being full), so a final pass swaps newly placed people until no country has two more people in one group than
 * in another, where the people already placed allow it. People already in a group stay there and count.
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
        evenOutCountries(added, countries, agencies, country, agency);
        return added;
    }

    /**
     * Swaps a newly placed person x of a country two or more ahead in x's group for a newly placed person y of the
     * other group, of a country that group has more of. x's country gets closer to even, y's stays within its
     * spread and the sizes do not change, so every swap makes the spread strictly better and the loop ends. A y of
     * x's agency type is preferred, which leaves the agencies as they were.
     */
    private static <P> void evenOutCountries(List<List<P>> added, List<Map<Object, Integer>> countries,
                                             List<Map<Object, Integer>> agencies, Function<P, ?> country, Function<P, ?> agency) {
        boolean swapped = true;
        while (swapped) {
            swapped = false;
            search:
            for (int a = 0; a < added.size(); a++) {
                for (int b = 0; b < added.size(); b++) {
                    for (P x : added.get(a)) {
                        Object c = country.apply(x);
                        if (countries.get(a).getOrDefault(c, 0) - countries.get(b).getOrDefault(c, 0) < 2) {
                            continue;
                        }
                        P partner = null;
                        for (P y : added.get(b)) {
                            Object d = country.apply(y);
                            if (countries.get(b).getOrDefault(d, 0) > countries.get(a).getOrDefault(d, 0)
                                    && (partner == null || Objects.equals(agency.apply(y), agency.apply(x)))) {
                                partner = y;
                            }
                        }
                        if (partner != null) {
                            move(x, a, b, added, countries, agencies, country, agency);
                            move(partner, b, a, added, countries, agencies, country, agency);
                            swapped = true;
                            break search;
                        }
                    }
                }
            }
        }
    }

    private static <P> void move(P person, int from, int to, List<List<P>> added, List<Map<Object, Integer>> countries,
                                 List<Map<Object, Integer>> agencies, Function<P, ?> country, Function<P, ?> agency) {
        added.get(from).remove(person);
        added.get(to).add(person);
        countries.get(from).merge(country.apply(person), -1, Integer::sum);
        countries.get(to).merge(country.apply(person), 1, Integer::sum);
        agencies.get(from).merge(agency.apply(person), -1, Integer::sum);
        agencies.get(to).merge(agency.apply(person), 1, Integer::sum);
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
