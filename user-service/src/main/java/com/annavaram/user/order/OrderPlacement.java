package com.annavaram.user.order;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import com.annavaram.model.bson.Money;
import com.annavaram.model.cart.Cart;
import com.annavaram.model.cart.CartStatus;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderIds;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.payment.PaymentStatus;
import com.annavaram.user.account.UserRepository;
import com.annavaram.user.cart.CartEntity;
import com.annavaram.user.cart.CartItemEntity;
import com.annavaram.user.cart.CartItemRepository;
import com.annavaram.user.cart.CartRepository;
import com.annavaram.user.cart.PurchaseLimits;
import com.annavaram.user.config.AliasedUpdates;
import com.annavaram.user.error.ApiException;
import com.annavaram.user.error.DatabaseErrors;
import com.annavaram.user.payment.PaymentEntity;
import com.annavaram.user.payment.PaymentGateway;
import com.annavaram.user.payment.PaymentGateways;
import com.annavaram.user.payment.PaymentRepository;

/**
 * Places an order from the customer's cart (S28). The cart is claimed first (active → converted, a conditional update
 * only one request wins), so a double click cannot order it twice; stock is taken line by line with conditional atomic
 * updates and given back if a later line is short or anything after fails; the order is written complete (DESIGN.md
 * invariant 4); the payment is started with the active gateway. An {@code Idempotency-Key} makes a retried placement
 * answer the first order, even while the first is still running. Every unit taken carries a hold until the order is
 * written, so a placement that dies half-way is repaired by {@link StockHoldSweeper}.
 */
@Singleton
class OrderPlacement {

    static final String EMPTY_CART = "Your cart is empty";
    static final String IN_PROGRESS = "This order is already being placed. Please check your orders in a moment.";
    static final String GATEWAY_DOWN = "The payment could not be started. Please try again.";
    static final String BAD_KEY = "Idempotency-Key must be 1 to 100 letters, digits or . _ : -";
    /** On a cart claimed by a placement with an Idempotency-Key: that key (the customer-scoped one). */
    static final String CHECKOUT_KEY = Cart.CHECKOUT_KEY;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final int ORDER_ID_ATTEMPTS = 5;
    private static final int WAIT_STEPS = 50;
    private static final long WAIT_STEP_MILLIS = 100;
    private static final Logger LOG = Logger.getLogger(OrderPlacement.class);

    private final CartRepository carts;
    private final CartItemRepository cartItems;
    private final OrderDrafts drafts;
    private final StockLedger stock;
    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final PaymentGateways gateways;
    private final OrderCancellation cancellation;
    private final OrderResponses responses;
    private final AliasedUpdates updates;
    private final OrderIds orderIds = new OrderIds();

    OrderPlacement(CartRepository carts, CartItemRepository cartItems, OrderDrafts drafts, StockLedger stock,
            OrderRepository orders, PaymentRepository payments, PaymentGateways gateways,
            OrderCancellation cancellation, OrderResponses responses, AliasedUpdates updates) {
        this.carts = carts;
        this.cartItems = cartItems;
        this.drafts = drafts;
        this.stock = stock;
        this.orders = orders;
        this.payments = payments;
        this.gateways = gateways;
        this.cancellation = cancellation;
        this.responses = responses;
        this.updates = updates;
    }

    /** A line whose units were taken, with the hold the take wrote on its product. */
    private record Taken(OrderLine line, Document hold) {
    }

    PlacedOrder place(ObjectId user, PlaceOrderRequest request, String idempotencyKey) {
        String key = scopedKey(user, idempotencyKey);
        if (key != null) {
            Optional<OrderEntity> first = orders.byIdempotencyKey(key);
            if (first.isPresent()) {
                return responses.placed(first.get());
            }
        }
        CartEntity cart = carts.active(user).orElse(null);
        List<CartItemEntity> lines = cart == null ? List.of() : cartItems.ofCart(cart.getId());
        if (lines.isEmpty()) {
            // A retry with the key of a placement that already claimed the cart answers that placement's order.
            if (key != null && claimedWith(user, key)) {
                return awaitFirst(key);
            }
            throw ApiException.badRequest(EMPTY_CART);
        }
        if (!claim(cart.getId(), key)) {
            return awaitFirst(key);
        }
        try {
            return placeFrom(user, cart, lines, request, key);
        } catch (RuntimeException e) {
            // With the database gone, waiting out another timeout helps no one: StockHoldSweeper hands the cart back.
            if (!DatabaseErrors.unreachable(e)) {
                setCartStatus(cart.getId(), CartStatus.CONVERTED, CartStatus.ACTIVE);
            }
            throw e;
        }
    }

