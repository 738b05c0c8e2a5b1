package ctxbench.load;

import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the JVM says about its heap and collector, read the way a service owner's dashboard reads
 * it: GC events and GC time since the JVM started, and the heap that survived the most recent
 * collection.
 *
 * <p><b>Heap after GC</b> (the figure that shows retained memory, such as un-stopped timers and the
 * contexts they hold): taken from {@link com.sun.management.GcInfo}, not from
 * {@code MemoryPoolMXBean.getCollectionUsage()}. Of the collectors that collect the young
 * generation (those whose memory pools include an "Eden" pool: G1's young and full collections,
 * Parallel's and Serial's), the one whose last collection ended latest is read, and its
 * {@code getMemoryUsageAfterGc()} is summed over the heap pools: the whole heap right after that
 * collection. G1's "G1 Concurrent GC" bean (the remark and cleanup pauses of a marking cycle,
 * which free no young memory) is left out, and so is {@code getCollectionUsage()}, because G1
 * updates its old generation's collection usage only after mixed and full collections, so after a
 * young collection the sum would leave out what was just promoted. When no collector has an Eden
 * pool (ZGC, Shenandoah) every collector is considered. The value only changes when a collection
 * runs: a run too short or too light to trigger one keeps reporting the collection before it.
 *
 * <p>Cost: one {@code getLastGcInfo()} per young collector (a few small objects) per reading;
 * called every 100 ms by the {@link Sampler}.
 */
final class JvmGauges {
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final List<com.sun.management.GarbageCollectorMXBean> youngCollectors;
    private final Set<String> heapPools;

    JvmGauges() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toUnmodifiableSet());
        List<com.sun.management.GarbageCollectorMXBean> all = collectors.stream()
                .filter(c -> c instanceof com.sun.management.GarbageCollectorMXBean)
                .map(c -> (com.sun.management.GarbageCollectorMXBean) c)
                .toList();
        List<com.sun.management.GarbageCollectorMXBean> young = all.stream()
                .filter(c -> Arrays.stream(c.getMemoryPoolNames()).anyMatch(p -> p.contains("Eden")))
                .toList();
        youngCollectors = young.isEmpty() ? all : young;
    }

    /** Heap used right after the most recent young or full collection, in bytes; −1 before the first one. */
    long heapAfterGcBytes() {
        GcInfo latest = null;
        for (com.sun.management.GarbageCollectorMXBean c : youngCollectors) {
            GcInfo info = c.getLastGcInfo();
            if (info != null && (latest == null || info.getEndTime() > latest.getEndTime())) {
                latest = info;
            }
        }
        if (latest == null) {
            return -1;
        }
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : latest.getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        return used;
    }

    /** Collections of every collector since the JVM started (G1: young, full, and remark/cleanup pauses). */
    long gcCount() {
        return collectors.stream().mapToLong(c -> Math.max(0, c.getCollectionCount())).sum();
    }

    /** Milliseconds every collector has spent collecting since the JVM started (as the beans report it). */
    long gcTimeMillis() {
        return collectors.stream().mapToLong(c -> Math.max(0, c.getCollectionTime())).sum();
    }
}
