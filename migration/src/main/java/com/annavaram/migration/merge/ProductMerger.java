package com.annavaram.migration.merge;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.migration.RunContext;
import com.annavaram.migration.Values;
import com.annavaram.migration.plan.NameKey;
import com.annavaram.migration.report.AliasFindings;
import com.annavaram.migration.report.Report;
import com.annavaram.model.CollectionNames;
import com.annavaram.model.bson.Money;
import com.annavaram.model.catalog.Product;

/**
 * Builds one product of the new {@code products}: an admin product with its storefront copies merged in (admin wins
 * price, stock, category, activity and purchase limits; the storefront fills description, images and slug), or a
 * storefront-only product completed. Every field the services need is present, alias pairs are equal, fields the
 * migration does not know are kept, {@code __v} is dropped.
 */
public final class ProductMerger {

    private static final Set<String> KNOWN = Set.of("_id", Product.NAME, Product.SLUG, Product.DESCRIPTION,
            Product.CATEGORY_ID, Product.CATEGORY, Product.PRICE, Product.CURRENCY, Product.STOCK,
            Product.TOTAL_STOCK, Product.MAX_UNITS_PER_USER, Product.IS_UNLIMITED_PURCHASE, Product.IMAGE_URL,
            Product.IMAGES, Product.IS_ACTIVE, Product.IS_DELETED, Product.AVERAGE_RATING, Product.REVIEW_COUNT,
            Product.CREATED_AT, Product.UPDATED_AT, "__v");

    private final Report report;
    private final CategoryResolver categories;
    private final ProductFields fields;

    public ProductMerger(RunContext context, CategoryResolver categories) {
        this.report = context.report();
        this.categories = categories;
        this.fields = new ProductFields(report);
    }

