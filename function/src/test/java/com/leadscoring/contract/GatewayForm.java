package com.leadscoring.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * API Gateway's form of the one contract, derived from infra/openapi.yaml at build time (the function module's
 * process-test-classes phase writes {@code function/target/gateway/openapi.yaml}, which infra/template.yaml includes).
 * API Gateway's request validator reads schemas as JSON Schema draft 4, which has no {@code nullable}: it would refuse
 * null where the contract allows it. So each schema with {@code nullable: true} becomes {@code anyOf} of the same
 * schema without it and a null-only schema ({@code nullable: true, enum: [null]}: an OpenAPI 3.0 reader reads null,
 * draft 4 keeps the {@code enum}, which admits null alone); its annotations stay outside. Nothing else changes
 * ({@code GatewayContractTest}). Client generators read the contract, where this null-only schema breaks the Java and
 * Python generators.
 */
public final class GatewayForm {

    /** Keys that describe a schema rather than constrain it: they stay on the outer schema. */
    static final Set<String> ANNOTATIONS = Set.of("description", "example", "title", "default", "deprecated");

    /** Every string quoted, so none can read back as another type (a status code "400", a "true"). */
    static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

    private GatewayForm() {}

    /** The gateway's form of {@code contract} (a copy; {@code contract} is left as it is). */
    public static JsonNode of(JsonNode contract) {
        JsonNode copy = contract.deepCopy();
        return rewrite(copy);
    }

    private static JsonNode rewrite(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : List.copyOf(o.properties())) {
                o.set(e.getKey(), rewrite(e.getValue()));
            }
            return o.path("nullable").asBoolean(false) && !o.has("enum") ? draft4(o) : o;
        }
        if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, rewrite(a.get(i)));
            }
        }
        return node;
    }

    /** {@code schema} (nullable) as {@code anyOf: [schema without nullable, null only]}, annotations outside. */
    static ObjectNode draft4(ObjectNode schema) {
        ObjectNode outer = JsonNodeFactory.instance.objectNode();
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        schema.properties().forEach(e -> {
            if (ANNOTATIONS.contains(e.getKey())) {
                outer.set(e.getKey(), e.getValue());
            } else if (!e.getKey().equals("nullable")) {
                value.set(e.getKey(), e.getValue());
            }
        });
        outer.putArray("anyOf").add(value).add(nullOnly());
        return outer;
    }

    static ObjectNode nullOnly() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("nullable", true);
        n.putArray("enum").addNull();
        return n;
    }

    /** Writes the gateway's form of {@code args[0]} (infra/openapi.yaml) to {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        Files.createDirectories(to.toAbsolutePath().getParent());
        String header = "# Generated at build time from " + from.getFileName() + " by " + GatewayForm.class.getName()
                + ": API Gateway's draft-4 form of the contract. Do not edit.\n";
        Files.writeString(to, header + YAML.writeValueAsString(of(YAML.readTree(from.toFile()))));
    }
}
