package org.dossier.pkg.export;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Small helpers shared by the exports. */
final class Jsonld {
    private Jsonld() {}

    /** An enum constant as the package writes it (its {@code @JsonProperty}, kebab-case). */
    static String kebab(Enum<?> e) {
        try {
            JsonProperty p = e.getDeclaringClass().getField(e.name()).getAnnotation(JsonProperty.class);
            return p == null ? e.name().toLowerCase().replace('_', '-') : p.value();
        } catch (NoSuchFieldException x) {
            throw new IllegalStateException("an enum constant is a field of its class", x);
        }
    }
}
