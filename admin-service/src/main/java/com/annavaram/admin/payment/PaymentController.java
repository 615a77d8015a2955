package com.annavaram.admin.payment;

import java.util.List;

import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.annavaram.admin.error.ApiException;
import com.annavaram.admin.web.ApiResponse;
import com.annavaram.admin.web.Ids;
import com.annavaram.admin.web.Paging;
import com.annavaram.model.payment.Payment;
import com.annavaram.model.payment.PaymentStatus;

/** Payments, read-only: {@code GET /api/payments} filtered by order and status, newest first. */
@RestController
@RequestMapping("/api/payments")
class PaymentController {

    static final int DEFAULT_LIMIT = 20;

    private final MongoTemplate mongo;
    private final PaymentMapper mapper;

    PaymentController(MongoTemplate mongo, PaymentMapper mapper) {
        this.mongo = mongo;
        this.mapper = mapper;
    }

    @GetMapping
    ApiResponse<List<PaymentResponse>> list(@RequestParam(required = false) String order,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer limit) {
        Paging paging = Paging.of(page, limit, DEFAULT_LIMIT);
        Criteria criteria = new Criteria();
        ObjectId orderId = Ids.query("order", order);
        if (orderId != null) {
            criteria.and(Payment.ORDER).is(orderId);
        }
        if (status != null && !status.isBlank()) {
            PaymentStatus wanted = PaymentStatus.lenient(status).orElseThrow(() -> ApiException.invalidParameter(
                    "status", "must be one of initiated, authorized, captured, failed, refunded"));
            criteria.and(Payment.STATUS).is(wanted.stored());
        }
        Query query = Query.query(criteria)
                .with(Sort.by(Sort.Direction.DESC, Payment.CREATED_AT).and(Sort.by(Sort.Direction.DESC, "_id")));
        long total = mongo.count(query, Payment.class);
        List<PaymentResponse> found = mongo.find(query.skip(paging.skip()).limit(paging.limit()), Payment.class)
                .stream().map(mapper::toResponse).toList();
        return ApiResponse.page(found, paging.describe(total));
    }

    @GetMapping("/{id}")
    ApiResponse<PaymentResponse> get(@PathVariable String id) {
        Payment payment = mongo.findById(Ids.path(id, "Payment"), Payment.class);
        if (payment == null) {
            throw ApiException.notFound("Payment not found");
        }
        return ApiResponse.ok(mapper.toResponse(payment));
    }
}
