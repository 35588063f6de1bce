package com.leadscoring.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.jr.ob.JSON;

/**
 * A JSON object of a model file read strictly: typed fields, unknown fields refused, every problem an
 * {@link IOException} that names the file and the field. Built on jackson-jr rather than databind because it is a
 * model's first JSON at a cold start: reading {@code manifest.json} and {@code preprocessing.json} took databind about
 * 210 ms of introspection in a fresh JVM, jackson-jr about 50 ms (with the function's event file as well).
 */
final class JsonFields {

    private static final JSON READER = JSON.std;
    /** Indented, and null values written as {@code null} (jackson-jr leaves them out by default; databind did not). */
    private static final JSON PRETTY_WRITER =
            JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT, JSON.Feature.WRITE_NULL_PROPERTIES);

    private final String file;
    /** Where this object is in the file, e.g. {@code files.model.onnx.}; empty at the top. */
    private final String path;

    private final Map<String, Object> fields;

    private JsonFields(String file, String path, Map<String, Object> fields) {
        this.file = file;
        this.path = path;
        this.fields = fields;
    }

    /** Parses {@code json} as one object with no fields but {@code allowed}. */
    static JsonFields parse(String file, byte[] json, Set<String> allowed) throws IOException {
        Map<String, Object> map;
        try {
            map = READER.mapFrom(json);
        } catch (JacksonException e) {
            throw new IOException(file + " is not valid: " + e.getOriginalMessage(), e);
        }
        if (map == null) {
            throw new IOException(file + " is not valid: it is empty");
        }
        return new JsonFields(file, "", map).only(allowed);
    }

    /** Serialises fields in insertion order, indented, as every model file is written. */
    static byte[] write(Map<String, ?> fields) {
        try {
            return PRETTY_WRITER.asBytes(fields);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + fields.keySet(), e);
        }
    }

    private JsonFields only(Set<String> allowed) throws IOException {
        for (String name : fields.keySet()) {
            if (!allowed.contains(name)) {
                throw invalid(name, "is not a known field (known: " + String.join(", ", allowed) + ")");
            }
        }
        return this;
    }

    boolean has(String name) {
        return fields.get(name) != null;
    }

    /** The field's string, or null when absent. */
    String string(String name) throws IOException {
        Object v = fields.get(name);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw invalid(name, "must be a string");
    }

    Number number(String name) throws IOException {
        Object v = fields.get(name);
        if (v instanceof Number n) {
            return n;
        }
        throw invalid(name, v == null ? "is missing" : "must be a number");
    }

    int integer(String name) throws IOException {
        Number n = number(name);
        if (n instanceof Integer i) {
            return i;
        }
        throw invalid(name, "must be an integer, got " + n);
    }

    long wholeNumber(String name) throws IOException {
        Number n = number(name);
        if (n instanceof Integer || n instanceof Long) {
            return n.longValue();
        }
        throw invalid(name, "must be an integer, got " + n);
    }

    /** The field's array of numbers, or null when absent. */
    double[] doubles(String name) throws IOException {
        List<?> list = list(name);
        if (list == null) {
            return null;
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Number n)) {
                throw invalid(name + "[" + i + "]", "must be a number");
            }
            out[i] = n.doubleValue();
        }
        return out;
    }

    /** The field's array of strings, or null when absent. */
    List<String> strings(String name) throws IOException {
        List<?> list = list(name);
        if (list == null) {
            return null;
        }
        List<String> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String s)) {
                throw invalid(name + "[" + i + "]", "must be a string");
            }
            out.add(s);
        }
        return out;
    }

    /** The field's object with no fields but {@code allowed}, or null when absent. */
    JsonFields object(String name, Set<String> allowed) throws IOException {
        Object v = fields.get(name);
        if (v == null) {
            return null;
        }
        return nested(name, v, allowed);
    }

    /** The field's array of objects, or null when absent. */
    List<JsonFields> objects(String name, Set<String> allowed) throws IOException {
        List<?> list = list(name);
        if (list == null) {
            return null;
        }
        List<JsonFields> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(nested(name + "[" + i + "]", list.get(i), allowed));
        }
        return out;
    }

    /** Each field of the field's object, as objects with no fields but {@code allowed}; null when absent. */
    Map<String, JsonFields> objectsByName(String name, Set<String> allowed) throws IOException {
        Map<String, Object> map = freeForm(name);
        if (map == null) {
            return null;
        }
        Map<String, JsonFields> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map.entrySet()) {
            out.put(e.getKey(), new JsonFields(file, path + name + ".", map).nested(e.getKey(), e.getValue(), allowed));
        }
        return out;
    }

    /** The field's object as plain maps, lists, strings, numbers and booleans; null when absent. */
    @SuppressWarnings("unchecked")
    Map<String, Object> freeForm(String name) throws IOException {
        Object v = fields.get(name);
        if (v == null || v instanceof Map) {
            return v == null ? null : new LinkedHashMap<>((Map<String, Object>) v);
        }
        throw invalid(name, "must be an object");
    }

    /** An {@link IOException} naming the file and the field. */
    IOException invalid(String name, String problem) {
        return new IOException(file + " is not valid: " + path + name + " " + problem);
    }

    private List<?> list(String name) throws IOException {
        Object v = fields.get(name);
        if (v == null || v instanceof List) {
            return (List<?>) v;
        }
        throw invalid(name, "must be an array");
    }

    @SuppressWarnings("unchecked")
    private JsonFields nested(String name, Object v, Set<String> allowed) throws IOException {
        if (!(v instanceof Map)) {
            throw invalid(name, "must be an object");
        }
        return new JsonFields(file, path + name + ".", (Map<String, Object>) v).only(allowed);
    }
}
