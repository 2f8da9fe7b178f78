package org.dossier.restore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Several papers cited with one date: "New York Times, and New York Herald Tribune, November 10,
 * 1931"; "New York Times, New York Herald Tribune, and Christian Science Monitor, …"; "Pravda;
 * Izvestia, May 4, 1932"; "Pravda, Izvestia, May 4, 1932" where the document cites each alone
 * elsewhere. Each paper becomes a citation of its own with the shared date, volume and pages;
 * the raw of each is its own part of the note (the last keeps the date after it).
 * A name that itself holds "and" ("North China Daily News and Herald") is one paper: without a
 * serial comma it is split only where the document cites each half alone with a date elsewhere.
 * An {@code Ibid.} after such a note refers to the last paper named, the usual reading.
 */
final class SharedDates {
    private static final Pattern LIST_AND = Pattern.compile("^(?:and|&)\\s+");
    private static final Pattern BARE_AND = Pattern.compile("\\s+(?:and|&)\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d");
    /** Compiled once: String.split compiles its pattern at every call. */
    private static final Pattern COMMA = Pattern.compile(",\\s*");
    private static final String MONTH_AHEAD = "\\s*[,.]\\s*(?:January|February|March|April|May|June|July|August"
        + "|September|October|November|December)\\b";
    /** A paper's name is a few words: more reads as a title or commentary. */
    private static final int NAME_WORDS = 6;

    private final List<String> notes;

    /** {@code notes} are all note texts of the document: the evidence that a name is a paper of its own. */
    SharedDates(List<String> notes) {
        this.notes = List.copyOf(notes);
    }

    /** A segment that names a paper and nothing else ("Pravda" before "; Izvestia, May 4, 1932"). */
    static boolean isBareName(String segment) {
        String s = segment.strip();
        return !s.isEmpty() && isName(s) && CitationParser.looksLikeName(s) && !CitationParser.isIbid(s);
    }

    /**
     * The citations {@code c} stands for: itself, or one per paper when it names several (in its
     * container, or as {@code bare} segments just before it). Ids run on from {@code before}
     * citations already read in note {@code noteId}.
     */
    List<Citation> split(Citation c, List<String> bare, String noteId, int before, List<Citation> earlier) {
        if (c.container() == null || c.refersTo() != null || c.place() != null || c.publisher() != null) {
            return List.of(c);
        }
        String first = firstPaper(c);
        List<String> names;
        String author = c.author();
        if (first != null) {
            names = new ArrayList<>(List.of(first, c.container()));
            author = null;
        } else if (c.title() == null) {
            names = names(c.container());
        } else {
            return List.of(c);
        }
        if (names.size() == 1 && bare.isEmpty()) {
            return List.of(c);
        }
        if (author == null && names.size() > 1 && isEarlierAuthor(names.get(0), earlier)) {
            author = names.remove(0); // "Hallett Abend, New York Times, and …": a correspondent, not a paper
        }
        List<Citation> out = new ArrayList<>();
        for (String name : bare) {
            out.add(c.withPart(noteId + "-c" + (before + out.size() + 1), name.strip(), author, name.strip()));
        }
        int at = 0;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int start = c.raw().indexOf(name, at);
            if (start < 0) {
                return List.of(c); // the container was rebuilt from parts not found as printed: keep it whole
            }
            at = start + name.length();
            String raw = i == names.size() - 1 ? c.raw().substring(start) : name;
            out.add(c.withPart(noteId + "-c" + (before + out.size() + 1), raw, author, name));
        }
        return out;
    }

    /**
     * "Pravda, Izvestia, May 4, 1932" read as an author or a title and its paper: the first of two
     * papers where the document cites each alone with a date ("Official Soviet communique,
     * Izvestia, …" stays a title and its paper); else null.
     */
    private String firstPaper(Citation c) {
        String first = c.title() == null ? c.author() : c.author() == null ? c.title() : null;
        return first != null && c.raw().startsWith(first) && isName(first)
            && allCitedAlone(new String[] {first, c.container()}) ? first : null;
    }

    /** The papers a container names: split at a serial list's commas, and at a bare "and" on evidence. */
    private List<String> names(String container) {
        List<String> pieces = new ArrayList<>(List.of(COMMA.split(container)));
        boolean list = pieces.size() > 1 && LIST_AND.matcher(pieces.get(pieces.size() - 1)).find();
        if (!list) {
            pieces = List.of(container);
        }
        List<String> out = new ArrayList<>();
        for (String p : pieces) {
            String name = LIST_AND.matcher(p.strip()).replaceFirst("");
            String[] halves = BARE_AND.split(name);
            if (halves.length > 1 && allCitedAlone(halves)) {
                out.addAll(List.of(halves));
            } else {
                out.add(name);
            }
        }
        for (String name : out) {
            if (!isName(name)) {
                return new ArrayList<>(List.of(container)); // not a list of papers: keep the container whole
            }
        }
        return out;
    }

    private static boolean isName(String s) {
        return !s.isBlank() && CitationParser.wordCount(s) <= NAME_WORDS && !DIGITS.matcher(s).find()
            && s.chars().anyMatch(Character::isUpperCase);
    }

    /** Each half of "A and B" is cited alone, followed by a date, somewhere in the document's notes. */
    private boolean allCitedAlone(String[] halves) {
        for (String half : halves) {
            String name = half.strip();
            if (!isName(name)) {
                return false;
            }
            Pattern alone = null; // compiled only for a name some note holds
            boolean found = false;
            for (int i = 0; i < notes.size() && !found; i++) {
                if (notes.get(i).contains(name)) {
                    alone = alone == null ? Pattern.compile(Pattern.quote(name) + MONTH_AHEAD) : alone;
                    found = alone.matcher(notes.get(i)).find();
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEarlierAuthor(String name, List<Citation> earlier) {
        String key = name.toLowerCase(Locale.ROOT);
        return earlier.stream().anyMatch(e -> e.author() != null && e.author().toLowerCase(Locale.ROOT).equals(key))
            && earlier.stream().noneMatch(e -> e.container() != null && e.container().toLowerCase(Locale.ROOT).equals(key));
    }
}
