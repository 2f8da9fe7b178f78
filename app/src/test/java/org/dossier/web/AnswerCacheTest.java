package org.dossier.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {
    @Test
    void answersEachQuestionOnceAndForgetsTheLeastRecentlyUsedBeyondItsBudget() {
        AnswerCache cache = new AnswerCache(10);
        AtomicInteger computed = new AtomicInteger();
        byte[] a = cache.get("a", () -> { computed.incrementAndGet(); return new byte[4]; });
        assertArrayEquals(a, cache.get("a", () -> { computed.incrementAndGet(); return new byte[9]; }));
        assertEquals(1, computed.get());
        cache.get("b", () -> new byte[4]);
        cache.get("a", () -> new byte[1]);
        cache.get("c", () -> new byte[4]);
        assertEquals(4, cache.get("a", () -> new byte[1]).length, "a was used last, b went first");
        assertEquals(2, cache.get("b", () -> new byte[2]).length, "b was forgotten");
    }
}
