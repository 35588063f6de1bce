package com.leadscoring.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.leadscoring.lead.FieldProblem;
import com.leadscoring.lead.Lead;
import com.leadscoring.lead.LeadField;
import com.leadscoring.lead.LeadValidation;
import com.leadscoring.lead.LeadValidator;
import com.leadscoring.lead.RawValue;

/**
 * The request parser as it was before it read leads straight into feature rows (a map and a {@code Lead} per lead,
 * Jackson's strict duplicate detection everywhere), kept as the reference the fast parser must agree with: same
 * problems, same leads, ids and flag. Test code only.
 */
final class ReferenceScoreRequestParser {

    /** What the reference parses a valid request into. */
    record Parsed(List<Lead> leads, List<Object> ids, boolean explain) {}

    static final int MAX_LEADS = ScoreRequestParser.MAX_LEADS;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final LeadValidator VALIDATOR = LeadValidator.forJson();
    private static final int MAX_REPORTED_ERRORS = 200;

    Parsed parse(byte[] body) throws ProblemException {
        if (body.length == 0) {
            throw new ProblemException(
                    ProblemType.INVALID_REQUEST, "the request body is empty; expected {\"leads\": [...]}");
        }
        try (JsonParser p = JSON.createParser(body)) {
            return parse(p);
        } catch (StreamConstraintsException e) {
            throw new ProblemException(
                    ProblemType.MALFORMED_JSON, "request body exceeds parser limits: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ProblemException(
                    ProblemType.MALFORMED_JSON,
                    "request body is not valid JSON: " + e.getOriginalMessage() + " (line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, "request body cannot be read: " + e.getMessage());
        }
    }

    private Parsed parse(JsonParser p) throws IOException, ProblemException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new ProblemException(
                    ProblemType.INVALID_REQUEST,
                    "the request body must be a JSON object",
                    List.of(new FieldError("", "must be an object with a \"leads\" array")));
        }
        List<FieldError> errors = new ArrayList<>();
        List<Lead> leads = null;
        List<Object> ids = null;
        boolean explain = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "leads" -> {
                    if (value != JsonToken.START_ARRAY) {
                        errors.add(new FieldError("/leads", "must be an array of leads"));
                        p.skipChildren();
                    } else {
                        leads = new ArrayList<>();
                        ids = new ArrayList<>();
                        readLeads(p, leads, ids, errors);
                    }
                }
                case "explain" -> {
                    if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
                        explain = value == JsonToken.VALUE_TRUE;
                    } else if (value != JsonToken.VALUE_NULL) {
                        errors.add(new FieldError("/explain", "must be true or false"));
                        p.skipChildren();
                    }
                }
                default -> {
                    errors.add(new FieldError(
                            "/" + escape(name), "unknown field (expected \"leads\" and optionally \"explain\")"));
                    p.skipChildren();
                }
            }
        }
        if (p.nextToken() != null) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, "unexpected content after the JSON object");
        }
        if (leads == null && errors.stream().noneMatch(e -> e.pointer().equals("/leads"))) {
            errors.add(new FieldError("/leads", "is required"));
        } else if (leads != null && leads.isEmpty() && countLeadErrors(errors) == 0) {
            errors.add(new FieldError("/leads", "must hold at least one lead"));
        }
        if (!errors.isEmpty()) {
            boolean leadProblems = errors.stream().anyMatch(e -> e.pointer().startsWith("/leads/"));
            throw new ProblemException(
                    leadProblems ? ProblemType.INVALID_LEAD : ProblemType.INVALID_REQUEST,
                    errors.size() + " problem" + (errors.size() == 1 ? "" : "s")
                            + " in the request; nothing was scored",
                    errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS)));
        }
        return new Parsed(leads, ids, explain);
    }

    private static long countLeadErrors(List<FieldError> errors) {
        return errors.stream().filter(e -> e.pointer().startsWith("/leads/")).count();
    }

    private void readLeads(JsonParser p, List<Lead> leads, List<Object> ids, List<FieldError> errors)
            throws IOException, ProblemException {
        int index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (index >= MAX_LEADS) {
                throw new ProblemException(
                        ProblemType.TOO_LARGE,
                        "at most " + MAX_LEADS + " leads per request",
                        List.of(new FieldError("/leads", "more than " + MAX_LEADS + " leads")));
            }
            String base = "/leads/" + index;
            if (t != JsonToken.START_OBJECT) {
                errors.add(new FieldError(base, "must be an object"));
                p.skipChildren();
                index++;
                continue;
            }
            Map<LeadField, RawValue> values = new EnumMap<>(LeadField.class);
            Object id = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                LeadField field = LeadField.byName(name);
                if (field == null) {
                    errors.add(new FieldError(base + "/" + escape(name), "unknown field"));
                    p.skipChildren();
                    continue;
                }
                RawValue raw = read(p, v);
                values.put(field, raw);
                if (field == LeadField.ID) {
                    id = raw instanceof RawValue.Integral i
                            ? (Object) i.value()
                            : raw instanceof RawValue.Text s ? s.value().strip() : null;
                }
            }
            LeadValidation validation = VALIDATOR.validate(f -> values.getOrDefault(f, RawValue.MISSING));
            if (validation.valid()) {
                leads.add(validation.lead());
                ids.add(id);
            } else {
                for (FieldProblem problem : validation.problems()) {
                    errors.add(new FieldError(base + "/" + problem.field(), problem.field() + " " + problem.reason()));
                }
            }
            index++;
        }
    }

    private static RawValue read(JsonParser p, JsonToken v) throws IOException {
        return switch (v) {
            case VALUE_NULL -> RawValue.MISSING;
            case VALUE_STRING -> new RawValue.Text(p.getText());
            case VALUE_NUMBER_INT ->
                p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? new RawValue.Other("an integer out of range")
                        : new RawValue.Integral(p.getLongValue());
            case VALUE_NUMBER_FLOAT -> new RawValue.Other("a decimal number");
            case VALUE_TRUE, VALUE_FALSE -> new RawValue.Other("a boolean");
            case START_OBJECT -> {
                p.skipChildren();
                yield new RawValue.Other("an object");
            }
            case START_ARRAY -> {
                p.skipChildren();
                yield new RawValue.Other("an array");
            }
            default -> new RawValue.Other(v.name());
        };
    }

    /** JSON Pointer escaping (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
