package com.leadscoring.model;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The one JSON form of {@link Manifest} ({@code manifest.json}), shared by every store implementation and the trainer.
 * Instants are ISO-8601 strings; unknown properties are refused so a manifest from a newer format fails loudly.
 */
public final class ManifestJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new SimpleModule("instant")
                    .addSerializer(Instant.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                            gen.writeString(value.toString());
                        }
                    })
                    .addDeserializer(Instant.class, new JsonDeserializer<>() {
                        @Override
                        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                            try {
                                return Instant.parse(p.getValueAsString());
                            } catch (DateTimeParseException | NullPointerException e) {
                                throw ctxt.weirdStringException(p.getText(), Instant.class, "not an ISO-8601 instant");
                            }
                        }
                    }))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ManifestJson() {
    }

    public static byte[] toJson(Manifest manifest) {
        try {
            return JSON.writeValueAsBytes(manifest);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise manifest", e);
        }
    }

    /** Parses {@code manifest.json}; a malformed file is an {@link IOException} naming the problem. */
    public static Manifest fromJson(byte[] json) throws IOException {
        try {
            Manifest m = JSON.readValue(json, Manifest.class);
            if (m.schemaVersion() != Manifest.SCHEMA_VERSION) {
                throw new IOException("manifest.json has schema version " + m.schemaVersion() + ", this code reads "
                        + Manifest.SCHEMA_VERSION);
            }
            return m;
        } catch (JacksonException e) {
            throw new IOException("manifest.json is not valid: " + e.getOriginalMessage(), e);
        }
    }
}
