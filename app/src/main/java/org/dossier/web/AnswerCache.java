package org.dossier.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers already given, as the bytes sent: a loaded model never changes, so the same question
 * always gets the same answer. The least recently used answers go first once the answers kept
 * exceed {@code maxBytes}.
 */
final class AnswerCache {
    private final Map<String, byte[]> answers = new LinkedHashMap<>(256, 0.75f, true);
    private final long maxBytes;
    private long bytes;

    AnswerCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The answer to {@code key}, computed by {@code answer} (outside the lock) when not known. */
    byte[] get(String key, Supplier<byte[]> answer) {
        synchronized (answers) {
            byte[] known = answers.get(key);
            if (known != null) {
                return known;
            }
        }
        byte[] fresh = answer.get();
        synchronized (answers) {
            byte[] old = answers.put(key, fresh);
            bytes += fresh.length - (old == null ? 0 : old.length);
            for (Iterator<byte[]> it = answers.values().iterator(); bytes > maxBytes && it.hasNext(); ) {
                bytes -= it.next().length;
                it.remove();
            }
        }
        return fresh;
    }
}
