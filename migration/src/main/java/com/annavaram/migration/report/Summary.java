package com.annavaram.migration.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

import org.bson.Document;

/** The human summary of a plan report: what a run does, in a dozen lines. */
public final class Summary {

    private static final int PROBLEMS_SHOWN = 50;

    private Summary() {
    }

    public static void print(Report report, PrintWriter out) {
        Document f = report.figures();
        out.printf("  products: %s admin + %s storefront -> %s (%s storefront copies merged: %s)%n",
                f.get("adminproducts"), f.get("products_before"), f.get("products_after_merge"),
                f.get("cross_source_duplicates"), tallies(report, "matchedBy"));
        out.printf("  field conflicts: %d (%s)%n", report.count(Sections.FIELD_CONFLICTS),
                tallies(report, "fieldConflicts"));
        out.printf("  slugs: %d (%s)%n", report.count(Sections.SLUGS), tallies(report, "slugs"));
        out.printf("  categories to create: %d%s; product categories resolved: %s%n",
                report.count(Sections.CATEGORIES_TO_CREATE), names(report.items(Sections.CATEGORIES_TO_CREATE)),
                tallies(report, "categoryResolution"));
        out.printf("  references to rewrite: %s%n", tallies(report, "referencesRewritten"));
        out.printf("  legacy orders to complete: %d of %s (%s); statuses mapped: %s%n",
                report.count(Sections.ORDERS_TO_COMPLETE), f.get("orders_total"), tallies(report, "orders"),
                tallies(report, "statusMapped"));
        out.printf("  line subtotals recomputed: %d; order totals unlike the sum of their lines (kept): %d%n",
                report.count(Sections.SUBTOTAL_DIFFERENCES), report.count(Sections.TOTAL_MISMATCHES));
        out.printf("  duplicates to fold: reviews %d, wishlist entries %d, cart lines %d; "
                + "entries pointing at nothing to remove: %d%n", report.count(Sections.REVIEWS_TO_FOLD),
                report.count(Sections.WISHLIST_ENTRIES_TO_FOLD), report.count(Sections.CART_ITEMS_TO_FOLD),
                report.count(Sections.DANGLING_TO_REMOVE));
        out.printf("  unequal alias pairs to repair: %d (%s); other field repairs: %d%n",
                report.count(Sections.ALIAS_REPAIRS), tallies(report, "aliasRepairs"),
                report.count(Sections.FIELD_REPAIRS));
        long problems = report.count(Sections.PROBLEMS);
        out.printf("  problems that stop a run: %s%n", problems == 0 ? "none" : problems);
        report.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> out.printf("    %s _id=%s: %s%n",
                p.get("collection"), p.get("id"), p.get("message")));
        if (problems > PROBLEMS_SHOWN) {
            out.printf("    ... and %d more (see the JSON report)%n", problems - PROBLEMS_SHOWN);
        }
    }

    private static String tallies(Report report, String group) {
        Document tallies = report.tallies(group);
        return tallies.isEmpty()
                ? "none"
                : tallies.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", "));
    }

    private static String names(List<Document> items) {
        return items.isEmpty()
                ? ""
                : items.stream().map(i -> "\"" + i.get("name") + "\"").collect(Collectors.joining(", ", " (", ")"));
    }
}
