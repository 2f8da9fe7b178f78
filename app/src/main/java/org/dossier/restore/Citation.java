package org.dossier.restore;

/**
 * A bibliographic citation parsed from a footnote. {@code date} is ISO 8601 or EDTF; a field is
 * null when the citation does not give it. {@code place} and {@code publisher} are a book's
 * imprint ("New York, Coward-McCann, 1931"; "Moscow, 1926"), never a journal's. {@code refersTo}
 * names the earlier citation that an {@code Ibid.} or {@code cited} resolves to (its {@code id}),
 * else null.
 */
public record Citation(
    String id,
    String raw,
    String author,
    String title,
    String container,
    String place,
    String publisher,
    String volume,
    String number,
    String date,
    String pages,
    String refersTo) {

    /** The same reference under other ids: a citation moved into a larger edition (restored window by window). */
    Citation withIds(String newId, String newRefersTo) {
        return new Citation(newId, raw, author, title, container, place, publisher, volume, number, date, pages,
            newRefersTo);
    }

    /** The same reference read from another part of its note: several papers cited with one date. */
    Citation withPart(String partId, String partRaw, String partAuthor, String partContainer) {
        return new Citation(partId, partRaw, partAuthor, title, partContainer, place, publisher, volume, number,
            date, pages, refersTo);
    }
}
