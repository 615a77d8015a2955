package com.annavaram.migration.remap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

/**
 * Groups documents that the remap made duplicates of each other (same key, e.g. product and user of a review) and
 * picks the one to keep. Holds only keys, ids and the fields the choice needs.
 */
final class Folds {

    /** What is kept of a document for the choice: its id, times (epoch ms, 0 when unknown), scan position. */
    record Member(Object id, long createdAt, long updatedAt, long seq, int quantity) {
    }

    /** Newest first: created, then updated, then the later scan position. */
    static final Comparator<Member> NEWEST = Comparator.comparingLong(Member::createdAt)
            .thenComparingLong(Member::updatedAt).thenComparingLong(Member::seq).reversed();

    /** The first one seen (lowest {@code _id}). */
    static final Comparator<Member> FIRST = Comparator.comparingLong(Member::seq);

    /** One group with more than one member: the survivor and the folded ones. */
    record Group(List<Object> key, Member survivor, List<Member> folded, int quantity) {
    }

    private final Map<List<Object>, List<Member>> groups = new HashMap<>();
    private final Comparator<Member> best;

    /** @param best orders members so the one to keep comes first */
    Folds(Comparator<Member> best) {
        this.best = best;
    }

    void add(List<Object> key, Member member) {
        groups.computeIfAbsent(key, k -> new ArrayList<>(1)).add(member);
    }

    /** The groups that fold, in a stable order (by the survivor's id). */
    List<Group> folded() {
        List<Group> result = new ArrayList<>();
        groups.forEach((key, members) -> {
            if (members.size() > 1) {
                List<Member> sorted = new ArrayList<>(members);
                sorted.sort(best);
                int quantity = sorted.stream().mapToInt(Member::quantity).sum();
                result.add(new Group(key, sorted.get(0), sorted.subList(1, sorted.size()), quantity));
            }
        });
        result.sort(Comparator.comparing(g -> String.valueOf(g.survivor().id())));
        return result;
    }

    static Document describe(Group group, String what) {
        return new Document("kept", String.valueOf(group.survivor().id())).append("folded",
                group.folded().stream().map(m -> String.valueOf(m.id())).toList()).append("key",
                        group.key().stream().map(String::valueOf).toList())
                .append("resolution", what);
    }
}
