package com.annavaram.platform.mongo.indexed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A filter read once per query instead of once per document. The server's matcher interprets the whole filter for
 * every document it checks: it splits each key on dots, validates each operator, normalizes both values and, for a
 * {@code $regex} written as a document, compiles the pattern again. Checking a thousand products against the catalogue
 * filter ({@code isActive: true, isDeleted: {$ne: true}}, a category or three search patterns) was most of the
 * database's time.
 *
 * <p>
 * Only the plain cases are decided here, where the answer cannot differ from the server's: a top-level field (no dots,
 * no {@code $}) compared by equality, {@code $ne} or a regular expression with a string, boolean or ObjectId value,
 * when the document holds a value of the same type, holds {@code null} or lacks the field; {@code $and} and
 * {@code $or} of such clauses. Every other clause, and every other document value (arrays, numbers, sub-documents, a
 * string where an ObjectId is asked for), is handed to the server's matcher as a one-key filter: the keys of a filter
 * are independent conditions, so the answer is the same.
 */
final class CompiledFilter implements Predicate<Document> {

    private static final Set<String> REGEX_KEYS = Set.of("$regex", "$options");

    private final Document query;
    private final Predicate<Document> test;

    private CompiledFilter(Document query, Predicate<Document> test) {
        this.query = query;
        this.test = test;
    }

    /**
     * {@code query} compiled, with {@code server} (the server's matcher: document, filter) for what is not decided
     * here.
     */
    static CompiledFilter of(Document query, BiPredicate<Document, Document> server) {
        return new CompiledFilter(query, new Compiler(server).all(query));
    }

    /** Whether this was compiled from exactly {@code other} (the same instance). */
    boolean isOf(Document other) {
        return query == other;
    }

    @Override
    public boolean test(Document document) {
        return test.test(document);
    }

    private record Compiler(BiPredicate<Document, Document> server) {

        Predicate<Document> all(Document query) {
            List<Predicate<Document>> clauses = new ArrayList<>();
            for (String key : query.keySet()) {
                clauses.add(clause(key, query.get(key)));
            }
            if (clauses.size() == 1) {
                return clauses.get(0);
            }
            Predicate<Document>[] each = array(clauses);
            return document -> {
                for (Predicate<Document> clause : each) {
                    if (!clause.test(document)) {
                        return false;
                    }
                }
                return true;
            };
        }

        private Predicate<Document> clause(String key, Object value) {
            Document alone = new Document(key, value);
            Predicate<Document> server = document -> this.server.test(document, alone);
            if (key.equals("$and") || key.equals("$or")) {
                List<Document> parts = QueryPlanner.clauses(value);
                return parts == null ? server : junction(key.equals("$and"), parts);
            }
            if (key.isEmpty() || key.startsWith("$") || key.contains(".")) {
                return server;
            }
            if (QueryPlanner.isPlain(value)) {
                return document -> {
                    Object actual = document.get(key);
                    if (actual == null) {
                        return false;
                    }
                    return actual.getClass() == value.getClass() ? value.equals(actual) : server.test(document);
                };
            }
            if (value instanceof Document condition && condition.size() == 1
                    && QueryPlanner.isPlain(condition.get("$ne"))) {
                Object unwanted = condition.get("$ne");
                return document -> {
                    Object actual = document.get(key);
                    if (actual == null) {
                        return true;
                    }
                    return actual.getClass() == unwanted.getClass() ? !unwanted.equals(actual) : server.test(document);
                };
            }
            BsonRegularExpression regex = regex(value);
            if (regex != null) {
                return document -> {
                    Object actual = document.get(key);
                    if (actual == null) {
                        return false;
                    }
                    return actual instanceof String text ? regex.matcher(text).find() : server.test(document);
                };
            }
            return server;
        }

        private Predicate<Document> junction(boolean and, List<Document> parts) {
            List<Predicate<Document>> compiled = new ArrayList<>();
            parts.forEach(part -> compiled.add(all(part)));
            Predicate<Document>[] each = array(compiled);
            return document -> {
                for (Predicate<Document> part : each) {
                    if (part.test(document) != and) {
                        return !and;
                    }
                }
                return and;
            };
        }

        /** The compiled expression, or {@code null} when the server must read it (other operators, bad options). */
        private static BsonRegularExpression regex(Object value) {
            BsonRegularExpression regex;
            if (value instanceof BsonRegularExpression given) {
                regex = given;
            } else if (value instanceof Document condition && condition.get("$regex") instanceof String
                    && REGEX_KEYS.containsAll(condition.keySet())
                    && (!condition.containsKey("$options") || condition.get("$options") instanceof String)) {
                regex = BsonRegularExpression.convertToRegularExpression(condition);
            } else {
                return null;
            }
            try {
                regex.matcher("");
                return regex;
            } catch (RuntimeException invalid) {
                return null;
            }
        }

        @SuppressWarnings("unchecked")
        private static Predicate<Document>[] array(List<Predicate<Document>> predicates) {
            return predicates.toArray(Predicate[]::new);
        }
    }
}
