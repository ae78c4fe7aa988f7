package org.outagerecon.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The most heap a phase used: the peaks of the heap's memory pools, summed. The pools peak at different moments,
 * so the sum is an upper bound of the real peak, which is what a "fits in -Xmx512m" claim needs.
 */
final class PeakHeap {

    private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    private PeakHeap() {
    }

    static void reset() {
        System.gc();
        HEAP_POOLS.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long megabytes() {
        return HEAP_POOLS.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    static long maxMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }
}
