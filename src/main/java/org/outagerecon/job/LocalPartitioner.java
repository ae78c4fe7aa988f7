package org.outagerecon.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Issue "scale", local partitions on threads: cuts the run's share of agents ({@code --partition}, all by default)
 * into {@code --threads} partitions, one worker step each. Each worker replaces its agents' rows in a transaction
 * of its own, so with more than one thread a reader may see some partitions reconciled before others.
 */
class LocalPartitioner implements Partitioner {

    static final String PARTITION = "partition";

    private final ReconcileParameters parameters;

    LocalPartitioner(ReconcileParameters parameters) {
        this.parameters = parameters;
    }

    /** One partition per thread of the run; Spring Batch's grid size is not used. */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<Partition> parts = parameters.partition().split(parameters.threads());
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int k = 0; k < parts.size(); k++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(PARTITION, parts.get(k).toString());
            contexts.put("partition" + k, context);
        }
        return contexts;
    }

    /** The share of agents of a worker step. */
    static Partition of(ExecutionContext workerContext) {
        return Partition.parse(workerContext.getString(PARTITION));
    }

    static boolean isWorker(ExecutionContext stepContext) {
        return stepContext.containsKey(PARTITION);
    }
}
