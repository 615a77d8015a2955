package com.annavaram.migration.backup;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.bson.Document;

import com.annavaram.migration.ExitCodes;
import com.annavaram.migration.MigrationException;
import com.annavaram.model.CollectionNames;
import com.annavaram.model.admin.AuditLog;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

/**
 * The one lock of the migration: a document with a fixed {@code _id} in {@code migration_lock}, inserted (a second
 * holder gets E11000), kept alive by a heartbeat that pushes {@code expiresAt} forward, and taken over only once it
 * has expired. {@code --force-unlock} removes a live lock and records that in {@code audit_logs}.
 */
public final class RunLock implements AutoCloseable {

    public static final String COLLECTION = "migration_lock";
    static final String ID = "migration";

    private final MongoCollection<Document> locks;
    private final String owner;
    private final Duration ttl;
    private final ScheduledExecutorService heartbeat;
    private volatile boolean lost;

    private RunLock(MongoDatabase db, String owner, Duration ttl) {
        this.locks = db.getCollection(COLLECTION);
        this.owner = owner;
        this.ttl = ttl;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "migration-lock-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(ttl.toMillis() / 3, 100);
        heartbeat.scheduleAtFixedRate(this::beat, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes the lock for {@code purpose}, waiting up to {@code wait} for a live holder to finish.
     *
     * @throws MigrationException with exit code 3 when another live run holds it
     */
    public static RunLock acquire(MongoDatabase db, String purpose, Duration ttl, Duration wait, boolean force,
            PrintWriter log) {
        MongoCollection<Document> locks = db.getCollection(COLLECTION);
        String owner = ownerName();
        if (force) {
            Document removed = locks.findOneAndDelete(Filters.eq("_id", ID));
            if (removed != null) {
                db.getCollection(CollectionNames.AUDIT_LOGS).insertOne(new Document(AuditLog.AT, new Date())
                        .append(AuditLog.ACTOR_EMAIL, "migration:" + owner).append(AuditLog.ACTION,
                                "migration.force-unlock")
                        .append(AuditLog.TARGET_TYPE, COLLECTION).append(AuditLog.TARGET_ID, ID)
                        .append(AuditLog.BEFORE, removed).append(AuditLog.AFTER, null));
                log.printf("forced the lock of %s open (recorded in %s)%n", removed.get("owner"),
                        CollectionNames.AUDIT_LOGS);
            }
        }
        long deadline = System.currentTimeMillis() + wait.toMillis();
        while (true) {
            Date now = new Date();
            Document lock = new Document("_id", ID).append("owner", owner).append("purpose", purpose)
                    .append("acquiredAt", now).append("heartbeatAt", now)
                    .append("expiresAt", new Date(now.getTime() + ttl.toMillis()));
            try {
                locks.insertOne(lock);
                return new RunLock(db, owner, ttl);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            Document taken = locks.findOneAndUpdate(Filters.and(Filters.eq("_id", ID),
                    Filters.lt("expiresAt", now)),
                    Updates.combine(Updates.set("owner", owner),
                            Updates.set("purpose", purpose), Updates.set("acquiredAt", now),
                            Updates.set("heartbeatAt", now), Updates.set("expiresAt", new Date(now.getTime()
                                    + ttl.toMillis())),
                            Updates.unset("runId")),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
            if (taken != null) {
                log.printf("took over the expired lock of %s (last heartbeat %s)%n", taken.get("owner"),
                        taken.get("heartbeatAt"));
                return new RunLock(db, owner, ttl);
            }
            if (System.currentTimeMillis() >= deadline) {
                Document holder = locks.find(Filters.eq("_id", ID)).first();
                throw new MigrationException(ExitCodes.LOCKED, "locked by another migration: " + describe(holder)
                        + ". Wait for it to finish, or, if that process is dead, wait for the lock to expire or "
                        + "use --force-unlock");
            }
            sleep(Math.min(500, Math.max(1, deadline - System.currentTimeMillis())));
        }
    }

    /** The holder as people read it, or {@code free}. */
    public static String describe(Document holder) {
        if (holder == null) {
            return "free";
        }
        return holder.get("owner") + " (" + holder.get("purpose")
                + (holder.get("runId") != null ? " of run " + holder.get("runId") : "") + ", since "
                + toIso(holder.get("acquiredAt")) + ", last heartbeat " + toIso(holder.get("heartbeatAt"))
                + ", expires " + toIso(holder.get("expiresAt")) + ")";
    }

    private static String toIso(Object date) {
        return date instanceof Date d ? d.toInstant().toString() : String.valueOf(date);
    }

    /** Names the run this lock protects. */
    public void runId(String runId) {
        locks.updateOne(Filters.and(Filters.eq("_id", ID), Filters.eq("owner", owner)), Updates.set("runId",
                runId));
    }

    public String owner() {
        return owner;
    }

    /** Throws when the lock was lost (expired and taken over): the run must stop writing. */
    public void check() {
        if (lost) {
            throw MigrationException.aborted("the migration lock was lost (expired and taken by another run): "
                    + "stopped before the next write");
        }
    }

    private void beat() {
        try {
            Date now = new Date();
            long matched = locks.updateOne(Filters.and(Filters.eq("_id", ID), Filters.eq("owner", owner)),
                    Updates.combine(Updates.set("heartbeatAt", now), Updates.set("expiresAt",
                            new Date(now.getTime() + ttl.toMillis()))))
                    .getMatchedCount();
            if (matched == 0) {
                lost = true;
            }
        } catch (RuntimeException e) {
            // A missed beat is retried at the next period; the lock only expires after ttl.
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        try {
            heartbeat.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        locks.deleteOne(Filters.and(Filters.eq("_id", ID), Filters.eq("owner", owner)));
    }

    private static String ownerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/" + UUID.randomUUID().toString()
                .substring(0, 8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MigrationException.aborted("interrupted while waiting for the lock");
        }
    }
}
