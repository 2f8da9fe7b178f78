package org.dossier.restore.render;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Writer;
import org.dossier.restore.EditionSink;

/** The output formats of a restored edition, each with its renderer and file extension. */
public enum Format {
    @JsonProperty("json") JSON("json"),
    @JsonProperty("html") HTML("html"),
    @JsonProperty("tei") TEI("xml"),
    @JsonProperty("md") MD("md"),
    @JsonProperty("text") TEXT("txt");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /**
     * A sink that writes this format to {@code out} as a {@link org.dossier.restore.PagedRestorer}
     * commits the edition, keeping what must wait for the end in {@code spill}.
     */
    public EditionSink sink(Writer out, Spill spill) {
        return switch (this) {
            case JSON -> new JsonSink(out, spill);
            case HTML -> new TextSink.Html(out, spill);
            case TEI -> new TextSink.Tei(out, spill);
            case MD -> new TextSink.Markdown(out, spill);
            case TEXT -> new TextSink.Plain(out, spill);
        };
    }

    public EditionRenderer renderer() {
        return switch (this) {
            case JSON -> new JsonRenderer();
            case HTML -> new HtmlRenderer();
            case TEI -> new TeiRenderer();
            case MD -> new MarkdownRenderer();
            case TEXT -> new TextRenderer();
        };
    }
}
