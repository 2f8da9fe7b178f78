package org.dossier.restore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Scratch probe, not a test: prints marker candidates of the flagship. */
final class DebugProbe {
    public static void main(String[] args) throws Exception {
        String raw = RawText.decode(Files.readAllBytes(Path.of(args[0])));
        SourceLines lines = new SourceLines(raw);
        int width = BlockClassifier.columnWidth(lines);
        int firstProse = BlockClassifier.firstProse(lines, width);
        List<PageFrame> frames = new PageFinder(lines, width).find(firstProse);
        Lexicon lexicon = new Lexicon();
        List<Block> blocks = new BlockClassifier(lines, width).classify(frames, firstProse);
        Flow flow = new Flow(lines, new Hyphenator(lexicon, WordList.english()), width);
        blocks.forEach(flow::accept);
        flow.close();
        System.out.println("width " + width + " firstProse " + firstProse);
        if (args.length > 1 && args[1].equals("blocks")) {
            for (Block b : blocks) {
                System.out.println(b.kind() + " " + (b.first() + 1) + "-" + (b.last() + 1) + " gap " + b.gap() + " " + b.label() + " | " + lines.trimmed(b.first()));
            }
            return;
        }
        MarkerLinker linker = new MarkerLinker(lines, frames);
        for (Drafts.Unit p : flow.paragraphs) {
            for (MarkerLinker.Candidate c : linker.candidates(p)) {
                System.out.println((lines.lineOf(c.rawOffset()) + 1) + " " + c.glyph() + " '" + c.raw() + "' base " + c.base());
            }
        }
    }
}
