package com.annavaram.migration.remap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.migration.RunContext;
import com.annavaram.migration.Values;
import com.annavaram.model.CollectionNames;
import com.annavaram.model.order.Order;
import com.annavaram.model.order.OrderIds;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

/**
 * Order numbers for legacy orders that have none, in the format of {@link OrderIds} ({@code ORD-20251031-7K3QX2},
 * the day the order was placed). The six characters derive from the order's {@code _id} rather than a random source,
 * so a plan predicts exactly the number a run writes and a resumed run writes the same one; a clash with an existing
 * number moves to the next derivation.
 */
final class OrderIdAllocator {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final Set<String> taken = new HashSet<>();
    private final Set<Object> duplicates = new HashSet<>();

    /** Reads every existing order number; the second holder of a number gets a new one. */
    static OrderIdAllocator load(RunContext context) {
        OrderIdAllocator allocator = new OrderIdAllocator();
        for (Document order : context.db().getCollection(CollectionNames.ORDERS).find()
                .projection(Projections.include(Order.ORDER_ID)).sort(Sorts.ascending("_id"))
                .batchSize(context.batchSize())) {
            String orderId = Values.text(order, Order.ORDER_ID).orElse(null);
            if (orderId != null && !allocator.taken.add(orderId)) {
                allocator.duplicates.add(order.get("_id"));
            }
        }
        return allocator;
    }

    /** Whether the order keeps the number it has (present, text and not another order's). */
    boolean keeps(Object id, Document order) {
        return Values.text(order, Order.ORDER_ID).isPresent() && !duplicates.contains(id);
    }

    boolean isDuplicate(Object id) {
        return duplicates.contains(id);
    }

    String allocate(ObjectId id, LocalDate day) {
        String prefix = "ORD-" + DateTimeFormatter.BASIC_ISO_DATE.format(day) + "-";
        for (int attempt = 0;; attempt++) {
            String candidate = prefix + code(id.toHexString() + "#" + attempt);
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }

    private static String code(String seed) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long bits = ((hash[0] & 0xffL) << 32) | ((hash[1] & 0xffL) << 24) | ((hash[2] & 0xffL) << 16)
                | ((hash[3] & 0xffL) << 8) | (hash[4] & 0xffL);
        StringBuilder code = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            code.append(ALPHABET[(int) (bits & 31)]);
            bits >>>= 5;
        }
        return code.toString();
    }
}
