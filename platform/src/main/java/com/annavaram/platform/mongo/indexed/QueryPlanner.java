package com.annavaram.platform.mongo.indexed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * Picks the documents a filter can match from the single-field indexes, as MongoDB's planner would: an equality on an
 * indexed field (also inside a top-level {@code $and}) narrows to that field's entries, the smallest wins; an
 * {@code $or} whose every branch narrows is their union, and so is an {@code $in}. A compound unique index narrows by its
 * first field. Only strings, booleans and ObjectIds are looked up: the
 * types whose equality has no numeric, date or collation subtleties. Anything else is left to a scan. Candidates are
 * a superset of the matches; the server's matcher checks each against the whole filter.
 */
final class QueryPlanner {

    private final List<Index<Integer>> indexes;

    QueryPlanner(List<Index<Integer>> indexes) {
        this.indexes = indexes;
    }

    /** The positions that may match {@code query} in ascending order, or {@code null} when only a scan can tell. */
    List<Integer> candidates(Document query) {
        Collection<Integer> best = narrow(query);
        return best == null ? null : new ArrayList<>(new TreeSet<>(best));
    }

    private Collection<Integer> narrow(Document query) {
        Collection<Integer> best = null;
        for (String key : query.keySet()) {
            Object value = query.get(key);
            List<Document> clauses = clauses(value);
            Collection<Integer> found = switch (key) {
                case "$and" -> clauses == null ? null : smallest(clauses, this::narrow);
                case "$or" -> clauses == null ? null : union(clauses, this::narrow);
                default -> key.startsWith("$") ? null : lookup(key, value);
            };
            best = smaller(best, found);
        }
        return best;
    }

    /** The documents of an {@code $and}/{@code $or} operand, or {@code null} when it is not a list of them. */
    static List<Document> clauses(Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            return null;
        }
        List<Document> clauses = new ArrayList<>();
        for (Object clause : list) {
            if (!(clause instanceof Document document)) {
                return null;
            }
            clauses.add(document);
        }
        return clauses;
    }

    private static <T> Collection<Integer> smallest(List<T> parts, Function<T, Collection<Integer>> narrowing) {
        Collection<Integer> best = null;
        for (T part : parts) {
            best = smaller(best, narrowing.apply(part));
        }
        return best;
    }

    private static Collection<Integer> smaller(Collection<Integer> best, Collection<Integer> found) {
        return found != null && (best == null || found.size() < best.size()) ? found : best;
    }

    /** The union of every part's candidates, or {@code null} when one part can only be scanned. */
    private static <T> Collection<Integer> union(List<T> parts, Function<T, Collection<Integer>> narrowing) {
        TreeSet<Integer> all = new TreeSet<>();
        for (T part : parts) {
            Collection<Integer> found = narrowing.apply(part);
            if (found == null) {
                return null;
            }
            all.addAll(found);
        }
        return all;
    }

    private List<Index<Integer>> snapshot() {
        synchronized (indexes) {
            return List.copyOf(indexes);
        }
    }

    private Collection<Integer> lookup(String field, Object value) {
        if (value instanceof Document condition && condition.size() == 1 && condition.get("$in") instanceof List<?> in
                && !in.isEmpty()) {
            return union(in, element -> lookup(field, element));
        }
        if (!isPlain(value)) {
            return null;
        }
        for (Index<Integer> index : snapshot()) {
            if (index instanceof EqualityIndex equality && equality.field().equals(field)) {
                return equality.positionsOf(value);
            }
            if (index instanceof PrefixedUniqueIndex prefixed && prefixed.prefix().field().equals(field)) {
                return prefixed.prefix().positionsOf(value);
            }
            if (index.isUnique() && index.getKeys().size() == 1 && index.getKeys().get(0).getKey().equals(field)) {
                List<Integer> positions = new ArrayList<>();
                index.getPositions(new Document(field, value)).forEach(positions::add);
                return positions;
            }
        }
        return null;
    }

    /** Whether equality on {@code value} is plain {@code equals}: no numeric, date or collation subtleties. */
    static boolean isPlain(Object value) {
        return value instanceof String || value instanceof Boolean || value instanceof ObjectId;
    }
}
