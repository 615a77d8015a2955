package com.annavaram.platform.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo shop as written in {@code demo/categories.tsv} and {@code demo/products.tsv}: one line per item, one
 * product per pack size of the item ({@code Avakaya Pickle 500 g}).
 */
public final class DemoCatalogue {

    /** A category of the demo shop. */
    public record CategoryLine(String name, String description) {
    }

    /** One product: an item in one pack size. */
    public record ProductLine(String category, String name, String pack, BigDecimal price, String description) {
    }

    private DemoCatalogue() {
    }

    public static List<CategoryLine> categories() {
        return read("demo/categories.tsv").stream().map(f -> new CategoryLine(f[0], f[1])).toList();
    }

    public static List<ProductLine> products() {
        List<ProductLine> products = new ArrayList<>();
        for (String[] f : read("demo/products.tsv")) {
            for (String pack : f[2].split(",")) {
                String[] sizeAndPrice = pack.split("=");
                String size = sizeAndPrice[0].trim();
                products.add(new ProductLine(f[0], f[1] + " " + size, size,
                        new BigDecimal(sizeAndPrice[1].trim()).setScale(2),
                        f[3] + " Pack of " + size + "."));
            }
        }
        return products;
    }

    private static List<String[]> read(String resource) {
        InputStream in = DemoCatalogue.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String[]> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
