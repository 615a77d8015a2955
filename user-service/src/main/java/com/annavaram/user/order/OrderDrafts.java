package com.annavaram.user.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Singleton;

import org.bson.types.ObjectId;

import com.annavaram.model.bson.Money;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.order.OrderStatus;
import com.annavaram.model.order.ShippingAddress;
import com.annavaram.model.order.StatusChange;
import com.annavaram.user.cart.CartEntity;
import com.annavaram.user.cart.CartItemEntity;
import com.annavaram.user.cart.PurchaseLimits;
import com.annavaram.user.catalog.ProductCatalog;
import com.annavaram.user.catalog.ProductEntity;
import com.annavaram.user.error.ApiException;
import com.annavaram.user.payment.PaymentConfig;
import com.annavaram.user.payment.PaymentGateway;

/**
 * A new order as DESIGN.md invariant 4 wants it, drafted from the cart: lines at today's prices for products on sale
 * within the customer's limits, both names of every pair, the first status history entry, the address as typed.
 */
@Singleton
class OrderDrafts {

    private final ProductCatalog catalog;
    private final PurchaseLimits limits;
    private final PaymentConfig config;

    OrderDrafts(ProductCatalog catalog, PurchaseLimits limits, PaymentConfig config) {
        this.catalog = catalog;
        this.limits = limits;
        this.config = config;
    }

    /** The order lines at today's prices, each product on sale and within the customer's limit. */
    List<OrderLine> lines(ObjectId user, List<CartItemEntity> cartLines) {
        Map<ObjectId, ProductEntity> products = catalog.byIds(cartLines.stream().map(CartItemEntity::getProduct)
                .toList());
        List<OrderLine> lines = new ArrayList<>();
        Map<ProductEntity, Integer> quantities = new LinkedHashMap<>();
        for (CartItemEntity item : cartLines) {
            ProductEntity product = products.get(item.getProduct());
            if (product == null || !ProductCatalog.isOnSale(product) || product.getPrice() == null) {
                throw ApiException.conflict(ProductCatalog.NOT_AVAILABLE
                        + (product == null ? "" : ": " + product.getName()));
            }
            int quantity = item.getQuantity() == null ? 0 : item.getQuantity();
            if (quantity < 1 || quantity > PurchaseLimits.MAX_LINE_QUANTITY) {
                throw ApiException.badRequest("The quantity of " + product.getName() + " must be from 1 to "
                        + PurchaseLimits.MAX_LINE_QUANTITY + ".");
            }
            quantities.merge(product, quantity, Integer::sum);
            OrderLine line = new OrderLine();
            line.setProductId(product.getId());
            line.setProduct(product.getId());
            line.setProductName(product.getName());
            line.setQuantity(quantity);
            line.setUnitPrice(Money.normalise(product.getPrice()));
            line.setSubtotal(Money.normalise(product.getPrice().multiply(BigDecimal.valueOf(quantity))));
            line.setImageUrl(product.getImageUrl());
            lines.add(line);
        }
        limits.checkLimits(user, quantities);
        return lines;
    }

    OrderEntity order(ObjectId user, CartEntity cart, List<OrderLine> lines, PlaceOrderRequest request,
            String key, PaymentGateway gateway) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        OrderStatus status = gateway.initialStatus();
        OrderEntity order = new OrderEntity();
        order.setId(new ObjectId());
        order.setUserId(user);
        order.setUser(user);
        order.setProducts(new ArrayList<>(lines));
        order.setItems(new ArrayList<>(lines));
        order.setTotalAmount(Money.normalise(lines.stream().map(OrderLine::getSubtotal).reduce(BigDecimal.ZERO,
                BigDecimal::add)));
        order.setCurrency(Money.CURRENCY);
        order.setStatus(status.stored());
        StatusChange placed = new StatusChange();
        placed.setStatus(status.stored());
        placed.setTimestamp(now);
        placed.setActor("customer");
        placed.setNotes("Order placed");
        order.setStatusHistory(new ArrayList<>(List.of(placed)));
        order.setShippingAddress(address(request.shippingAddress()));
        order.setNotes(request.notes() == null || request.notes().isBlank() ? null : request.notes().trim());
        order.setCart(cart.getId());
        order.setGateway(gateway.name());
        order.setIdempotencyKey(key);
        order.setStockReleased(false);
        if (status == OrderStatus.PENDING_PAYMENT) {
            order.setExpiresAt(now.plus(config.paymentTimeout()));
        }
        order.setCreatedAt(now);
        return order;
    }

    private static ShippingAddress address(PlaceOrderRequest.Address request) {
        ShippingAddress address = new ShippingAddress();
        address.setName(request.name().trim());
        address.setPhone(trim(request.phone()));
        address.setLine1(request.line1().trim());
        address.setLine2(trim(request.line2()));
        address.setCity(request.city().trim());
        address.setState(request.state().trim());
        address.setPostalCode(request.postalCode().trim());
        String country = trim(request.country());
        address.setCountry(country == null
                ? "IN"
                : country.length() <= 3 ? country.toUpperCase(Locale.ROOT) : country);
        return address;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
