package org.dossier.restore;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The pages of a text restored window by window. A page is committed by the window in which it
 * begins at or after the lines earlier windows own; its end is the line before the next page
 * committed (or the text's last line), so the last page committed is held until then: a page
 * cut by a window's end is continued by the next window.
 */
final class PagesLedger {
    private final EditionSink sink;
    private Page held;
    /** Pages committed lately, oldest first: the numbers of pages a later window reads again. */
    private final Deque<Page> recent = new ArrayDeque<>();
    /** Pages committed and not yet given to the sink with the paragraph they begin in. */
    private final Deque<Page> unplaced = new ArrayDeque<>();
    private int count;

    PagesLedger(EditionSink sink) {
        this.sink = sink;
    }

    /**
     * Commits the window's pages that begin in global lines {@code [from, to)} and returns, for
     * each printed number of the window, the number of the edition's page it stands for. Where
     * the window begins inside the last page committed ({@code continues}), its first page is
     * that page's rest.
     */
    Map<Integer, Integer> commit(List<Page> pages, int lineBase, int from, int to, boolean continues) throws IOException {
        Map<Integer, Integer> numbers = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            int start = p.startLine() + lineBase;
            boolean rest = i == 0 && continues;
            if (!rest && start >= from && start < to && (held == null || start > held.startLine())) {
                Page shifted = new Page(p.number(), p.numberInferred(), start, p.endLine() + lineBase, p.runningHead());
                if (held != null) {
                    sink.page(endingAt(held, start - 1));
                }
                held = shifted;
                recent.addLast(shifted);
                unplaced.addLast(shifted);
                count++;
                numbers.put(p.number(), p.number());
            } else {
                numbers.put(p.number(), numberAt(start, p.number()));
            }
        }
        return numbers;
    }

    /** The committed pages beginning at or before {@code line} not yet handed over, in order. */
    List<Page> beginningBy(int line) {
        List<Page> out = new ArrayList<>();
        while (!unplaced.isEmpty() && unplaced.peekFirst().startLine() <= line) {
            out.add(unplaced.pollFirst());
        }
        return out;
    }

    /** Forgets recent pages that no window beginning at {@code line} can read again. */
    void forgetBefore(int line) {
        while (recent.size() > 1) {
            Iterator<Page> it = recent.iterator();
            it.next();
            if (it.next().startLine() > line) {
                break;
            }
            recent.pollFirst();
        }
    }

    /** Hands over the last page, ending at the text's last line. */
    void finish(int lastLine) throws IOException {
        if (held != null) {
            sink.page(endingAt(held, Math.max(held.startLine(), lastLine)));
        }
    }

    int count() {
        return count;
    }

    /** The number of the committed page holding {@code line}; the window's own where none does. */
    private int numberAt(int line, int own) {
        Iterator<Page> it = recent.descendingIterator();
        while (it.hasNext()) {
            Page p = it.next();
            if (p.startLine() <= line) {
                return p.number();
            }
        }
        return own;
    }

    private static Page endingAt(Page p, int end) {
        return new Page(p.number(), p.numberInferred(), p.startLine(), end, p.runningHead());
    }
}