    private PlacedOrder placeFrom(ObjectId user, CartEntity cart, List<CartItemEntity> cartLines,
            PlaceOrderRequest request, String key) {
        List<OrderLine> lines = drafts.lines(user, cartLines);
        PaymentGateway gateway = gateways.active();
        OrderEntity order = drafts.order(user, cart, lines, request, key, gateway);
        List<Taken> taken = new ArrayList<>();
        Optional<OrderEntity> first;
        try {
            for (OrderLine line : lines) {
                Document hold = stock.takeHeld(line.getProductId(), line.getQuantity(), order.getId());
                if (hold == null) {
                    throw ApiException.conflict(PurchaseLimits.INSUFFICIENT_STOCK + ": " + line.getProductName());
                }
                taken.add(new Taken(line, hold));
            }
            first = insert(order, key);
        } catch (RuntimeException e) {
            if (!DatabaseErrors.unreachable(e)) {
                resolveHolds(order.getId(), taken);
            }
            throw e;
        }
        if (first.isPresent()) {
            resolveHolds(order.getId(), taken);
            setCartStatus(cart.getId(), CartStatus.CONVERTED, CartStatus.ACTIVE);
            return responses.placed(first.get());
        }
        settleHolds(order, taken);
        PaymentEntity payment;
        try {
            payment = startPayment(order, gateway);
        } catch (PaymentGateway.GatewayException e) {
            LOG.warnf("order %s cancelled: %s", order.getOrderId(), e.getMessage());
            cancellation.cancel(order.getId(), Set.of(gateway.initialStatus()), "system", "Payment could not start");
            throw new ApiException(502, GATEWAY_DOWN);
        } catch (RuntimeException e) {
            if (!DatabaseErrors.unreachable(e)) {
                cancellation.cancel(order.getId(), Set.of(gateway.initialStatus()), "system",
                        "Order could not complete");
            }
            throw e;
        }
        return responses.placed(order, payment);
    }

    /**
     * Gives back what a failed placement took, unless its order was written after all. When the database is gone
     * (the failure said so, or this fails too), the holds stay on the products and {@link StockHoldSweeper} resolves
     * them later, exactly once; a customer waiting on a dead database is answered at once.
     */
    private void resolveHolds(ObjectId orderId, List<Taken> taken) {
        if (taken.isEmpty()) {
            return;
        }
        try {
            boolean written = orders.findById(orderId) != null;
            taken.forEach(t -> stock.resolveHold(t.line().getProductId(), orderId, written));
        } catch (RuntimeException e) {
            LOG.warnf("stock holds of order %s left to the sweeper: %s", orderId, e.getMessage());
        }
    }

