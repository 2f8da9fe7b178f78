package org.dossier.restore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Restores raw OCR text into an {@link Edition}. The one public entry point of restoration.
 *
 * <p>A chain of small stages, each keeping offsets back to the raw text: layout (column width,
 * pages and their furniture), blocks (body, notes, masthead, debris), flow (paragraphs and notes
 * with hyphenation resolved), markers (notes linked to their reference marks), citations,
 * proposed corrections and metadata. Stateless: one instance serves any number of threads.
 */
public final class Restorer {
    private static final Restorer STANDARD = new Restorer(WordList.english());
    private final WordList words;

    private Restorer(WordList words) {
        this.words = words;
    }

    public static Restorer standard() {
        return STANDARD;
    }

    public Edition restore(String raw) {
        return restore(raw, false);
    }

    /**
     * Restores {@code raw}; a {@code continuation} is a later part of a longer text (a window of a
     * paged restoration), which has no front matter: its prose begins with its first line.
     */
    Edition restore(String raw, boolean continuation) {
        return restore(raw, continuation, StageClock.NONE);
    }

    /** As {@link #restore(String, boolean)}, telling {@code clock} as each stage ends: for the stage-time harness. */
    Edition restore(String raw, boolean continuation, StageClock clock) {
        if (raw == null) {
            throw new IllegalArgumentException("raw text must not be null");
        }
        SourceLines lines = new SourceLines(raw);
        clock.lap("lines");
        List<RestoreIssue> issues = new ArrayList<>();
        if (raw.isBlank()) {
            issues.add(new RestoreIssue(1, 1, "the text is empty"));
        }
        int width = BlockClassifier.columnWidth(lines);
        int firstProse = continuation ? 0 : BlockClassifier.firstProse(lines, width);
        List<PageFrame> frames = new PageFinder(lines, width).find(firstProse);
        clock.lap("pages");
        Lexicon lexicon = lexicon(lines);
        clock.lap("lexicon");
        List<Block> classified = new BlockClassifier(lines, width).classify(frames, firstProse);
        lines.forgetImprintLines();
        clock.lap("blocks");
        List<Block> blocks = new InsetOrder(lines, lexicon, words).reorder(classified);
        clock.lap("insets");
        Flow flow = new Flow(lines, new Hyphenator(lexicon, words, softBreaks(lines) >= 3), width);
        for (Block b : blocks) {
            flow.accept(b);
            if (b.kind() == Block.Kind.NOISE) {
                issues.add(new RestoreIssue(b.first() + 1, 1,
                    "dropped unreadable fragment of " + b.lineCount() + " line(s)"));
            } else if (b.kind() == Block.Kind.BODY) {
                reportInterleavedColumns(b, lines, issues);
            }
        }
        flow.close();
        clock.lap("flow");
        List<Page> pages = PageNumbering.number(frames, lines, issues);
        List<Correction> corrections = new ArrayList<>();
        Notes notes = Notes.label(flow.notes, lines, corrections, issues);
        clock.lap("numbering");
        MarkerLinker.Result links = new MarkerLinker(lines, frames).link(flow.paragraphs, notes.units());
        clock.lap("markers");
        Metadata metadata = new MetadataReader(lines, frames, blocks).read();
        clock.lap("metadata");
        corrections.addAll(new Corrector(lexicon, words).propose(flow.paragraphs, notes.units(), lines,
            year(metadata)));
        corrections.sort(Comparator.comparingInt(Correction::rawOffset));
        clock.lap("corrector");
        Map<Drafts.Unit, String> paragraphIds = new IdentityHashMap<>();
        List<Paragraph> paragraphs = paragraphs(flow.paragraphs, pages, lines, paragraphIds);
        clock.lap("paragraphs");
        List<Footnote> footnotes = footnotes(notes, links, pages, lines, paragraphIds, issues);
        clock.lap("footnotes");
        Stats stats = stats(pages, paragraphs, footnotes, links, flow.hyphenation, corrections);
        String sha = SourceDigest.of(lines.chars(), raw.length());
        clock.lap("digest");
        return new Edition(metadata, pages, paragraphs, footnotes, flow.hyphenation, corrections,
            issues, stats, sha);
    }

