package com.annavaram.model.order;

import java.time.Instant;

import org.bson.types.ObjectId;

/** One entry of an order's status history: which status, when, who and why. */
public class StatusChange {

    public static final String STATUS = "status";
    public static final String TIMESTAMP = "timestamp";
    public static final String UPDATED_BY = "updatedBy";
    public static final String ACTOR = "actor";
    public static final String NOTES = "notes";

    private String status;
    private Instant timestamp;
    private ObjectId updatedBy;
    private String actor;
    private String notes;

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Instant getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Instant timestamp) {
        this.timestamp = timestamp;
    }

    public ObjectId getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(ObjectId updatedBy) {
        this.updatedBy = updatedBy;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
