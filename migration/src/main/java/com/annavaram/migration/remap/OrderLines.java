package com.annavaram.migration.remap;

import java.math.BigDecimal;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.migration.Values;
import com.annavaram.migration.report.Report;
import com.annavaram.migration.report.Sections;
import com.annavaram.model.CollectionNames;
import com.annavaram.model.bson.Money;
import com.annavaram.model.order.OrderLine;

/**
 * Order lines in the stored shape: {@code productId} = {@code product} (remapped), name, quantity, unit price and a
 * subtotal recomputed as unit price × quantity (the legacy storefront rounded it to whole rupees).
 */
final class OrderLines {

    private static final String COLLECTION = CollectionNames.ORDERS;
    private static final Set<String> LEGACY_ONLY = Set.of("order", "createdAt", "updatedAt");

    private final Report report;
    private final IdMap ids;

    OrderLines(Report report, IdMap ids) {
        this.report = report;
        this.ids = ids;
    }

    /** A line that was embedded in the order already. */
    Document embedded(ObjectId orderId, int index, Object raw) {
        if (!(raw instanceof Document line)) {
            report.problem(COLLECTION, orderId, "products." + index, "order line is not a document: " + raw);
            return new Document();
        }
        ObjectId product = Values.id(line.get(OrderLine.PRODUCT_ID)) != null
                ? Values.id(line.get(OrderLine.PRODUCT_ID))
                : Values.id(line.get(OrderLine.PRODUCT));
        if (product != null && ids.remaps(product)) {
            RemapStep.rewritten(report, COLLECTION, orderId, "products." + index + ".productId", product,
                    ids.remap(product));
        }
        return build(orderId, index, line, product);
    }

    /** A line of {@code order_items}, embedded now. */
    Document legacy(ObjectId orderId, int index, Document item) {
        return build(orderId, index, item, Values.id(item.get("product")));
    }

    private Document build(ObjectId orderId, int index, Document source, ObjectId rawProduct) {
        String field = "products." + index;
        Document out = new Document();
        ObjectId product = ids.remap(rawProduct);
        if (product == null) {
            report.problem(COLLECTION, orderId, field + ".productId", "order line has no product id");
        } else if (!ids.isProduct(product)) {
            report.problem(COLLECTION, orderId, field + ".productId", "references missing product "
                    + product.toHexString());
        }
        out.append(OrderLine.PRODUCT_ID, product).append(OrderLine.PRODUCT, product);
        String name = Values.text(source, OrderLine.PRODUCT_NAME).orElse(null);
        if (name == null) {
            report.problem(COLLECTION, orderId, field + ".productName", "order line has no product name");
        }
        out.append(OrderLine.PRODUCT_NAME, name);
        Integer quantity = Values.integer(source.get(OrderLine.QUANTITY));
        if (quantity == null || quantity < 1) {
            report.problem(COLLECTION, orderId, field + ".quantity", "quantity is not a whole number of at least 1: "
                    + Values.printable(source.get(OrderLine.QUANTITY)));
        }
        out.append(OrderLine.QUANTITY, quantity);
        BigDecimal unitPrice = Values.money(source.get(OrderLine.UNIT_PRICE));
        if (unitPrice == null || unitPrice.signum() < 0) {
            report.problem(COLLECTION, orderId, field + ".unitPrice", "unit price is not a non-negative amount: "
                    + Values.printable(source.get(OrderLine.UNIT_PRICE)));
        }
        if (unitPrice != null && quantity != null) {
            BigDecimal subtotal = Money.normalise(unitPrice.multiply(BigDecimal.valueOf(quantity)));
            BigDecimal stored = Values.money(source.get(OrderLine.SUBTOTAL));
            if (stored == null || stored.compareTo(subtotal) != 0) {
                report.add(Sections.SUBTOTAL_DIFFERENCES, new Document("orderId", orderId.toHexString())
                        .append("line", index).append("productId", Values.printable(product))
                        .append("stored", stored == null ? null : stored.toPlainString())
                        .append("recomputed", subtotal.toPlainString()));
            }
            out.append(OrderLine.UNIT_PRICE, Money.toDecimal128(unitPrice)).append(OrderLine.SUBTOTAL,
                    Money.toDecimal128(subtotal));
        }
        source.forEach((key, value) -> {
            if (!out.containsKey(key) && !LEGACY_ONLY.contains(key)) {
                out.append(key, value);
            }
        });
        return out;
    }
}
