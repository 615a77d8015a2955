package com.annavaram.admin.customer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.regex.Pattern;

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
import com.annavaram.admin.order.OrderService;
import com.annavaram.admin.web.ApiResponse;
import com.annavaram.admin.web.Ids;
import com.annavaram.admin.web.Paging;
import com.annavaram.model.customer.User;
import com.annavaram.model.order.Order;

/** Customers, read-only: {@code GET /api/users} (search by name or e-mail) and one customer with their orders. */
@RestController
@RequestMapping("/api/users")
class CustomerController {

    static final int DEFAULT_LIMIT = 20;
    static final int ORDERS_SHOWN = 100;

    private final MongoTemplate mongo;
    private final CustomerMapper mapper;
    private final OrderService orders;

    CustomerController(MongoTemplate mongo, CustomerMapper mapper, OrderService orders) {
        this.mongo = mongo;
        this.mapper = mapper;
        this.orders = orders;
    }

    @GetMapping
    ApiResponse<List<CustomerViews.Customer>> list(@RequestParam(required = false) String search,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
        Paging paging = Paging.of(page, limit, DEFAULT_LIMIT);
        Criteria criteria = new Criteria();
        if (search != null && !search.isBlank()) {
            Pattern text = Pattern.compile(Pattern.quote(search.trim()), Pattern.CASE_INSENSITIVE);
            criteria.orOperator(where(User.FULL_NAME).regex(text), where(User.EMAIL).regex(text));
        }
        Query query = Query.query(criteria)
                .with(Sort.by(Sort.Direction.DESC, User.CREATED_AT).and(Sort.by(Sort.Direction.DESC, "_id")));
        long total = mongo.count(query, User.class);
        List<CustomerViews.Customer> found = mongo.find(query.skip(paging.skip()).limit(paging.limit()), User.class)
                .stream().map(mapper::toCustomer).toList();
        return ApiResponse.page(found, paging.describe(total));
    }

    @GetMapping("/{id}")
    ApiResponse<CustomerViews.Detail> get(@PathVariable String id) {
        User user = mongo.findById(Ids.path(id, "Customer"), User.class);
        if (user == null) {
            throw ApiException.notFound("Customer not found");
        }
        long orderCount = mongo.count(Query.query(new Criteria().orOperator(where(Order.USER_ID).is(user.getId()),
                where(Order.USER).is(user.getId()))), Order.class);
        return ApiResponse.ok(CustomerViews.Detail.of(mapper.toCustomer(user), orderCount,
                orders.rowsOf(user.getId(), ORDERS_SHOWN)));
    }
}
