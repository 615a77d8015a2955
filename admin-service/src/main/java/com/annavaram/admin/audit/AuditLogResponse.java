package com.annavaram.admin.audit;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One audit entry; {@code before} and {@code after} hold only the fields the write changed. */
record AuditLogResponse(@JsonProperty("_id") String id, Instant at, String actorId, String actorEmail, String action,
        String targetType, String targetId, Object before, Object after, String ip, String requestId) {
}
