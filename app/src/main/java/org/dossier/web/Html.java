package org.dossier.web;

import org.dossier.text.Markup;

/**
 * Builds HTML in which every piece of text is escaped: text and attribute values go through
 * {@link #escape}; tags and attribute names are the code's own constants. There is no way to add
 * unescaped text from a document.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(4096);

    /** An opening tag; {@code attributes} are name, value pairs (a null value omits the pair). */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** An element holding only text. */
    Html el(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** An element without content ({@code input}, {@code br}). */
    Html empty(String tag, String... attributes) {
        return open(tag, attributes);
    }

    /** Appends markup built by another builder (already escaped). */
    Html append(Html other) {
        out.append(other.out);
        return this;
    }

    /** Text in which the private-use match marks of a search snippet become {@code <mark>}. */
    Html marked(String text, char start, char end) {
        for (int i = 0; i < text.length(); ) {
            int s = text.indexOf(start, i);
            if (s < 0) {
                return text(text.substring(i));
            }
            text(text.substring(i, s));
            int e = text.indexOf(end, s + 1);
            int stop = e < 0 ? text.length() : e;
            el("mark", text.substring(s + 1, stop));
            i = e < 0 ? text.length() : e + 1;
        }
        return this;
    }

    static String escape(String s) {
        return Markup.escape(s);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
