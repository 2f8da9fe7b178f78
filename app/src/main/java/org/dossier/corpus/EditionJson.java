package org.dossier.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.dossier.restore.Edition;

/** The JSON form of editions and summary lines written by corpus runs: the records as they are. */
public final class EditionJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    private EditionJson() {}

    /** Writes an {@link Edition} (compact, one document per file). */
    public static ObjectWriter editionWriter() {
        return MAPPER.writerFor(Edition.class);
    }

    /** Reads an {@link Edition} written by {@link #editionWriter()}. */
    public static ObjectReader editionReader() {
        return MAPPER.readerFor(Edition.class);
    }

    static ObjectWriter summaryWriter() {
        return MAPPER.writerFor(DocumentResult.class);
    }

    static ObjectReader summaryReader() {
        return MAPPER.readerFor(DocumentResult.class);
    }
}
