package org.dossier.store;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.dossier.pkg.views.TimelineEvent;

/** A timeline event of one stored document: as JSON, the event's fields with {@code document} beside them. */
public record DocumentEvent(DocumentRef document, @JsonUnwrapped TimelineEvent event) {}
