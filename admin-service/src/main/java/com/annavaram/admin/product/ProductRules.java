package com.annavaram.admin.product;

/**
 * The product rules of the admin API. Prices must be above zero, as in the legacy API: a zero-priced product cannot
 * be paid through Razorpay and is almost always a typing mistake. A stock of zero turns a product off.
 */
final class ProductRules {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 5000;
    static final int MAX_URL = 2048;
    static final int MAX_IMAGES = 20;
    static final long MAX_STOCK = 1_000_000;
    /** Absolute http(s) URLs or paths on the shop's own host. */
    static final String URL = "^$|^(https?://|/)\\S*$";

    private ProductRules() {
    }

    /**
     * The purchase limit to store: the one sent, else the whole stock for unlimited purchase, else one (the legacy
     * schema's minimum).
     */
    static int maxUnitsPerUser(Integer sent, boolean unlimited, int stock) {
        if (sent != null) {
            return sent;
        }
        return unlimited ? Math.max(1, stock) : 1;
    }
}
