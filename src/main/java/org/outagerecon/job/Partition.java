package org.outagerecon.job;

import java.util.List;
import java.util.stream.IntStream;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.outagerecon.system.BadInputException;

/**
 * {@code --partition I/N}: the agents whose {@code skill_target_id} falls in partition I of N (its value modulo
 * N), so that N workers can share a window and together write exactly the rows of one run. Rows without an
 * agent (whole-scope gap rows, tasks without one) belong to partition 0.
 */
public record Partition(int index, int count) {

    public static final Partition ALL = new Partition(0, 1);

    /** Lock buckets: a partition whose count divides this locks only its own buckets (see {@link WindowLock}). */
    static final int LOCK_BUCKETS = 16;

    public Partition {
        if (count < 1 || index < 0 || index >= count) {
            throw new BadInputException("--partition must be I/N with 0 <= I < N, not " + index + "/" + count);
        }
    }

    public static Partition parse(String text) {
        String[] parts = text.split("/", -1);
        try {
            if (parts.length == 2) {
                return new Partition(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException("--partition must be I/N (for example 0/4), not '" + text + "'");
    }

    public boolean isAll() {
        return count == 1;
    }

    public boolean contains(int skillTargetId) {
        return Math.floorMod(skillTargetId, count) == index;
    }

    /**
     * This partition cut into {@code parts} partitions of {@code count * parts}: the agents whose id modulo
     * {@code count} is {@code index} are those whose id modulo {@code count * parts} is {@code index + count * k}.
     */
    public List<Partition> split(int parts) {
        return IntStream.range(0, parts).mapToObj(k -> new Partition(index + count * k, count * parts)).toList();
    }

    /** Whether rows without an agent are this partition's. */
    public boolean ownsRowsWithoutAgent() {
        return index == 0;
    }

    /** The SQL twin of {@link #contains} for a column that always holds an agent. */
    public Condition condition(Field<Integer> skillTargetId) {
        if (isAll()) {
            return DSL.noCondition();
        }
        // MOD keeps the sign of the dividend in SQL; adding N first makes it floorMod as in contains().
        return skillTargetId.mod(count).plus(count).mod(count).eq(index);
    }

    /** The SQL twin for a column that may be null (no agent). */
    public Condition conditionOrNull(Field<Integer> skillTargetId) {
        if (isAll()) {
            return DSL.noCondition();
        }
        return ownsRowsWithoutAgent() ? skillTargetId.isNull().or(condition(skillTargetId)) : condition(skillTargetId);
    }

    /** The lock buckets that hold this partition's agents: all of them unless its count divides the buckets. */
    int[] lockBuckets() {
        return IntStream.range(0, LOCK_BUCKETS)
                .filter(bucket -> LOCK_BUCKETS % count != 0 || bucket % count == index).toArray();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
