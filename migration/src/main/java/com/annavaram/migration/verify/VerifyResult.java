package com.annavaram.migration.verify;

import java.io.PrintWriter;
import java.util.List;

import org.bson.Document;

/** The checks of one verification; it passes only when every check holds. */
public record VerifyResult(List<Check> checks) {

    public boolean ok() {
        return checks.stream().allMatch(Check::ok);
    }

    public Check check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    public Document toDocument() {
        return new Document("ok", ok()).append("checks", checks.stream().map(Check::toDocument).toList());
    }

    public void print(PrintWriter out) {
        for (Check check : checks) {
            out.printf("  [%s] %-28s %s%n", check.ok() ? "ok" : "FAIL", check.name(), check.ok()
                    ? (check.figure() == null ? "" : check.figure())
                    : check.violations() + " violation(s)" + (check.figure() == null ? "" : "; " + check.figure()));
            check.examples().forEach(e -> out.printf("         %s%n", e));
        }
        out.printf("verification %s%n", ok() ? "passed" : "FAILED");
    }
}