    /**
     * A column rule standing between words inside a line means the OCR read two columns across
     * as one line: the text there interleaves fragments of both, which no rule here can unpick.
     */
    private static void reportInterleavedColumns(Block b, SourceLines lines, List<RestoreIssue> issues) {
        int first = -1;
        int count = 0;
        for (int i = b.first(); i <= b.last(); i++) {
            if (!lines.holdsBar(i)) {
                continue; // no bar on the line: nearly every line, and then it is not copied out
            }
            String t = lines.trimmed(i);
            int bar = t.indexOf(" | ");
            if (bar > 0 && t.substring(0, bar).chars().anyMatch(Character::isLetter)
                    && t.substring(bar + 3).chars().anyMatch(Character::isLetter)) {
                first = first < 0 ? i : first;
                count++;
            }
        }
        if (count > 0) {
            issues.add(new RestoreIssue(first + 1, 1, "columns interleaved: " + count
                + " line(s) from line " + (first + 1) + " join two columns at a column rule"));
        }
    }

    /** Paragraph records with ids {@code p1, p2, …} in reading order; empty drafts are dropped. */
    private static List<Paragraph> paragraphs(List<Drafts.Unit> drafts, List<Page> pages, SourceLines lines,
                                              Map<Drafts.Unit, String> ids) {
        List<Paragraph> out = new ArrayList<>();
        for (Drafts.Unit u : drafts) {
            if (u.text.length() == 0) {
                continue;
            }
            String id = "p" + (out.size() + 1);
            ids.put(u, id);
            out.add(new Paragraph(id, pages.get(u.page).number(), u.text.toString(),
                u.firstLine + 1, u.lastLine + 1, u.text.spans(lines)));
            u.text.discard();
        }
        return out;
    }

    private static List<Footnote> footnotes(Notes notes, MarkerLinker.Result links, List<Page> pages,
                                            SourceLines lines, Map<Drafts.Unit, String> paragraphIds,
                                            List<RestoreIssue> issues) {
        List<Footnote> out = new ArrayList<>();
        List<List<Citation>> citations = new CitationParser().parse(notes.units(), notes.ids());
        for (int i = 0; i < notes.units().size(); i++) {
            Drafts.Unit u = notes.units().get(i);
            MarkerLinker.Link link = links.byNote().get(u);
            Marker marker = link == null ? null
                : new Marker(paragraphIds.get(link.paragraph()), link.offset(), link.raw(), link.line() + 1);
            out.add(new Footnote(notes.ids().get(i), u.label, pages.get(u.page).number(),
                u.text.toString(), u.firstLine + 1, u.lastLine + 1, marker, citations.get(i), u.text.spans(lines)));
            u.text.discard();
            if (marker == null) {
                issues.add(new RestoreIssue(u.firstLine + 1, 1, "footnote " + u.label + " has no marker in the body"));
            }
        }
        return out;
    }

    private static Stats stats(List<Page> pages, List<Paragraph> paragraphs, List<Footnote> footnotes,
                               MarkerLinker.Result links, List<Hyphenation> hyphenation, List<Correction> corrections) {
        int joined = (int) hyphenation.stream().filter(h -> !h.kept()).count();
        int linked = (int) footnotes.stream().filter(f -> f.marker() != null).count();
        return new Stats(pages.size(), paragraphs.size(), footnotes.size(), linked, footnotes.size() - linked,
            links.orphanMarkers(), joined, hyphenation.size() - joined, corrections.size());
    }

    /**
     * The document's lexicon, with the word list's answers for the words the hyphenator will ask
     * about (each line-end break joined to the next line's first letters) asked together.
     */
    private Lexicon lexicon(SourceLines lines) {
        Lexicon lexicon = Lexicon.forText(lines.chars());
        int breakAt = -1; // the break mark ending the line before, if it ends in one
        for (int i = 0; i < lines.count(); i++) {
            if (lines.isBlank(i)) {
                continue;
            }
            int start = lines.trimmedStart(i);
            int end = lines.trimmedEnd(i);
            if (breakAt >= 0) {
                lexicon.expectJoined(breakAt, start, end);
            }
            boolean endsBroken = Hyphenator.isBreakMark(lines.chars()[end - 1]);
            lexicon.addLine(lines.chars(), start, end, breakAt >= 0, endsBroken);
            breakAt = endsBroken ? end - 1 : -1;
        }
        lexicon.askAboutJoinedWords(words);
        return lexicon;
    }

    /** How many lines end in the OCR's not-sign, its mark of a syllable break. */
    private static int softBreaks(SourceLines lines) {
        int n = 0;
        for (int i = 0; i < lines.count(); i++) {
            if (!lines.isBlank(i) && lines.raw().charAt(lines.trimmedEnd(i) - 1) == '¬') {
                n++;
            }
        }
        return n;
    }

    private static int year(Metadata metadata) {
        String d = metadata.date();
        return d != null && d.length() >= 4 ? Integer.parseInt(d.substring(0, 4)) : 0;
    }
}