    /**
     * The order is written: its holds are settled. A hold the sweeper already gave back (a placement slower than
     * {@code ORDER_HOLD_TIMEOUT}) is taken again, so stock still matches the orders.
     */
    private void settleHolds(OrderEntity order, List<Taken> taken) {
        try {
            for (Taken t : taken) {
                OrderLine line = t.line();
                if (!stock.settle(line.getProductId(), t.hold()) && !stock.take(line.getProductId(),
                        line.getQuantity())) {
                    LOG.errorf("order %s: %d units of %s were given back by the hold sweeper and are sold out now",
                            order.getOrderId(), line.getQuantity(), line.getProductId());
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("stock holds of order %s left to the sweeper: %s", order.getOrderId(), e.getMessage());
        }
    }

    /**
     * Inserts the order under a fresh order number, retrying when the number is taken. Returns the first order when
     * the idempotency key turns out to be taken by a concurrent request.
     */
    private Optional<OrderEntity> insert(OrderEntity order, String key) {
        for (int attempt = 0; attempt < ORDER_ID_ATTEMPTS; attempt++) {
            order.setOrderId(orderIds.next());
            try {
                orders.persist(order);
                return Optional.empty();
            } catch (RuntimeException e) {
                if (!UserRepository.isDuplicateKey(e)) {
                    throw e;
                }
                if (key != null) {
                    Optional<OrderEntity> first = orders.byIdempotencyKey(key);
                    if (first.isPresent()) {
                        return first;
                    }
                }
            }
        }
        throw new IllegalStateException("no free order number after " + ORDER_ID_ATTEMPTS + " attempts");
    }

    /**
     * Starts the payment and records it; the order in hand gets what was written to the stored one, so the answer needs
     * no second read.
     */
    private PaymentEntity startPayment(OrderEntity order, PaymentGateway gateway) {
        PaymentGateway.Started started = gateway.start(order);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        if (started.gatewayOrderId() != null) {
            updates.updateOne(Order.COLLECTION, eq(Order._ID, order.getId()), new Document("$set",
                    new Document(Order.PAYMENT_INTENT_ID, started.gatewayOrderId()).append(Order.UPDATED_AT,
                            Date.from(now))),
                    null);
            order.setPaymentIntentId(started.gatewayOrderId());
            order.setUpdatedAt(now);
        }
        PaymentEntity payment = new PaymentEntity();
        payment.setOrder(order.getId());
        payment.setUser(order.getUserId());
        payment.setGateway(gateway.name());
        payment.setAmount(order.getTotalAmount());
        payment.setCurrency(Money.CURRENCY);
        payment.setStatus(PaymentStatus.INITIATED.stored());
        payment.setGatewayOrderId(started.gatewayOrderId());
        payments.persist(payment);
        return payment;
    }

    /** A concurrent placement claimed the cart: with a key, answer its order once it is there. */
    private PlacedOrder awaitFirst(String key) {
        if (key != null) {
            for (int step = 0; step < WAIT_STEPS; step++) {
                Optional<OrderEntity> first = orders.byIdempotencyKey(key);
                if (first.isPresent()) {
                    return responses.placed(first.get());
                }
                try {
                    Thread.sleep(WAIT_STEP_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw ApiException.conflict(IN_PROGRESS);
    }

    /**
     * Claims the cart for this placement (active → converted), noting when: a claimed cart that no order came from
     * after {@code ORDER_HOLD_TIMEOUT} was left by a placement that died, and {@link StockHoldSweeper} hands it back.
     */
    private boolean claim(ObjectId cart, String key) {
        Date now = Date.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        Document set = new Document(Cart.STATUS, CartStatus.CONVERTED.stored()).append(Cart.UPDATED_AT, now).append(
                StockHoldSweeper.CHECKOUT_AT, now);
        if (key != null) {
            set.append(CHECKOUT_KEY, key);
        }
        return carts.mongoCollection().updateOne(and(eq(Cart._ID, cart), eq(Cart.STATUS, CartStatus.ACTIVE
                .stored())), new Document("$set", set)).getModifiedCount() > 0;
    }

    private boolean claimedWith(ObjectId user, String key) {
        return carts.mongoCollection().countDocuments(and(eq(Cart.USER, user), eq(CHECKOUT_KEY, key))) > 0;
    }

    private boolean setCartStatus(ObjectId cart, CartStatus from, CartStatus to) {
        return carts.mongoCollection().updateOne(and(eq(Cart._ID, cart), eq(Cart.STATUS, from.stored())),
                new Document("$set", new Document(Cart.STATUS, to.stored()).append(Cart.UPDATED_AT,
                        Date.from(Instant.now().truncatedTo(ChronoUnit.MILLIS)))))
                .getModifiedCount() > 0;
    }

    /** The key is the customer's: the same key from another customer is another order. */
    private static String scopedKey(ObjectId user, String key) {
        if (key == null) {
            return null;
        }
        if (!KEY.matcher(key.trim()).matches()) {
            throw ApiException.badRequest(BAD_KEY);
        }
        return user.toHexString() + ":" + key.trim();
    }
}
