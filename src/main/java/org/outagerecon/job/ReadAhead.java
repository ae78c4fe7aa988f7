package org.outagerecon.job;

import java.sql.Connection;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Runs a streaming read on a thread and a connection of its own and hands its items to the caller through a
 * bounded queue, so that the database reads while the caller applies the rules and writes on the transaction's
 * connection: two database sessions and the JVM work at once, and memory stays bounded by the queue. The read
 * connection only reads source rows, which the run's transaction never changes.
 */
public final class ReadAhead {

    private static final int QUEUE_CAPACITY = 2_048;
    private static final Object END = new Object();

    /** A read that hands each item to {@code sink}; returns the number of source rows it read. */
    @FunctionalInterface
    public interface Read<T> {
        long run(DSLContext dsl, Sink<T> sink) throws Exception;
    }

    @FunctionalInterface
    public interface Sink<T> {
        void accept(T item) throws Exception;
    }

    private ReadAhead() {
    }

    /**
     * Calls {@code consumer} with every item of {@code read}, in order; returns what the read returned.
     *
     * @param waitingNanos adds the time the caller waited for items to its element 0
     */
    @SuppressWarnings("unchecked")
    public static <T> long forEach(DataSource dataSource, DSLContext settings, Read<T> read, Sink<T> consumer,
                                   long[] waitingNanos) throws Exception {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
        AtomicReference<Throwable> readFailure = new AtomicReference<>();
        long[] rowsRead = new long[1];
        Thread reader = new Thread(() -> {
            try (Connection connection = dataSource.getConnection()) {
                // PostgreSQL streams a result with a fetch size only inside a transaction.
                connection.setAutoCommit(false);
                connection.setReadOnly(true);
                try {
                    rowsRead[0] = read.run(DSL.using(connection, settings.dialect(), settings.settings()), queue::put);
                } finally {
                    connection.rollback();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) {
                readFailure.set(e);
            } finally {
                try {
                    queue.put(END);
                } catch (InterruptedException e) {
                    // the caller gave up and no longer takes from the queue
                }
            }
        }, "reconcile-read");
        reader.setDaemon(true);
        reader.start();
        boolean finished = false;
        try {
            while (true) {
                long waitStarted = System.nanoTime();
                Object item = queue.take();
                waitingNanos[0] += System.nanoTime() - waitStarted;
                if (item == END) {
                    break;
                }
                consumer.accept((T) item);
            }
            finished = true;
        } finally {
            if (!finished) {
                reader.interrupt();
            }
            reader.join();
        }
        Throwable failure = readFailure.get();
        if (failure instanceof Exception exception) {
            throw exception;
        }
        if (failure != null) {
            throw (Error) failure;
        }
        return rowsRead[0];
    }
}
