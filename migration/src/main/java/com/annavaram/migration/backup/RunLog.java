package com.annavaram.migration.backup;

import java.util.Date;
import java.util.List;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

/**
 * {@code migration_runs}: one document per run with its id, code version, input hash, last completed step, the
 * steps with their times and counts, the backups, status ({@code running}, {@code failed}, {@code done},
 * {@code rolled_back}) and times. A run resumes after its recorded step; a done run makes the next run a no-op.
 */
public final class RunLog {

    public static final String COLLECTION = "migration_runs";
    public static final String RUNNING = "running";
    public static final String FAILED = "failed";
    public static final String DONE = "done";
    public static final String ROLLED_BACK = "rolled_back";

    private final MongoCollection<Document> runs;

    public RunLog(MongoDatabase db) {
        this.runs = db.getCollection(COLLECTION);
    }

    public void create(String runId, String codeVersion, String owner, Document expected) {
        runs.insertOne(new Document("_id", runId).append("codeVersion", codeVersion).append("status", RUNNING)
                .append("step", null).append("steps", List.of()).append("owner", owner)
                .append("expected", expected).append("startedAt", new Date()));
    }

    public Document find(String runId) {
        return runs.find(Filters.eq("_id", runId)).first();
    }

    /** The latest run that is neither done nor rolled back: the one to resume. */
    public Document unfinished() {
        return runs.find(Filters.in("status", RUNNING, FAILED)).sort(Sorts.descending("startedAt")).first();
    }

    /** The latest completed run, if any. */
    public Document done() {
        return runs.find(Filters.eq("status", DONE)).sort(Sorts.descending("finishedAt")).first();
    }

    public List<Document> all() {
        return runs.find().sort(Sorts.ascending("startedAt")).into(new java.util.ArrayList<>());
    }

    public void resumed(String runId, String owner) {
        runs.updateOne(Filters.eq("_id", runId), Updates.combine(Updates.set("status", RUNNING),
                Updates.set("owner", owner), Updates.unset("error"), Updates.push("resumedAt", new Date())));
    }

    public void stepDone(String runId, String step, Date startedAt, Document counts) {
        runs.updateOne(Filters.eq("_id", runId), Updates.combine(Updates.set("step", step),
                Updates.push("steps", new Document("name", step).append("startedAt", startedAt)
                        .append("finishedAt", new Date()).append("counts", counts))));
    }

    public void backups(String runId, Document backups, String inputHash, List<String> collectionsBefore) {
        runs.updateOne(Filters.eq("_id", runId), Updates.combine(Updates.set("backups", backups),
                Updates.set("inputHash", inputHash), Updates.set("collectionsBefore", collectionsBefore)));
    }

    public void failed(String runId, String during, String message) {
        runs.updateOne(Filters.eq("_id", runId), Updates.combine(Updates.set("status", FAILED),
                Updates.set("error", new Document("step", during).append("message", message)
                        .append("at", new Date()))));
    }

    public void done(String runId, Document counts) {
        runs.updateOne(Filters.eq("_id", runId), Updates.combine(Updates.set("status", DONE),
                Updates.set("counts", counts), Updates.set("finishedAt", new Date())));
    }

    public void rolledBack(String runId, Document restored) {
        runs.updateOne(Filters.eq("_id", runId), Updates.combine(Updates.set("status", ROLLED_BACK),
                Updates.set("rollback", new Document("at", new Date()).append("restored", restored))));
    }
}
