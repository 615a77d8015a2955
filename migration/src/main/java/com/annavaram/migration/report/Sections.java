package com.annavaram.migration.report;

/** The section names of plan and run reports. */
public final class Sections {

    /** Data the run cannot migrate safely; the run refuses to start while any is listed. */
    public static final String PROBLEMS = "problems";
    public static final String MATCHED_PAIRS = "matchedPairs";
    public static final String FIELD_CONFLICTS = "fieldConflicts";
    public static final String SLUGS = "slugs";
    public static final String CATEGORIES_TO_CREATE = "categoriesToCreate";
    public static final String CATEGORY_RESOLUTIONS = "categoryResolutions";
    public static final String REFERENCES_TO_REWRITE = "referencesToRewrite";
    public static final String ORDERS_TO_COMPLETE = "ordersToComplete";
    public static final String SUBTOTAL_DIFFERENCES = "subtotalDifferences";
    public static final String TOTAL_MISMATCHES = "totalMismatches";
    public static final String REVIEWS_TO_FOLD = "reviewsToFold";
    public static final String WISHLIST_ENTRIES_TO_FOLD = "wishlistEntriesToFold";
    public static final String CART_ITEMS_TO_FOLD = "cartItemsToFold";
    public static final String DANGLING_TO_REMOVE = "danglingEntriesToRemove";
    public static final String ALIAS_REPAIRS = "aliasRepairs";
    public static final String FIELD_REPAIRS = "fieldRepairs";
    public static final String DOCUMENTS_TO_REWRITE = "documentsToRewrite";

    private Sections() {
    }
}
