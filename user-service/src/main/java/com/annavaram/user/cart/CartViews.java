package com.annavaram.user.cart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import org.bson.types.ObjectId;

import com.annavaram.model.bson.Money;
import com.annavaram.model.cart.CartItem;
import com.annavaram.user.catalog.ProductCatalog;
import com.annavaram.user.catalog.ProductEntity;
import com.annavaram.user.catalog.ProductView;

/** The cart body (S22): lines at current prices with their product snapshot, warnings and the totals. */
@Singleton
class CartViews {

    private final CartItemRepository items;
    private final ProductCatalog catalog;

    CartViews(CartItemRepository items, ProductCatalog catalog) {
        this.items = items;
        this.catalog = catalog;
    }

    /** The body of {@code cart}: its lines whose product still exists, with current prices and stock. */
    CartView of(CartEntity cart) {
        List<CartItemEntity> lines = items.ofCart(cart.getId());
        Map<ObjectId, ProductEntity> products = catalog.byIds(lines.stream().map(CartItem::getProduct).toList());
        Map<String, ProductView> views = catalog.views(new ArrayList<>(products.values())).stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        List<CartView.Line> out = new ArrayList<>();
        int units = 0;
        BigDecimal amount = BigDecimal.ZERO;
        for (CartItemEntity line : lines) {
            ProductView product = line.getProduct() == null ? null : views.get(line.getProduct().toHexString());
            if (product == null || product.price() == null) {
                continue;
            }
            int quantity = line.getQuantity() == null ? 0 : line.getQuantity();
            BigDecimal price = Money.normalise(product.price());
            BigDecimal subtotal = Money.normalise(price.multiply(BigDecimal.valueOf(quantity)));
            BigDecimal added = Money.normalise(line.getPriceAtAddition());
            boolean priceChanged = added != null && added.compareTo(price) != 0;
            boolean stockShort = !product.isActive() || quantity > product.stock();
            out.add(new CartView.Line(line.getId().toHexString(), product.id(), product.name(), quantity, price,
                    subtotal, product.stock(), added, priceChanged, stockShort,
                    new CartView.Snapshot(product.images(), product.slug(), product.stock(), product.isActive(),
                            product.category(), product.name(), price)));
            units += quantity;
            amount = amount.add(subtotal);
        }
        return new CartView(cart.getId().toHexString(), cart.getStatus(), out,
                new CartView.Totals(units, Money.normalise(amount)));
    }

}
