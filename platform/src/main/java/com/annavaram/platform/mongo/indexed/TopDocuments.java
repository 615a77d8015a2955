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

    private TopDocuments() {
    }

    private record Ranked(Document document, long sequence) {
    }

    /** The first {@code count} of {@code documents} by {@code order}, in that order. */
    static List<Document> first(Stream<Document> documents, Comparator<Document> order, int count) {
        Comparator<Ranked> ranking = Comparator.<Ranked, Document>comparing(Ranked::document, order)
                .thenComparingLong(Ranked::sequence);
        PriorityQueue<Ranked> kept = new PriorityQueue<>(count + 1, ranking.reversed());
        long[] sequence = {0};
        documents.forEachOrdered(document -> {
            Ranked ranked = new Ranked(document, sequence[0]++);
            if (kept.size() < count) {
                kept.add(ranked);
            } else if (ranking.compare(ranked, kept.peek()) < 0) {
                kept.poll();
                kept.add(ranked);
            }
        });
        List<Ranked> sorted = new ArrayList<>(kept);
        sorted.sort(ranking);
        return sorted.stream().map(Ranked::document).toList();
    }
}
