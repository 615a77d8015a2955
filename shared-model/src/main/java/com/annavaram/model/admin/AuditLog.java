package com.annavaram.model.admin;

import java.time.Instant;

import org.bson.Document;
import org.bson.types.ObjectId;

/** One recorded admin write ({@code audit_logs}). */
public class AuditLog {

    /** Collection this document lives in. */
    public static final String COLLECTION = com.annavaram.model.CollectionNames.AUDIT_LOGS;

    public static final String _ID = "_id";
    public static final String AT = "at";
    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_EMAIL = "actorEmail";
    public static final String ACTION = "action";
    public static final String TARGET_TYPE = "targetType";
    public static final String TARGET_ID = "targetId";
    public static final String BEFORE = "before";
    public static final String AFTER = "after";
    public static final String IP = "ip";
    public static final String REQUEST_ID = "requestId";

    private ObjectId id;
    private Instant at;
    private ObjectId actorId;
    private String actorEmail;
    private String action;
    private String targetType;
    private String targetId;
    private Document before;
    private Document after;
    private String ip;
    private String requestId;

    public ObjectId getId() {
        return id;
    }

    public void setId(ObjectId id) {
        this.id = id;
    }

    public Instant getAt() {
        return at;
    }

    public void setAt(Instant at) {
        this.at = at;
    }

    public ObjectId getActorId() {
        return actorId;
    }

    public void setActorId(ObjectId actorId) {
        this.actorId = actorId;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public void setActorEmail(String actorEmail) {
        this.actorEmail = actorEmail;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public void setTargetId(String targetId) {
        this.targetId = targetId;
    }

    public Document getBefore() {
        return before;
    }

    public void setBefore(Document before) {
        this.before = before;
    }

    public Document getAfter() {
        return after;
    }

    public void setAfter(Document after) {
        this.after = after;
    }

    public String getIp() {
        return ip;
    }

    public void setIp(String ip) {
        this.ip = ip;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }
}
