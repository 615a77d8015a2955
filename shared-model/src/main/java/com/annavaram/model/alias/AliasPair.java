package com.annavaram.model.alias;

import java.util.Collection;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Two names that hold one value on a document class. The first name is the one that wins where a legacy document has
 * both and they differ; the name the application wrote wins on save.
 */
record AliasPair<D extends AliasTracked, T>(String first, Function<D, T> getFirst, BiConsumer<D, T> setFirst,
        String second, Function<D, T> getSecond, BiConsumer<D, T> setSecond) {

    /** Save: the name written wins; if neither or both were written, the first name wins unless it is absent. */
    void syncForWrite(D doc) {
        boolean secondOnly = doc.wasWritten(second) && !doc.wasWritten(first);
        if (secondOnly || isAbsent(getFirst.apply(doc))) {
            setFirst.accept(doc, getSecond.apply(doc));
        } else {
            setSecond.accept(doc, getFirst.apply(doc));
        }
    }

    /** Load: fill the missing name; where both exist and differ, the first name wins. */
    void syncForRead(D doc) {
        if (isAbsent(getFirst.apply(doc))) {
            setFirst.accept(doc, getSecond.apply(doc));
        } else {
            setSecond.accept(doc, getFirst.apply(doc));
        }
    }

    boolean isEqual(D doc) {
        return Objects.equals(getFirst.apply(doc), getSecond.apply(doc));
    }

    static boolean isAbsent(Object value) {
        return value == null || (value instanceof Collection<?> c && c.isEmpty())
                || (value instanceof String s && s.isBlank());
    }
}
