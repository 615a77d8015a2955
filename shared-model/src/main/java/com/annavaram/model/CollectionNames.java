package com.annavaram.model;

/** The collection names of the shared database, pinned here so every service and the migration agree. */
public final class CollectionNames {

    public static final String PRODUCTS = "products";
    public static final String ADMIN_PRODUCTS = "adminproducts";
    public static final String CATEGORIES = "categories";
    public static final String ORDERS = "orders";
    public static final String ORDER_ITEMS = "order_items";
    public static final String REVIEWS = "reviews";
    public static final String USERS = "users";
    public static final String ADMINS = "admins";
    public static final String CARTS = "carts";
    public static final String CART_ITEMS = "cart_items";
    public static final String WISHLISTS = "wishlists";
    public static final String PAYMENTS = "payments";
    public static final String SESSIONS = "sessions";
    public static final String AUDIT_LOGS = "audit_logs";

    /** The database both legacy back ends shared, and the default of every component. */
    public static final String DEFAULT_DATABASE = "online_annavaram";

    private CollectionNames() {
    }
}
