package com.annavaram.bench.data;

/**
 * The size of the generated shop. {@link #FULL} is the catalogue; {@link #SMOKE} is small enough for CI.
 *
 * @param products active products (a further 5% are inactive or deleted, so the filters have work to do)
 * @param hotProducts products with little stock that checkout competes for (stock restocked before each run)
 */
public record DataSpec(int categories, int products, int customers, int pastOrders, int reviews, int hotProducts,
        int hotStock) {

    public static final DataSpec FULL = new DataSpec(10, 1_000, 200, 5_000, 20_000, 10, 150);
    public static final DataSpec SMOKE = new DataSpec(10, 100, 20, 200, 500, 4, 40);

    public DataSpec {
        if (reviews > (long) products * customers) {
            throw new IllegalArgumentException("at most one review per product and customer");
        }
        if (hotProducts >= products) {
            throw new IllegalArgumentException("hot products must be fewer than products");
        }
    }
}
