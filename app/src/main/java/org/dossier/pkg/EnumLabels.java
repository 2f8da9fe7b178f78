package org.dossier.pkg;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;

/** Enum constants as packages write them: their {@code @JsonProperty} value, kebab-case. */
public final class EnumLabels {
    private EnumLabels() {}

    public static String of(Enum<?> e) {
        if (e == null) {
            return null;
        }
        try {
            JsonProperty p = e.getDeclaringClass().getField(e.name()).getAnnotation(JsonProperty.class);
            return p == null ? e.name().toLowerCase().replace('_', '-') : p.value();
        } catch (NoSuchFieldException x) {
            throw new IllegalStateException("an enum constant is a field of its class", x);
        }
    }

    /** Every value of an enum type, in declaration order. */
    public static List<String> all(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> of((Enum<?>) c)).toList();
    }
}
