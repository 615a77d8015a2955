package com.annavaram.platform.mongo.indexed;

import java.util.List;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A memory-backend collection that reads its indexes for any filter with an indexed equality, not only for a filter
 * made of exactly the index's keys: {@code {_id: x, stock: {$gte: 2}}} reads one document instead of all of them. Sorts
 * read each document's sort values once ({@link MemoizedOrder}); a sort with a limit keeps only the first matches
 * ({@link TopDocuments}).
 */
final class IndexedMemoryCollection extends MemoryCollection {

    private final QueryPlanner planner = new QueryPlanner(getIndexes());
    /** The filter of the latest query, compiled: every document a query checks is checked against the same one. */
    private volatile CompiledFilter compiled;

    IndexedMemoryCollection(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
        super(database, name, options, cursors);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
            Document fieldSelector) {
        List<Integer> candidates = query == null ? null : planner.candidates(query);
        MemoizedOrder order = MemoizedOrder.of(orderBy);
        if (order != null) {
            Stream<Document> documents = documents(candidates);
            if (limit > 0) {
                // Only the first skip + limit matches can be answered: keep those, already in order; the server
                // pages them as usual without sorting them again.
                Stream<Document> matches = query == null
                        ? documents
                        : documents.filter(document -> documentMatchesQuery(document, query));
                documents = TopDocuments.first(matches, order, skip + limit).stream();
                return matchDocumentsFromStream(query, documents, skip, limit, batchSize, null, fieldSelector);
            }
            return matchDocumentsFromStream(query, documents, skip, limit, batchSize, order, fieldSelector);
        }
        if (candidates == null) {
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        }
        return matchDocuments(query, candidates, orderBy, skip, limit, batchSize, fieldSelector);
    }

    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
        if (query == null) {
            return super.documentMatchesQuery(document, query);
        }
        CompiledFilter filter = compiled;
        if (filter == null || !filter.isOf(query)) {
            filter = CompiledFilter.of(query, super::documentMatchesQuery);
            compiled = filter;
        }
        return filter.test(document);
    }

    /**
     * The server counts by running the query with a projection, which copies every match; this only counts them, from
     * the same candidates and with the same matcher.
     */
    @Override
    public int count(Document query, int skip, int limit) {
        if (query == null || query.isEmpty()) {
            return super.count(query, skip, limit);
        }
        long matches = documents(planner.candidates(query)).filter(document -> documentMatchesQuery(document, query))
                .count();
        matches = Math.max(0, matches - skip);
        return (int) (limit > 0 ? Math.min(limit, matches) : matches);
    }

    /** The documents at {@code candidates}, or every document when there are none (a scan). */
    private Stream<Document> documents(List<Integer> candidates) {
        return candidates == null
                ? streamAllDocumentsWithPosition().map(DocumentWithPosition::getDocument)
                : candidates.stream().map(this::getDocument);
    }
}
