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

    private record Ranked(Document document, long sequence) {
    }

    /**
     * The first {@code count} of {@code documents} by {@code order}, in that order: through a bounded heap when they are
     * a small part of the documents (a page of products), else by a stable sort of all of them, which is about linear
     * on data already nearly in order (deep pages of orders by date).
     */
    static List<Document> first(Stream<Document> documents, Comparator<Document> order, int count) {
        List<Document> all = documents.toList();
        if ((long) count * HEAP_SHARE >= all.size()) {
            List<Document> sorted = new ArrayList<>(all);
            sorted.sort(order);
            return sorted.subList(0, Math.min(count, sorted.size()));
        }
        return firstByHeap(all, order, count);
    }

    private static List<Document> firstByHeap(List<Document> documents, Comparator<Document> order, int count) {
        Comparator<Ranked> ranking = Comparator.<Ranked, Document>comparing(Ranked::document, order)
                .thenComparingLong(Ranked::sequence);
        PriorityQueue<Ranked> kept = new PriorityQueue<>(count + 1, ranking.reversed());
        long sequence = 0;
        for (Document document : documents) {
            Ranked ranked = new Ranked(document, sequence++);
            if (kept.size() < count) {
                kept.add(ranked);
            } else if (ranking.compare(ranked, kept.peek()) < 0) {
                kept.poll();
                kept.add(ranked);
            }
        }
        List<Ranked> sorted = new ArrayList<>(kept);
        sorted.sort(ranking);
        return sorted.stream().map(Ranked::document).toList();
    }
}
