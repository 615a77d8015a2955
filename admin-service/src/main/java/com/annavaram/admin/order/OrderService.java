package com.annavaram.admin.order;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import com.annavaram.admin.audit.AuditTrail;
import com.annavaram.admin.auth.AdminPrincipal;
import com.annavaram.admin.config.mongo.AliasedUpdates;
import com.annavaram.admin.error.ApiException;
import com.annavaram.admin.product.ProductRefs;
import com.annavaram.admin.web.Paging;
import com.annavaram.model.admin.Admin;
import com.annavaram.model.customer.User;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderStatus;
import com.annavaram.model.order.StatusChange;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.result.UpdateResult;

/**
 * Orders for the admin: lists, details, and status changes along the state machine of DESIGN.md only. Each change is
 * one update conditional on the status read, appends to {@code statusHistory}, and a cancel gives the stock back once.
 */
@Service
public class OrderService {

    static final String TARGET = "order";
    static final String NOT_FOUND = "Order not found";
    static final int MAX_NOTES = 500;

    private final MongoTemplate mongo;
    private final AliasedUpdates updates;
    private final OrderMapper mapper;
    private final LegacyLines legacyLines;
    private final ProductRefs productRefs;
    private final StockRelease stock;
    private final AuditTrail audit;
    private final Clock clock;

    OrderService(MongoTemplate mongo, AliasedUpdates updates, OrderMapper mapper, LegacyLines legacyLines,
            ProductRefs productRefs, StockRelease stock, AuditTrail audit, Clock clock) {
        this.mongo = mongo;
        this.updates = updates;
        this.mapper = mapper;
        this.legacyLines = legacyLines;
        this.productRefs = productRefs;
        this.stock = stock;
        this.audit = audit;
        this.clock = clock;
    }

    record Page(List<OrderViews.Row> items, long total) {
    }

    Page list(OrderQuery query) {
        List<Order> orders = mongo.find(query.toQuery(), Order.class);
        long total = mongo.count(Query.query(query.criteria()), Order.class);
        legacyLines.fill(orders);
        return new Page(orders.stream().map(mapper::toRow).toList(), total);
    }

    /** The orders of one customer, newest first, as list rows. */
    public List<OrderViews.Row> rowsOf(ObjectId userId, int limit) {
        OrderQuery query = new OrderQuery(null, null, null, null, userId, null, null,
                Paging.of(1, limit, limit));
        return list(query).items();
    }

    OrderViews.Detail detail(ObjectId id) {
        Order order = mongo.findById(id, Order.class);
        if (order == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        legacyLines.fill(List.of(order));
        Set<ObjectId> productIds = new HashSet<>();
        order.getProducts().forEach(line -> productIds.add(line.getProductId()));
        Set<ObjectId> adminIds = new HashSet<>();
        order.getStatusHistory().forEach(change -> adminIds.add(change.getUpdatedBy()));
        adminIds.remove(null);
        Map<ObjectId, OrderViews.AdminRef> admins = new HashMap<>();
        if (!adminIds.isEmpty()) {
            for (Document admin : mongo.getCollection(Admin.COLLECTION).find(Filters.in("_id", adminIds))
                    .projection(Projections.include(Admin.EMAIL))) {
                ObjectId adminId = admin.getObjectId("_id");
                admins.put(adminId, new OrderViews.AdminRef(adminId.toHexString(), admin.getString(Admin.EMAIL)));
            }
        }
        OrderMapper.Lookups lookups = new OrderMapper.Lookups(productRefs.of(productIds), admins);
        List<String> allowedNext = OrderStatus.lenient(order.getStatus())
                .map(s -> s.allowedNext().stream().map(OrderStatus::stored).toList()).orElse(List.of());
        return mapper.toDetail(order, customer(order.getUserId()), allowedNext, lookups);
    }

    /** A18: moves an order along the state machine, recording who did it and why. */
    OrderViews.Detail changeStatus(ObjectId id, StatusChangeRequest request, AdminPrincipal admin) {
        OrderStatus target = OrderStatus.ofStored(request.status()).orElseThrow(() -> ApiException
                .invalidField("/status", "must be one of " + OrderQuery.storedValues()));
        Document raw = updates.current(Order.COLLECTION, id);
        if (raw == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        Object rawStatus = raw.get(Order.STATUS);
        OrderStatus current = rawStatus instanceof String s ? OrderStatus.lenient(s).orElse(null) : null;
        if (current == null || !current.canMoveTo(target)) {
            throw refused(current, rawStatus, target);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String notes = request.notes() == null || request.notes().isBlank()
                ? "Status updated to " + target.stored()
                : request.notes().trim();
        Document change = new Document(StatusChange.STATUS, target.stored())
                .append(StatusChange.TIMESTAMP, Date.from(now)).append(StatusChange.UPDATED_BY, admin.id())
                .append(StatusChange.ACTOR, "admin").append(StatusChange.NOTES, notes);
        Document update = new Document("$set",
                new Document(Order.STATUS, target.stored()).append(Order.UPDATED_AT, Date.from(now)))
                .append("$push", new Document(Order.STATUS_HISTORY, change));
        UpdateResult result = updates.updateOne(Order.COLLECTION,
                and(eq(Order._ID, id), eq(Order.STATUS, rawStatus)), update, raw);
        if (result.getMatchedCount() == 0) {
            throw ApiException.conflict("The order was changed by someone else. Reload it and try again.");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put(Order.STATUS, target.stored());
        after.put(StatusChange.NOTES, notes);
        if (target == OrderStatus.CANCELLED) {
            Order order = updates.read(Order.class, raw);
            legacyLines.fill(List.of(order));
            boolean released = stock.release(id, new ArrayList<>(order.getProducts()));
            after.put(Order.STOCK_RELEASED, released || Boolean.TRUE.equals(raw.get(Order.STOCK_RELEASED)));
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put(Order.STATUS, current.stored());
        before.put(StatusChange.NOTES, null);
        if (after.containsKey(Order.STOCK_RELEASED)) {
            before.put(Order.STOCK_RELEASED, Boolean.TRUE.equals(raw.get(Order.STOCK_RELEASED)));
        }
        audit.record("order.status", TARGET, id, before, after);
        return detail(id);
    }

    private static ApiException refused(OrderStatus current, Object rawStatus, OrderStatus target) {
        List<String> allowed = current == null
                ? List.of()
                : current.allowedNext().stream().map(OrderStatus::stored).toList();
        String from = current == null ? String.valueOf(rawStatus) : current.stored();
        String detail = allowed.isEmpty()
                ? "An order in status " + from + " cannot change status any more"
                : "An order in status " + from + " cannot move to " + target.stored() + "; allowed next: "
                        + String.join(", ", allowed);
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("currentStatus", from);
        members.put("allowedNext", allowed);
        return ApiException.conflict(detail, members);
    }

    private OrderViews.CustomerRef customer(ObjectId userId) {
        if (userId == null) {
            return null;
        }
        User user = mongo.findById(userId, User.class);
        return user == null
                ? null
                : new OrderViews.CustomerRef(user.getId().toHexString(), user.getFullName(), user.getEmail(),
                        user.getPhone());
    }
}
