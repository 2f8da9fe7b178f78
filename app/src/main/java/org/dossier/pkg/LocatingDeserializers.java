package org.dossier.pkg;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;

/**
 * Wraps the deserializer of every model record so that each value read records the line it starts
 * on, into the {@link Origins.Sink} passed as a reader attribute.
 */
final class LocatingDeserializers extends BeanDeserializerModifier {
    private static final String MODEL_PACKAGE = "org.dossier.model";

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription desc,
                                                  JsonDeserializer<?> deserializer) {
        Class<?> type = desc.getBeanClass();
        if (type.isRecord() && type.getPackageName().equals(MODEL_PACKAGE)) {
            return new Locating(deserializer);
        }
        return deserializer;
    }

    private static final class Locating extends DelegatingDeserializer {
        Locating(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Locating(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            int line = p.currentTokenLocation().getLineNr();
            Object value = super.deserialize(p, ctxt);
            if (value != null && ctxt.getAttribute(Origins.Sink.class) instanceof Origins.Sink sink) {
                sink.record(value, line);
            }
            return value;
        }
    }
}
