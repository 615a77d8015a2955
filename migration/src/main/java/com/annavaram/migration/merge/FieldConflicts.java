package com.annavaram.migration.merge;

import org.bson.Document;
import org.bson.types.ObjectId;

import com.annavaram.migration.Values;
import com.annavaram.migration.report.Report;
import com.annavaram.migration.report.Sections;

/** The field conflicts of one merged pair: both values and how the merge resolved them. */
final class FieldConflicts {

    private final Report report;
    private final ObjectId id;
    private final Document copy;

    FieldConflicts(Report report, ObjectId id, Document copy) {
        this.report = report;
        this.id = id;
        this.copy = copy;
    }

    void add(String field, Object admin, Object storefront, String resolution) {
        report.add(Sections.FIELD_CONFLICTS, new Document("productId", id.toHexString())
                .append("storefrontId", Values.printable(copy.get("_id"))).append("field", field)
                .append("admin", Values.printable(admin)).append("storefront", Values.printable(storefront))
                .append("resolution", resolution));
        report.tally("fieldConflicts", field, 1);
    }
}
