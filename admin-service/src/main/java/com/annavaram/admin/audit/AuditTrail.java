package com.annavaram.admin.audit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import com.annavaram.admin.auth.AdminPrincipal;
import com.annavaram.admin.web.JsonValues;
import com.annavaram.admin.web.RequestIds;
import com.annavaram.model.admin.AuditLog;

/**
 * Records admin writes in {@code audit_logs}: who (from the security context, or given), what, on which document, the
 * changed fields before and after, when, from which address, under which request id. Every write path of the service
 * calls it once, after its write succeeded.
 */
@Service
public class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    AuditTrail(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Records a write by the admin of the current request; only the fields whose values differ are kept. */
    public void record(String action, String targetType, Object targetId, Map<String, ?> before,
            Map<String, ?> after) {
        record(currentAdmin(), action, targetType, targetId, before, after);
    }

    /** Records a write by {@code actor} (the login, where no one is authenticated yet). */
    public void record(AdminPrincipal actor, String action, String targetType, Object targetId, Map<String, ?> before,
            Map<String, ?> after) {
        AuditLog log = new AuditLog();
        log.setAt(Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        if (actor != null) {
            log.setActorId(actor.id());
            log.setActorEmail(actor.email());
        }
        log.setAction(action);
        log.setTargetType(targetType);
        log.setTargetId(targetId == null ? null : String.valueOf(JsonValues.plain(targetId)));
        Set<String> changed = changedFields(before, after);
        log.setBefore(before == null ? null : pick(before, changed));
        log.setAfter(after == null ? null : pick(after, changed));
        log.setIp(RequestIds.currentClientIp());
        log.setRequestId(RequestIds.current());
        try {
            mongo.insert(log);
        } catch (RuntimeException e) {
            // The write itself succeeded; losing its record is logged loudly rather than undoing the write.
            LOG.error("audit entry not written: {} {} {}", action, targetType, log.getTargetId(), e);
        }
    }

    static Set<String> changedFields(Map<String, ?> before, Map<String, ?> after) {
        Set<String> keys = new LinkedHashSet<>();
        if (before != null) {
            keys.addAll(before.keySet());
        }
        if (after != null) {
            keys.addAll(after.keySet());
        }
        if (before == null || after == null) {
            return keys;
        }
        keys.removeIf(key -> same(before.get(key), after.get(key)));
        return keys;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static Document pick(Map<String, ?> values, Set<String> keys) {
        Document picked = new Document();
        for (String key : keys) {
            if (values.containsKey(key)) {
                picked.put(key, JsonValues.bson(values.get(key)));
            }
        }
        return picked;
    }

    private static AdminPrincipal currentAdmin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AdminPrincipal admin ? admin : null;
    }
}
