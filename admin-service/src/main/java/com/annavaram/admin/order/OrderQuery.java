package com.annavaram.admin.order;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.annavaram.admin.error.ApiException;
import com.annavaram.admin.web.Paging;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderStatus;

/**
 * The filters of A15. Every order is listed by default, storefront ones included, newest first. A status matches the
 * legacy words that read as it ({@code payment_confirmed} also finds {@code paid}). Dates are calendar days in India
 * (Asia/Kolkata), the shop's time zone, and {@code endDate} includes its whole day.
 */
record OrderQuery(OrderStatus status, LocalDate startDate, LocalDate endDate, String search, ObjectId userId,
        String sortBy, String sortOrder, Paging paging) {

    static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Kolkata");
    /** Legacy status words still stored on unmigrated orders; {@link OrderStatus#lenient} says what each reads as. */
    static final List<String> LEGACY_WORDS = List.of("pending", "paid", "processing", "shipped");
    static final Map<String, String> SORTS = Map.of("createdAt", Order.CREATED_AT, "updatedAt", Order.UPDATED_AT,
            "totalAmount", Order.TOTAL_AMOUNT, "orderId", Order.ORDER_ID);

    static OrderQuery of(String status, String startDate, String endDate, String search, ObjectId userId,
            String sortBy, String sortOrder, Paging paging) {
        OrderStatus wanted = status == null || status.isBlank()
                ? null
                : OrderStatus.ofStored(status.trim()).orElseThrow(() -> ApiException.invalidParameter("status",
                        "must be one of " + storedValues()));
        LocalDate start = date("startDate", startDate);
        LocalDate end = date("endDate", endDate);
        if (start != null && end != null && end.isBefore(start)) {
            throw ApiException.invalidParameter("endDate", "must not be before startDate");
        }
        return new OrderQuery(wanted, start, end, search, userId, sortBy, sortOrder, paging);
    }

    Criteria criteria() {
        Criteria criteria = new Criteria();
        if (status != null) {
            criteria.and(Order.STATUS).in(storedAs(status));
        }
        if (startDate != null || endDate != null) {
            Criteria created = criteria.and(Order.CREATED_AT);
            if (startDate != null) {
                created.gte(Date.from(startDate.atStartOfDay(SHOP_ZONE).toInstant()));
            }
            if (endDate != null) {
                created.lt(Date.from(endDate.plusDays(1).atStartOfDay(SHOP_ZONE).toInstant()));
            }
        }
        if (search != null && !search.isBlank()) {
            criteria.and(Order.ORDER_ID)
                    .regex(Pattern.compile(Pattern.quote(search.trim()), Pattern.CASE_INSENSITIVE));
        }
        if (userId != null) {
            criteria.orOperator(Criteria.where(Order.USER_ID).is(userId), Criteria.where(Order.USER).is(userId));
        }
        return criteria;
    }

    Query toQuery() {
        return Query.query(criteria()).with(sort()).skip(paging.skip()).limit(paging.limit());
    }

    private Sort sort() {
        String key = sortBy == null || sortBy.isBlank() ? "createdAt" : sortBy;
        String field = SORTS.get(key);
        if (field == null) {
            throw ApiException.invalidParameter("sortBy", "must be one of " + String.join(", ", SORTS.keySet()));
        }
        Sort.Direction direction = Sort.Direction.DESC;
        if (sortOrder != null && !sortOrder.isBlank()) {
            direction = switch (sortOrder.toLowerCase(Locale.ROOT)) {
                case "asc" -> Sort.Direction.ASC;
                case "desc" -> Sort.Direction.DESC;
                default -> throw ApiException.invalidParameter("sortOrder", "must be asc or desc");
            };
        }
        return Sort.by(direction, field).and(Sort.by(Sort.Direction.DESC, Order._ID));
    }

    /** The stored values that read as {@code status}: its own and the legacy words mapped to it. */
    static List<String> storedAs(OrderStatus status) {
        List<String> values = new ArrayList<>(List.of(status.stored()));
        for (String legacy : LEGACY_WORDS) {
            if (OrderStatus.lenient(legacy).orElse(null) == status) {
                values.add(legacy);
            }
        }
        return values;
    }

    static String storedValues() {
        return String.join(", ", Arrays.stream(OrderStatus.values()).map(OrderStatus::stored).toList());
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidParameter(name, "must be a date as YYYY-MM-DD");
        }
    }
}
