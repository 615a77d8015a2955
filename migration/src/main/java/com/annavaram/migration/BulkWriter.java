package com.annavaram.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;

/**
 * Writes in batches with one bulk write each, one batch in flight while the next is filled, so reading and writing
 * overlap. Batches of one writer are applied in order. In a plan it only counts what it would send, so a plan and a
 * run go through the same code and predict the same figures.
 */
public final class BulkWriter implements AutoCloseable {

    private final RunContext context;
    private final MongoCollection<Document> collection;
    private final String name;
    private List<WriteModel<Document>> pending = new ArrayList<>();
    private ExecutorService executor;
    private Future<?> inFlight;
    private long planned;
    private long inserted;
    private long modified;
    private long deleted;

    public BulkWriter(RunContext context, String collection) {
        this.context = context;
        this.collection = context.db().getCollection(collection);
        this.name = collection;
    }

    public void add(WriteModel<Document> model) {
        planned++;
        if (context.dryRun()) {
            return;
        }
        pending.add(model);
        if (pending.size() >= context.batchSize()) {
            submit();
        }
    }

    private void submit() {
        awaitInFlight();
        if (pending.isEmpty()) {
            return;
        }
        context.checkpoint();
        List<WriteModel<Document>> batch = pending;
        pending = new ArrayList<>();
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "migration-writer-" + name);
                thread.setDaemon(true);
                return thread;
            });
        }
        inFlight = executor.submit(() -> write(batch));
    }

    private void write(List<WriteModel<Document>> batch) {
        BulkWriteResult result = collection.bulkWrite(batch, new BulkWriteOptions().ordered(true));
        inserted += result.getInsertedCount();
        modified += result.getModifiedCount() + result.getUpserts().size();
        deleted += result.getDeletedCount();
        Faults.reached("write:" + name.replaceAll("_staging_.*", "_staging"));
    }

    private void awaitInFlight() {
        if (inFlight == null) {
            return;
        }
        try {
            inFlight.get();
        } catch (ExecutionException e) {
            throw Parallel.unwrap(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MigrationException.aborted("interrupted while writing " + name);
        } finally {
            inFlight = null;
        }
    }

    /** Sends what is pending and waits until every batch is written. */
    public void flush() {
        submit();
        awaitInFlight();
    }

    /** Writes sent (a run) or that would be sent (a plan). */
    public long planned() {
        return planned;
    }

    public long inserted() {
        return inserted;
    }

    public long modified() {
        return modified;
    }

    public long deleted() {
        return deleted;
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            if (executor != null) {
                executor.shutdown();
            }
        }
    }
}
