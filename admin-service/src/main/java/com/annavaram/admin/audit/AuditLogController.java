package com.annavaram.admin.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;

import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.annavaram.admin.error.ApiException;
import com.annavaram.admin.web.ApiResponse;
import com.annavaram.admin.web.Ids;
import com.annavaram.admin.web.Paging;
import com.annavaram.model.admin.AuditLog;

/**
 * {@code GET /api/audit-logs}: newest first, filtered by actor, target, action and time ({@code from}/{@code to} as
 * ISO instants, or dates meaning the start of that day in UTC; {@code to} is exclusive).
 */
@RestController
@RequestMapping("/api/audit-logs")
class AuditLogController {

    static final int DEFAULT_LIMIT = 50;

    private final MongoTemplate mongo;
    private final AuditLogMapper mapper;

    AuditLogController(MongoTemplate mongo, AuditLogMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    @GetMapping
    ApiResponse<List<AuditLogResponse>> list(@RequestParam(required = false) String actorId,
            @RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
            @RequestParam(required = false) String action, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer limit) {
        Paging paging = Paging.of(page, limit, DEFAULT_LIMIT);
        Criteria criteria = new Criteria();
        ObjectId actor = Ids.query("actorId", actorId);
        if (actor != null) {
            criteria.and(AuditLog.ACTOR_ID).is(actor);
        }
        if (targetType != null && !targetType.isBlank()) {
            criteria.and(AuditLog.TARGET_TYPE).is(targetType.trim());
        }
        if (targetId != null && !targetId.isBlank()) {
            criteria.and(AuditLog.TARGET_ID).is(targetId.trim());
        }
        if (action != null && !action.isBlank()) {
            criteria.and(AuditLog.ACTION).is(action.trim());
        }
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start != null || end != null) {
            Criteria at = criteria.and(AuditLog.AT);
            if (start != null) {
                at.gte(Date.from(start));
            }
            if (end != null) {
                at.lt(Date.from(end));
            }
        }
        Query query = Query.query(criteria)
                .with(Sort.by(Sort.Direction.DESC, AuditLog.AT).and(Sort.by(Sort.Direction.DESC, "_id")));
        long total = mongo.count(query, AuditLog.class);
        List<AuditLogResponse> found = mongo.find(query.skip(paging.skip()).limit(paging.limit()), AuditLog.class)
                .stream().map(mapper::toResponse).toList();
        return ApiResponse.page(found, paging.describe(total));
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidParameter(name, "must be an ISO-8601 instant or a date as YYYY-MM-DD");
        }
    }
}
