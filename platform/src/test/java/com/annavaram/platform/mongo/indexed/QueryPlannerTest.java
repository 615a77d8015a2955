package com.annavaram.platform.mongo.indexed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/** Which filters the planner narrows through an index, and which it leaves to a scan. */
class QueryPlannerTest {

    private final ObjectId ravi = new ObjectId();
    private final ObjectId sita = new ObjectId();
    private final ObjectId first = new ObjectId();
    private QueryPlanner planner;

    @BeforeEach
    void index() {
        Index<Integer> ids = new MemoryUniqueIndex("_id_", List.of(new IndexKey("_id", true)), false);
        EqualityIndex users = new EqualityIndex("userId_1", List.of(new IndexKey("userId", true)), false);
        EqualityIndex status = new EqualityIndex("status_1", List.of(new IndexKey("status", true)), false);
        List<Document> documents = List.of(
                new Document("_id", first).append("userId", ravi).append("status", "paid"),
                new Document("_id", new ObjectId()).append("userId", ravi).append("status", "cancelled"),
                new Document("_id", new ObjectId()).append("userId", sita).append("status", "paid"),
                new Document("_id", new ObjectId()).append("userId", List.of(sita, ravi)).append("status", "paid"));
        for (int position = 0; position < documents.size(); position++) {
            ids.add(documents.get(position), position, null);
            users.add(documents.get(position), position, null);
            status.add(documents.get(position), position, null);
        }
        planner = new QueryPlanner(List.of(ids, users, status));
    }

    @Test
    void shouldPinAnIdEqualityWhateverElseTheFilterSays() {
        assertThat(planner.candidates(new Document("_id", first).append("stock", new Document("$gte", 2))))
                .containsExactly(0);
        assertThat(planner.candidates(new Document("$and", List.of(new Document("_id", first),
                new Document("status", "paid"))))).containsExactly(0);
    }

    @Test
    void shouldTakeTheSmallestIndexedEqualityAndTheUnionOfAnOr() {
        assertThat(planner.candidates(new Document("userId", sita))).containsExactly(2, 3);
        assertThat(planner.candidates(new Document("userId", ravi).append("status", "cancelled")))
                .containsExactly(1);
        assertThat(planner.candidates(new Document("$or", List.of(new Document("userId", sita),
                new Document("status", "cancelled"))))).containsExactly(1, 2, 3);
        assertThat(planner.candidates(new Document("userId", new ObjectId()))).isEmpty();
        assertThat(planner.candidates(new Document("_id", new Document("$in", List.of(first))).append("userId",
                new Document("$in", List.of(sita, ravi))))).containsExactly(0);
    }

    @Test
    void shouldLeaveToAScanWhatNoIndexCanNarrow() {
        assertThat(planner.candidates(new Document("name", "Ariselu"))).isNull();
        assertThat(planner.candidates(new Document("$or", List.of(new Document("userId", sita),
                new Document("name", "Ariselu"))))).isNull();
        assertThat(planner.candidates(new Document("userId", null))).isNull();
        assertThat(planner.candidates(new Document("userId", new Document("$in", Arrays.asList(sita, null))))).isNull();
        assertThat(planner.candidates(new Document("userId", new Document("$nin", List.of(sita))))).isNull();
        assertThat(planner.candidates(new Document("quantity", 2))).isNull();
    }
}
