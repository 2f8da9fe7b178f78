package org.dossier.restore.render;

import java.io.IOException;
import java.io.Writer;
import org.dossier.restore.Edition;

/** Writes a restored {@link Edition} in one format. Implementations are stateless. */
public interface EditionRenderer {
    void render(Edition edition, Writer out) throws IOException;
}
