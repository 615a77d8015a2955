package com.annavaram.model.alias;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bson.Document;

/**
 * Applies a MongoDB update document to a raw document in memory, with the server's semantics for the operators the
 * alias properties generate: {@code $set $unset $inc $mul $min $max $bit $rename $push $addToSet $pull $pullAll $pop},
 * dotted paths, array indexes, {@code $} (the index the query matched) and {@code $[]}. An update that the server
 * would refuse (one path under two operators, or a path and its parent) fails with {@link IllegalArgumentException}
 * and changes nothing.
 */
final class InMemoryUpdates {

    private InMemoryUpdates() {
    }

    /** {@code doc} after {@code update}; {@code matched} is the array index {@code $} stands for, or -1. */
    static Document apply(Document doc, Document update, int matched) {
        rejectConflicts(update);
        Document result = copy(doc);
        update.forEach((op, fields) -> ((Document) fields)
                .forEach((path, arg) -> applyOne(result, op, path.replace("$[]", "*"), arg, matched)));
        return result;
    }

    private static void applyOne(Document doc, String op, String path, Object arg, int matched) {
        if ("$rename".equals(op)) {
            // only top-level fields are renamed here
            Object value = doc.get(path);
            boolean present = doc.containsKey(path);
            doc.remove(path);
            if (present) {
                set(doc, String.valueOf(arg).split("\\."), 0, value, (old, v) -> copy(v));
            }
            return;
        }
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            if ("$".equals(parts[i])) {
                if (matched < 0) {
                    throw new IllegalArgumentException("positional $ without a matching query");
                }
                parts[i] = String.valueOf(matched);
            }
        }
        if ("$unset".equals(op)) {
            unset(doc, parts, 0);
            return;
        }
        set(doc, parts, 0, arg, (old, a) -> compute(op, old, a));
    }

    private interface Op {
        Object apply(Object old, Object arg);
    }

    private static Object compute(String op, Object old, Object arg) {
        return switch (op) {
            case "$set" -> copy(arg);
            case "$inc" -> old == null ? arg : Numbers.add(old, arg);
            case "$mul" -> old == null ? Numbers.multiply(0, arg) : Numbers.multiply(old, arg);
            case "$min" -> old == null || Numbers.compare(arg, old) < 0 ? arg : old;
            case "$max" -> old == null || Numbers.compare(arg, old) > 0 ? arg : old;
            case "$bit" -> Numbers.bit(old == null ? 0 : old, (Document) arg);
            case "$push", "$addToSet", "$pull", "$pullAll", "$pop" -> arrayOp(op, old, arg);
            default -> throw new IllegalArgumentException("unsupported operator " + op);
        };
    }

    private static Object arrayOp(String op, Object old, Object arg) {
        if (old != null && !(old instanceof List<?>)) {
            throw new IllegalArgumentException(op + " on a non-array");
        }
        List<Object> list = old == null ? new ArrayList<>() : new ArrayList<>((List<?>) old);
        switch (op) {
            case "$push", "$addToSet" -> {
                List<?> added = arg instanceof Document d && d.containsKey("$each")
                        ? (List<?>) d.get("$each")
                        : List.of(arg);
                for (Object value : added) {
                    if ("$push".equals(op) || !list.contains(value)) {
                        list.add(copy(value));
                    }
                }
            }
            case "$pull" -> list.removeIf(element -> matches(element, arg));
            case "$pullAll" -> list.removeIf(((List<?>) arg)::contains);
            case "$pop" -> {
                if (!list.isEmpty()) {
                    list.remove(((Number) arg).intValue() < 0 ? 0 : list.size() - 1);
                }
            }
            default -> throw new IllegalArgumentException(op);
        }
        return list;
    }

    /** A {@code $pull} condition: a value, {@code {$in: [...]}}, or a document of field equalities on a subdocument. */
    private static boolean matches(Object element, Object condition) {
        if (condition instanceof Document c && c.containsKey("$in")) {
            return ((List<?>) c.get("$in")).contains(element);
        }
        if (condition instanceof Document c && element instanceof Document e) {
            return c.entrySet().stream().allMatch(f -> Objects.equals(e.get(f.getKey()), f.getValue()));
        }
        return Objects.equals(element, condition);
    }

    private static void set(Object container, String[] parts, int i, Object arg, Op op) {
        String key = parts[i];
        boolean last = i == parts.length - 1;
        if (container instanceof List<?> raw) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) raw;
            if ("*".equals(key)) {
                for (int j = 0; j < list.size(); j++) {
                    setAt(list, j, parts, i, arg, op, last);
                }
                return;
            }
            int index = Integer.parseInt(key);
            while (list.size() <= index) {
                list.add(null);
            }
            setAt(list, index, parts, i, arg, op, last);
        } else if (container instanceof Document d) {
            if (last) {
                d.put(key, op.apply(d.get(key), arg));
                return;
            }
            Object child = d.get(key);
            if (child == null) {
                child = new Document();
                d.put(key, child);
            }
            set(child, parts, i + 1, arg, op);
        } else {
            throw new IllegalArgumentException("cannot create field in " + container);
        }
    }

    private static void setAt(List<Object> list, int index, String[] parts, int i, Object arg, Op op, boolean last) {
        if (last) {
            list.set(index, op.apply(list.get(index), arg));
        } else {
            if (list.get(index) == null) {
                list.set(index, new Document());
            }
            set(list.get(index), parts, i + 1, arg, op);
        }
    }

    private static void unset(Object container, String[] parts, int i) {
        boolean last = i == parts.length - 1;
        if (container instanceof Document d) {
            if (last) {
                d.remove(parts[i]);
            } else if (d.get(parts[i]) != null) {
                unset(d.get(parts[i]), parts, i + 1);
            }
        } else if (container instanceof List<?> raw) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) raw;
            for (int j = 0; j < list.size(); j++) {
                if ("*".equals(parts[i]) || String.valueOf(j).equals(parts[i])) {
                    if (last) {
                        list.set(j, null);
                    } else if (list.get(j) != null) {
                        unset(list.get(j), parts, i + 1);
                    }
                }
            }
        }
    }

    /** The server refuses an update naming one path twice or a path and a path inside it. */
    private static void rejectConflicts(Document update) {
        List<String> paths = new ArrayList<>();
        update.forEach((op, fields) -> ((Document) fields).forEach((path, arg) -> {
            paths.add(path);
            if ("$rename".equals(op)) {
                paths.add(String.valueOf(arg));
            }
        }));
        for (int a = 0; a < paths.size(); a++) {
            for (int b = a + 1; b < paths.size(); b++) {
                if (overlap(paths.get(a).split("\\."), paths.get(b).split("\\."))) {
                    throw new IllegalArgumentException("conflict at " + paths.get(a) + " and " + paths.get(b));
                }
            }
        }
    }

    /** One path is the other or inside it; {@code $} and {@code $[]} may stand for any index. */
    private static boolean overlap(String[] a, String[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            boolean anyIndex = a[i].startsWith("$") || b[i].startsWith("$");
            if (!a[i].equals(b[i]) && !anyIndex) {
                return false;
            }
        }
        return true;
    }

    /** A deep copy, so applying an update never shares a list or subdocument with the update or the old document. */
    static <T> T copy(T value) {
        Object copied;
        if (value instanceof Map<?, ?> map) {
            Document doc = new Document();
            map.forEach((k, v) -> doc.put(String.valueOf(k), copy(v)));
            copied = doc;
        } else if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(copy(v)));
            copied = out;
        } else {
            copied = value;
        }
        @SuppressWarnings("unchecked")
        T result = (T) copied;
        return result;
    }

    /** Arithmetic on BSON numbers as the server does it for the types generated here: ints widen to longs. */
    private static final class Numbers {

        static Object add(Object a, Object b) {
            if (a instanceof Double || b instanceof Double) {
                return ((Number) a).doubleValue() + ((Number) b).doubleValue();
            }
            return narrow(((Number) a).longValue() + ((Number) b).longValue(), a, b);
        }

        static Object multiply(Object a, Object b) {
            if (a instanceof Double || b instanceof Double) {
                return ((Number) a).doubleValue() * ((Number) b).doubleValue();
            }
            return narrow(((Number) a).longValue() * ((Number) b).longValue(), a, b);
        }

        static int compare(Object a, Object b) {
            if (a instanceof Number x && b instanceof Number y) {
                return Double.compare(x.doubleValue(), y.doubleValue());
            }
            if (a instanceof String x && b instanceof String y) {
                return x.compareTo(y);
            }
            // different types: the server orders numbers before strings
            return a instanceof Number ? -1 : 1;
        }

        static Object bit(Object old, Document how) {
            long value = ((Number) old).longValue();
            for (Map.Entry<String, Object> e : how.entrySet()) {
                long n = ((Number) e.getValue()).longValue();
                value = switch (e.getKey()) {
                    case "and" -> value & n;
                    case "or" -> value | n;
                    case "xor" -> value ^ n;
                    default -> throw new IllegalArgumentException("$bit " + e.getKey());
                };
            }
            return narrow(value, old, 0);
        }

        private static Object narrow(long value, Object a, Object b) {
            boolean ints = a instanceof Integer && !(b instanceof Long);
            return ints && value == (int) value ? (Object) (int) value : (Object) value;
        }
    }
}
