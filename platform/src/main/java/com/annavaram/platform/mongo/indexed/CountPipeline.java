package com.annavaram.platform.mongo.indexed;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The pipeline the Java driver sends for {@code countDocuments} ({@code $match}, optional {@code $skip} and
 * {@code $limit}, then {@code $group} by a constant with {@code n: {$sum: 1}}), answered by the collection's count,
 * which reads its indexes, instead of by the aggregation framework, which matches every document. MongoDB counts such a
 * pipeline from an index too. Any other pipeline, or one with options this does not read, is left to the server.
 */
final class CountPipeline {

    private static final List<String> UNREAD_OPTIONS = List.of("collation", "hint", "let", "explain");

    private final Document match;
    private final int skip;
    private final int limit;
    private final Object groupId;
    private final String countField;

    private CountPipeline(Document match, int skip, int limit, Object groupId, String countField) {
        this.match = match;
        this.skip = skip;
        this.limit = limit;
        this.groupId = groupId;
        this.countField = countField;
    }

    /** The count an {@code aggregate} command asks for, or {@code null} when it asks for anything else. */
    static CountPipeline of(Document command) {
        if (!(command.get("aggregate") instanceof String) || UNREAD_OPTIONS.stream().anyMatch(command::containsKey)
                || !(command.get("pipeline") instanceof List<?> stages) || stages.size() < 2 || stages.size() > 4) {
            return null;
        }
        Document first = stage(stages.get(0), "$match");
        Document last = stage(stages.get(stages.size() - 1), "$group");
        if (first == null || last == null || last.size() != 2 || !last.containsKey("_id")
                || last.get("_id") instanceof Document || last.get("_id") instanceof List) {
            return null;
        }
        String countField = last.keySet().stream().filter(k -> !k.equals("_id")).findFirst().orElseThrow();
        if (!(last.get(countField) instanceof Document sum) || sum.size() != 1
                || !(sum.get("$sum") instanceof Number one) || one.intValue() != 1 || one.doubleValue() != 1.0) {
            return null;
        }
        int skip = 0;
        int limit = 0;
        for (Object middle : stages.subList(1, stages.size() - 1)) {
            if (!(middle instanceof Document stage) || stage.size() != 1) {
                return null;
            }
            if (stage.get("$skip") instanceof Number n && skip == 0 && limit == 0 && n.intValue() > 0) {
                skip = n.intValue();
            } else if (stage.get("$limit") instanceof Number n && limit == 0 && n.intValue() > 0) {
                limit = n.intValue();
            } else {
                return null;
            }
        }
        return new CountPipeline(first, skip, limit, last.get("_id"), countField);
    }

    private static Document stage(Object stage, String name) {
        if (stage instanceof Document document && document.size() == 1 && document.get(name) instanceof Document body) {
            return body;
        }
        return null;
    }

    /** The collection name the command counts in. */
    static String collectionOf(Document command) {
        return (String) command.get("aggregate");
    }

    /** The answer the server's aggregation gives: one group with the count, or no group when nothing matches. */
    Document answer(MongoCollection<?> collection, String namespace) {
        int count = 0;
        if (collection != null) {
            synchronized (collection) {
                count = collection.count(match, skip, limit);
            }
        }
        List<Document> batch = count == 0 ? List.of() : List.of(new Document("_id", groupId).append(countField, count));
        Document cursor = new Document("id", 0L).append("ns", namespace).append("firstBatch", batch);
        Document response = new Document("cursor", cursor);
        Utils.markOkay(response);
        return response;
    }
}
