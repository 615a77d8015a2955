package com.annavaram.migration.verify;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

import com.annavaram.migration.Values;
import com.annavaram.model.bson.Money;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderLine;
import com.annavaram.model.order.OrderStatus;

/** Whether an order is complete for both services (DESIGN.md invariant 4), with unique order numbers. */
final class OrderChecks {

    private final Check check;
    private final Set<String> orderIds = new HashSet<>();

    OrderChecks(Check check) {
        this.check = check;
    }

    void check(Document o) {
        String id = "orders _id=" + Values.printable(o.get("_id"));
        Object orderId = o.get(Order.ORDER_ID);
        if (!(orderId instanceof String s) || s.isBlank()) {
            check.fail(id + " has no orderId");
        } else if (!orderIds.add(s)) {
            check.fail(id + " repeats orderId " + s);
        }
        require(id, o.get(Order.USER_ID) instanceof ObjectId && o.get(Order.USER_ID).equals(o.get(Order.USER)),
                "userId/user missing or unequal");
        List<?> lines = Values.list(o, Order.PRODUCTS);
        require(id, !lines.isEmpty(), "has no lines");
        require(id, lines.equals(o.get(Order.ITEMS)), "items differ from products");
        for (Object raw : lines) {
            if (!(raw instanceof Document line)) {
                check.fail(id + " has a line that is not a document");
                continue;
            }
            require(id, line.get(OrderLine.PRODUCT_ID) instanceof ObjectId && line.get(OrderLine.PRODUCT_ID)
                    .equals(line.get(OrderLine.PRODUCT)), "line productId/product missing or unequal");
            require(id, line.get(OrderLine.PRODUCT_NAME) instanceof String, "line has no productName");
            boolean quantity = line.get(OrderLine.QUANTITY) instanceof Integer q && q >= 1;
            require(id, quantity, "line quantity is not a whole number >= 1");
            boolean amounts = line.get(OrderLine.UNIT_PRICE) instanceof Decimal128
                    && line.get(OrderLine.SUBTOTAL) instanceof Decimal128;
            require(id, amounts, "line unitPrice/subtotal are not Decimal128");
            if (quantity && amounts) {
                BigDecimal expected = Money.normalise(((Decimal128) line.get(OrderLine.UNIT_PRICE)).bigDecimalValue()
                        .multiply(BigDecimal.valueOf((Integer) line.get(OrderLine.QUANTITY))));
                require(id, expected.compareTo(((Decimal128) line.get(OrderLine.SUBTOTAL)).bigDecimalValue()) == 0,
                        "line subtotal is not unitPrice x quantity");
            }
        }
        require(id, o.get(Order.TOTAL_AMOUNT) instanceof Decimal128, "totalAmount is not Decimal128");
        require(id, Money.CURRENCY.equals(o.get(Order.CURRENCY)), "currency is not INR");
        Object status = o.get(Order.STATUS);
        require(id, status instanceof String s && OrderStatus.ofStored(s).isPresent(),
                "status " + status + " is not in the stored vocabulary");
        require(id, !Values.list(o, Order.STATUS_HISTORY).isEmpty(), "has no statusHistory");
        require(id, o.get(Order.SHIPPING_ADDRESS) instanceof Document, "has no shippingAddress");
        if (OrderStatus.CANCELLED.stored().equals(status)) {
            require(id, Boolean.TRUE.equals(o.get(Order.STOCK_RELEASED)), "cancelled without stockReleased");
        }
    }

    private void require(String id, boolean holds, String message) {
        if (!holds) {
            check.fail(id + " " + message);
        }
    }
}
