package com.annavaram.migration.remap;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.migration.BulkWriter;
import com.annavaram.migration.RunContext;
import com.annavaram.migration.Streams;
import com.annavaram.migration.Values;
import com.annavaram.migration.report.Report;
import com.annavaram.migration.report.Sections;
import com.annavaram.model.CollectionNames;
import com.annavaram.model.cart.Cart;
import com.annavaram.model.cart.CartItem;
import com.annavaram.model.cart.WishlistEntry;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;

/**
 * Carts, cart lines and wishlists: product references remapped, entries that point at nothing (a missing user, cart
 * or product) removed, duplicate cart lines merged (quantities added) and duplicate wishlist entries folded.
 */
final class CartRemap {

    private final RunContext context;
    private final Report report;
    private final IdMap ids;
    private final Set<ObjectId> users;
    private final Set<ObjectId> carts = new HashSet<>();

    CartRemap(RunContext context, IdMap ids, Set<ObjectId> users) {
        this.context = context;
        this.report = context.report();
        this.ids = ids;
        this.users = users;
    }

    void run() {
        carts();
        cartItems();
        wishlists();
    }

    private void carts() {
        String collection = CollectionNames.CARTS;
        try (BulkWriter writer = new BulkWriter(context, collection)) {
            Streams.scan(context, collection, cart -> {
                Object id = cart.get("_id");
                ObjectId user = Values.id(cart.get(Cart.USER));
                if (user == null || !users.contains(user)) {
                    remove(writer, collection, id, "cart of missing user " + Values.printable(cart.get(Cart.USER)));
                    return;
                }
                if (id instanceof ObjectId cartId) {
                    carts.add(cartId);
                }
                Document out = new Document(cart);
                out.put(Cart.USER, user);
                if (cart.get("items") instanceof List<?> items) {
                    out.put("items", items.stream().map(i -> remapLine(collection, id, i)).toList());
                }
                if (!out.equals(cart)) {
                    writer.add(new ReplaceOneModel<>(Filters.eq("_id", id), out));
                }
            });
        }
    }

    private Object remapLine(String collection, Object id, Object line) {
        if (!(line instanceof Document d)) {
            return line;
        }
        Document out = new Document(d);
        for (String field : List.of("productId", "product")) {
            ObjectId product = Values.id(d.get(field));
            if (product != null && ids.remaps(product)) {
                out.put(field, ids.remap(product));
                RemapStep.rewritten(report, collection, id, "items." + field, product, ids.remap(product));
            }
        }
        return out;
    }

    private void cartItems() {
        String collection = CollectionNames.CART_ITEMS;
        Folds folds = new Folds(Folds.FIRST);
        long[] seq = {0};
        try (BulkWriter writer = new BulkWriter(context, collection)) {
            Streams.scan(context, collection, item -> {
                Object id = item.get("_id");
                ObjectId cart = Values.id(item.get(CartItem.CART));
                ObjectId product = remapped(collection, id, CartItem.PRODUCT, item);
                if (cart == null || !carts.contains(cart) || product == null || !ids.isProduct(product)) {
                    remove(writer, collection, id, cart == null || !carts.contains(cart)
                            ? "line of missing cart " + Values.printable(item.get(CartItem.CART))
                            : "line of missing product " + Values.printable(item.get(CartItem.PRODUCT)));
                    return;
                }
                Document out = new Document(item);
                out.put(CartItem.CART, cart);
                out.put(CartItem.PRODUCT, product);
                Integer quantity = Values.integer(item.get(CartItem.QUANTITY));
                if (quantity == null || quantity < 1) {
                    report.repair(collection, id, CartItem.QUANTITY, item.get(CartItem.QUANTITY), 1);
                    quantity = 1;
                }
                out.put(CartItem.QUANTITY, quantity);
                if (!out.equals(item)) {
                    writer.add(new ReplaceOneModel<>(Filters.eq("_id", id), out));
                }
                folds.add(List.of(cart, product), new Folds.Member(id, 0, 0, seq[0]++, quantity));
            });
            for (Folds.Group group : folds.folded()) {
                report.add(Sections.CART_ITEMS_TO_FOLD, Folds.describe(group,
                        "merged into the first line, quantity " + group.quantity()));
                writer.add(new UpdateOneModel<>(Filters.eq("_id", group.survivor().id()),
                        Updates.set(CartItem.QUANTITY, group.quantity())));
                group.folded().forEach(m -> writer.add(new DeleteOneModel<>(Filters.eq("_id", m.id()))));
            }
        }
    }

    private void wishlists() {
        String collection = CollectionNames.WISHLISTS;
        Folds folds = new Folds(Folds.FIRST);
        long[] seq = {0};
        try (BulkWriter writer = new BulkWriter(context, collection)) {
            Streams.scan(context, collection, entry -> {
                Object id = entry.get("_id");
                ObjectId user = Values.id(entry.get(WishlistEntry.USER));
                ObjectId product = remapped(collection, id, WishlistEntry.PRODUCT, entry);
                if (user == null || !users.contains(user) || product == null || !ids.isProduct(product)) {
                    remove(writer, collection, id, user == null || !users.contains(user)
                            ? "entry of missing user " + Values.printable(entry.get(WishlistEntry.USER))
                            : "entry of missing product " + Values.printable(entry.get(WishlistEntry.PRODUCT)));
                    return;
                }
                Document out = new Document(entry);
                out.put(WishlistEntry.USER, user);
                out.put(WishlistEntry.PRODUCT, product);
                if (!out.equals(entry)) {
                    writer.add(new ReplaceOneModel<>(Filters.eq("_id", id), out));
                }
                folds.add(List.of(user, product), new Folds.Member(id, 0, 0, seq[0]++, 1));
            });
            for (Folds.Group group : folds.folded()) {
                report.add(Sections.WISHLIST_ENTRIES_TO_FOLD, Folds.describe(group, "kept the first entry"));
                group.folded().forEach(m -> writer.add(new DeleteOneModel<>(Filters.eq("_id", m.id()))));
            }
        }
    }

    private ObjectId remapped(String collection, Object id, String field, Document doc) {
        ObjectId product = Values.id(doc.get(field));
        if (product != null && ids.remaps(product)) {
            RemapStep.rewritten(report, collection, id, field, product, ids.remap(product));
            return ids.remap(product);
        }
        return product;
    }

    private void remove(BulkWriter writer, String collection, Object id, String reason) {
        report.add(Sections.DANGLING_TO_REMOVE, new Document("collection", collection)
                .append("id", Values.printable(id)).append("reason", reason));
        writer.add(new DeleteOneModel<>(Filters.eq("_id", id)));
    }
}
