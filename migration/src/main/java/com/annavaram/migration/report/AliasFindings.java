package com.annavaram.migration.report;

import java.util.List;
import java.util.Map;

import org.bson.Document;

import com.annavaram.model.alias.AliasViolation;
import com.annavaram.model.alias.RawAliasCheck;

/** Records the unequal alias pairs of a legacy document, with the value the migrated document keeps for both. */
public final class AliasFindings {

    private AliasFindings() {
    }

    /**
     * @param checkedAs the collection whose pairs apply ({@code products} for {@code adminproducts} too)
     * @param original the document as the legacy back end stored it
     * @param result the document as the migration writes it
     */
    public static void record(Report report, String collection, String checkedAs, Document original,
            Document result, Map<?, String> categoryNames) {
        List<AliasViolation> violations = RawAliasCheck.check(checkedAs, original, categoryNames::get);
        for (AliasViolation v : violations) {
            String first = v.pair().substring(0, v.pair().indexOf('/'));
            report.aliasRepair(collection, v.id(), v.pair(), v.first(), v.second(),
                    result == null ? null : path(result, first.startsWith("imageUrl") ? "imageUrl" : first));
        }
    }

    /** The value at a dotted path such as {@code products.0.productId}. */
    static Object path(Document doc, String path) {
        Object current = doc;
        for (String part : path.split("\\.")) {
            if (current instanceof Document d) {
                current = d.get(part);
            } else if (current instanceof List<?> l && part.chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(part);
                current = index < l.size() ? l.get(index) : null;
            } else {
                return null;
            }
        }
        return current;
    }
}
