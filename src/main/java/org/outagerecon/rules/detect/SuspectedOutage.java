package org.outagerecon.rules.detect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.OutageId;

/**
 * An outage that detection found (rules.md §8): recorded with status SUSPECTED and origin INFERRED.
 *
 * @param end  epoch ms, null while it is open
 * @param note what was seen, in words
 */
public record SuspectedOutage(String id, Component component, int peripheralId, long start, Long end,
                              String note) {

    /** rules.md §8.3: {@code SUSPECTED-<component>-<peripheral_id>-<started_at, UTC, to the millisecond>}. */
    public static String idOf(Component component, int peripheralId, long start) {
        return OutageId.of("SUSPECTED", component, peripheralId, start);
    }

    /**
     * rules.md §8.3: of findings with one id, the first in (started_at, component) order is recorded; findings
     * equal in both (two 42 bursts) keep the order they were found in, that is of their first task end.
     */
    public static List<SuspectedOutage> firstOfEachId(List<SuspectedOutage> found) {
        List<SuspectedOutage> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingLong(SuspectedOutage::start).thenComparing(SuspectedOutage::component));
        Set<String> ids = new HashSet<>();
        return ordered.stream().filter(outage -> ids.add(outage.id())).toList();
    }

    /** Milliseconds as seconds for a note: {@code 3.25 s}. */
    static String seconds(long millis) {
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
    }
}