    /**
     * The merged product, or {@code null} when it cannot be built (the reason is a problem in the report).
     *
     * @param admin the admin product, or {@code null} for a storefront-only product
     * @param copies the storefront copies merged into it (for a storefront-only product: that product alone)
     */
    public Document build(Document admin, List<Document> copies, String slug) {
        Document primary = admin != null ? admin : copies.get(0);
        String collection = admin != null ? CollectionNames.ADMIN_PRODUCTS : CollectionNames.PRODUCTS;
        Document copy = admin != null && !copies.isEmpty() ? copies.get(0) : null;
        ObjectId id = primary.getObjectId("_id");
        FieldConflicts conflicts = new FieldConflicts(report, id, copy);
        Document out = new Document("_id", id);

        String name = Values.string(primary.get(Product.NAME));
        out.append(Product.NAME, name.trim());
        if (!name.equals(name.trim())) {
            report.repair(collection, id, Product.NAME, name, name.trim());
        }
        out.append(Product.SLUG, slug);
        if (!slug.equals(primary.get(Product.SLUG))) {
            report.repair(collection, id, Product.SLUG, primary.get(Product.SLUG), slug);
        }
        String description = Values.text(primary, Product.DESCRIPTION).orElse(null);
        String copyDescription = copy == null ? null : Values.text(copy, Product.DESCRIPTION).orElse(null);
        if (description == null && copyDescription != null) {
            conflicts.add(Product.DESCRIPTION, null, copyDescription, "filled from storefront");
            description = copyDescription;
        } else if (description != null && copyDescription != null && !description.equals(copyDescription)) {
            conflicts.add(Product.DESCRIPTION, description, copyDescription, "admin kept");
        }
        out.append(Product.DESCRIPTION, description == null ? "" : description);

        Document categorySource = primary;
        if (copy != null && primary.get(Product.CATEGORY_ID) == null
                && Values.isBlank(primary.get(Product.CATEGORY))) {
            categorySource = copy;
        }
        CategoryResolver.Resolution category = categories.resolve(collection, id,
                categorySource.get(Product.CATEGORY_ID), categorySource.get(Product.CATEGORY));
        if (category != null) {
            report.tally("categoryResolution", category.how(), 1);
            out.append(Product.CATEGORY_ID, category.id()).append(Product.CATEGORY, category.name());
            Object copyCategory = copy == null ? null : copy.get(Product.CATEGORY);
            if (!Values.isBlank(copyCategory)
                    && !NameKey.of(category.name()).equals(NameKey.of((String) copyCategory))) {
                conflicts.add(Product.CATEGORY, category.name(), copyCategory, "admin");
            }
        }

        BigDecimal price = Values.money(primary.get(Product.PRICE));
        if (price == null || price.signum() < 0) {
            report.problem(collection, id, Product.PRICE,
                    "price is missing or not a non-negative number: " + Values.printable(primary.get(Product.PRICE)));
        } else {
            if (!(primary.get(Product.PRICE) instanceof Number)) {
                report.repair(collection, id, Product.PRICE, primary.get(Product.PRICE), price);
            }
            out.append(Product.PRICE, Money.toDecimal128(price));
            BigDecimal copyPrice = copy == null ? null : Values.money(copy.get(Product.PRICE));
            if (copyPrice != null && copyPrice.compareTo(price) != 0) {
                conflicts.add(Product.PRICE, price, copyPrice, "admin");
            }
        }
        Object currency = primary.get(Product.CURRENCY);
        if (currency != null && !Money.CURRENCY.equalsIgnoreCase(String.valueOf(currency).trim())) {
            report.problem(collection, id, Product.CURRENCY, "currency " + currency + " is not " + Money.CURRENCY
                    + "; prices are read as rupees");
        } else if (!Money.CURRENCY.equals(currency)) {
            report.repair(collection, id, Product.CURRENCY, currency, Money.CURRENCY);
        }
        out.append(Product.CURRENCY, Money.CURRENCY);

        Integer stock = fields.stock(collection, id, primary);
        Integer copyStock = copy == null
                ? null
                : ProductFields.firstNonNull(Values.integer(copy.get(Product.STOCK)),
                        Values.integer(copy.get(Product.TOTAL_STOCK)));
        if (copyStock != null && stock != null && !copyStock.equals(stock)) {
            conflicts.add(Product.STOCK, stock, copyStock, "admin");
        }
        out.append(Product.STOCK, stock).append(Product.TOTAL_STOCK, stock);

        Integer maxUnits = Values.integer(primary.get(Product.MAX_UNITS_PER_USER));
        int units = maxUnits == null || maxUnits < 1 ? 1 : maxUnits;
        if (!Objects.equals(primary.get(Product.MAX_UNITS_PER_USER), units)) {
            report.repair(collection, id, Product.MAX_UNITS_PER_USER, primary.get(Product.MAX_UNITS_PER_USER), units);
        }
        Integer copyUnits = copy == null ? null : Values.integer(copy.get(Product.MAX_UNITS_PER_USER));
        if (copyUnits != null && copyUnits != units) {
            conflicts.add(Product.MAX_UNITS_PER_USER, units, copyUnits, "admin");
        }
        out.append(Product.MAX_UNITS_PER_USER, units);
        boolean unlimited = fields.flag(collection, id, primary, Product.IS_UNLIMITED_PURCHASE, false);
        Boolean copyUnlimited = copy == null ? null : Values.bool(copy.get(Product.IS_UNLIMITED_PURCHASE));
        if (copyUnlimited != null && copyUnlimited != unlimited) {
            conflicts.add(Product.IS_UNLIMITED_PURCHASE, unlimited, copyUnlimited, "admin");
        }
        out.append(Product.IS_UNLIMITED_PURCHASE, unlimited);

        List<String> images = ProductFields.images(primary, admin != null ? copies : List.of());
        out.append(Product.IMAGE_URL, images.isEmpty() ? "" : images.get(0)).append(Product.IMAGES, images);
        if (copy != null && !Values.list(copy, Product.IMAGES).isEmpty()) {
            conflicts.add(Product.IMAGES, Values.list(primary, Product.IMAGES).isEmpty()
                    ? primary.get(Product.IMAGE_URL)
                    : primary.get(Product.IMAGES), copy.get(Product.IMAGES), "merged: admin image first");
        }

        boolean active = fields.flag(collection, id, primary, Product.IS_ACTIVE, true);
        Boolean copyActive = copy == null ? null : Values.bool(copy.get(Product.IS_ACTIVE));
        if (copyActive != null && copyActive != active) {
            conflicts.add(Product.IS_ACTIVE, active, copyActive, "admin");
        }
        out.append(Product.IS_ACTIVE, active);
        out.append(Product.IS_DELETED, fields.flag(collection, id, primary, Product.IS_DELETED, false));
        out.append(Product.AVERAGE_RATING, 0.0).append(Product.REVIEW_COUNT, 0);

        Date createdAt = Values.date(primary.get(Product.CREATED_AT));
        if (createdAt == null && copy != null) {
            createdAt = Values.date(copy.get(Product.CREATED_AT));
        }
        if (createdAt == null) {
            createdAt = id.getDate();
        }
        if (!createdAt.equals(primary.get(Product.CREATED_AT))) {
            report.repair(collection, id, Product.CREATED_AT, primary.get(Product.CREATED_AT), createdAt);
        }
        Date updatedAt = Values.date(primary.get(Product.UPDATED_AT));
        out.append(Product.CREATED_AT, createdAt).append(Product.UPDATED_AT,
                updatedAt == null ? createdAt : updatedAt);

        ProductFields.keepUnknown(out, primary, KNOWN);
        copies.forEach(c -> ProductFields.keepUnknown(out, c, KNOWN));
        AliasFindings.record(report, collection, CollectionNames.PRODUCTS, primary, out, categories.names());
        for (Document c : admin != null ? copies : List.<Document>of()) {
            AliasFindings.record(report, CollectionNames.PRODUCTS, CollectionNames.PRODUCTS, c, out,
                    categories.names());
        }
        return category == null || !out.containsKey(Product.PRICE) || stock == null ? null : out;
    }

}
