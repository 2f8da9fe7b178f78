package org.dossier.store;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.dossier.pkg.views.FactItem;

/** A fact of one stored document: as JSON, the fact's fields with {@code document} beside them. */
public record DocumentFact(DocumentRef document, @JsonUnwrapped FactItem item) {}
