package org.dossier.restore.render;

import com.fasterxml.jackson.annotation.JsonProperty;

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
