package org.dossier.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One row of the job's Parquet output: a document, or one paragraph, footnote or citation of it.
 * {@code documentId} is the SHA-256 of the input bytes (null for a file too large to read).
 * Offsets {@code rawStart}/{@code rawEnd} are character offsets into the document's decoded raw
 * text, lines are its 1-based raw lines; a column that does not apply to the row's kind is null.
 */
record Unit(
    String documentId,
    String path,
    Kind kind,
    String id,
    Integer page,
    Integer startLine,
    Integer endLine,
    Integer rawStart,
    Integer rawEnd,
    String text,
    String footnoteId,
    String markerParagraph,
    Integer markerOffset,
    String author,
    String title,
    String container,
    String volume,
    String number,
    String date,
    String pages,
    String refersTo,
    Long bytes,
    String error) {

    /** What a row stands for; the Parquet output is partitioned by it. */
    enum Kind {
        DOCUMENT, PARAGRAPH, FOOTNOTE, CITATION;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final StructType SCHEMA = new StructType(new StructField[] {
        field("document_id", DataTypes.StringType, true),
        field("path", DataTypes.StringType, false),
        field("kind", DataTypes.StringType, false),
        field("id", DataTypes.StringType, true),
        field("page", DataTypes.IntegerType, true),
        field("start_line", DataTypes.IntegerType, true),
        field("end_line", DataTypes.IntegerType, true),
        field("raw_start", DataTypes.IntegerType, true),
        field("raw_end", DataTypes.IntegerType, true),
        field("text", DataTypes.StringType, true),
        field("footnote_id", DataTypes.StringType, true),
        field("marker_paragraph", DataTypes.StringType, true),
        field("marker_offset", DataTypes.IntegerType, true),
        field("author", DataTypes.StringType, true),
        field("title", DataTypes.StringType, true),
        field("container", DataTypes.StringType, true),
        field("volume", DataTypes.StringType, true),
        field("number", DataTypes.StringType, true),
        field("date", DataTypes.StringType, true),
        field("pages", DataTypes.StringType, true),
        field("refers_to", DataTypes.StringType, true),
        field("bytes", DataTypes.LongType, true),
        field("error", DataTypes.StringType, true),
    });

    Row toRow() {
        return RowFactory.create(documentId, path, kind.column(), id, page, startLine, endLine, rawStart, rawEnd,
            text, footnoteId, markerParagraph, markerOffset, author, title, container, volume, number, date,
            pages, refersTo, bytes, error);
    }

    static List<String> columns() {
        return List.of(SCHEMA.fieldNames());
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
