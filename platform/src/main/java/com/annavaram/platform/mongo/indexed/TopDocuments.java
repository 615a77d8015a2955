package com.annavaram.platform.mongo.indexed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The first {@code count} documents of a stream in an order, without sorting the rest: a bounded heap, as MongoDB's
 * top-k sort does for {@code sort + limit}. Ties keep stream order, so the answer is the one a stable sort would give.
 */
final class TopDocuments {

    /** The heap pays when the documents kept are at most a quarter of all of them. */
    private static final int HEAP_SHARE = 4;

    private TopDocuments() {
    }

    /** A document with its sort values and its place in the stream (ties keep stream order). */
    private record Ranked(Document document, Object[] values, int sequence) {
    }

    /**
     * The first {@code count} of {@code documents} by {@code order}, in that order: through a bounded heap when they are
     * a small part of the documents (a page of products), else by a stable sort of all of them, which is about linear
     * on data already nearly in order (deep pages of orders by date). Each document's sort values are read once.
     */
    static List<Document> first(Stream<Document> documents, MemoizedOrder order, int count) {
        List<Ranked> all = new ArrayList<>();
        documents.forEach(document -> all.add(new Ranked(document, order.sortValues(document), all.size())));
        Comparator<Ranked> ranking = (a, b) -> {
            int cmp = order.compareValues(a.values(), b.values());
            return cmp != 0 ? cmp : Integer.compare(a.sequence(), b.sequence());
        };
        List<Ranked> kept;
        if ((long) count * HEAP_SHARE >= all.size()) {
            kept = all;
        } else {
            kept = firstByHeap(all, ranking, count);
        }
        kept.sort(ranking);
        return kept.subList(0, Math.min(count, kept.size())).stream().map(Ranked::document).toList();
    }

    private static List<Ranked> firstByHeap(List<Ranked> documents, Comparator<Ranked> ranking, int count) {
        PriorityQueue<Ranked> kept = new PriorityQueue<>(count + 1, ranking.reversed());
        for (Ranked ranked : documents) {
            if (kept.size() < count) {
                kept.add(ranked);
            } else if (ranking.compare(ranked, kept.peek()) < 0) {
                kept.poll();
                kept.add(ranked);
            }
        }
        return new ArrayList<>(kept);
    }
}
