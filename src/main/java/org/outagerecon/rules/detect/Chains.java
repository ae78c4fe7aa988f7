package org.outagerecon.rules.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * rules.md §8.1 (and §8.2, "as in 8.1"): per peripheral, items in time order form chains; an item joins the
 * current chain when it is at most the gap after the chain's previous item, else it starts a new one.
 */
final class Chains {

    private Chains() {
    }

    /** The chains of the items (any order), by peripheral, each in time order. */
    static <T> List<List<T>> of(List<T> items, ToIntFunction<T> peripheral, ToLongFunction<T> instant,
                                long gapMillis) {
        Map<Integer, List<T>> byPeripheral = new TreeMap<>(items.stream()
                .sorted(Comparator.comparingLong(instant))
                .collect(Collectors.groupingBy(peripheral::applyAsInt, Collectors.toList())));
        List<List<T>> chains = new ArrayList<>();
        for (List<T> ordered : byPeripheral.values()) {
            List<T> current = new ArrayList<>();
            for (T item : ordered) {
                if (!current.isEmpty()
                        && instant.applyAsLong(item) - instant.applyAsLong(current.get(current.size() - 1)) > gapMillis) {
                    chains.add(current);
                    current = new ArrayList<>();
                }
                current.add(item);
            }
            if (!current.isEmpty()) {
                chains.add(current);
            }
        }
        return chains;
    }
}
