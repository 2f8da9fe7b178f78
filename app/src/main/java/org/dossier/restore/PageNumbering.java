package org.dossier.restore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every page its printed number. Printed numbers climb by one a page, so each read number
 * votes for where the sequence starts; pages whose number the OCR lost, or misread against the
 * vote, are given the sequence's number and marked inferred. With no number read at all, pages
 * count from 1.
 */
final class PageNumbering {
    private PageNumbering() {}

    static List<Page> number(List<PageFrame> frames, SourceLines lines, List<RestoreIssue> issues) {
        Map<Integer, Integer> votes = new HashMap<>();
        for (int i = 0; i < frames.size(); i++) {
            Integer printed = frames.get(i).printed();
            if (printed != null) {
                votes.merge(printed - i, 1, Integer::sum);
            }
        }
        int base = 1;
        int best = 0;
        for (Map.Entry<Integer, Integer> v : votes.entrySet()) {
            if (v.getValue() > best || (v.getValue() == best && v.getKey() < base)) {
                best = v.getValue();
                base = v.getKey();
            }
        }
        if (base < 1) {
            base = 1;
        }
        List<Page> pages = new ArrayList<>(frames.size());
        for (int i = 0; i < frames.size(); i++) {
            PageFrame f = frames.get(i);
            int number = base + i;
            boolean inferred = f.printed() == null || f.printed() != number;
            if (f.printed() != null && f.printed() != number) {
                issues.add(new RestoreIssue(f.start() + 1, 1, "page number " + f.printed()
                    + " breaks the sequence; page taken as " + number));
            }
            // lines are 1-based and a page holds at least one: an empty text is read as the one
            // empty line an editor shows for it (line 1), as its issue "the text is empty" says
            int end = Math.max(f.start() + 1, f.end());
            pages.add(new Page(number, inferred, f.start() + 1, end, f.runningHead()));
        }
        return pages;
    }
}
