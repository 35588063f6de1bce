package com.leadscoring.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.leadscoring.decision.Trend;
import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.features.LeadEncoder;
import com.leadscoring.features.LeadSlots;
import com.leadscoring.lead.FieldProblem;
import com.leadscoring.lead.LeadDates;
import com.leadscoring.lead.LeadField;
import com.leadscoring.lead.LeadValidation;
import com.leadscoring.lead.LeadValidator;
import com.leadscoring.lead.RawValue;
import com.leadscoring.wire.LeadKeyOrder;

/**
 * Parses {@code {"leads":[...], "explain": bool}} (each lead may also carry its {@code previous_score}) with Jackson's
 * streaming parser straight into the feature rows the model reads: each value is checked by the shared rules as its
 * token arrives and encoded by the served model's own {@link LeadEncoder}, without building maps, boxed values or
 * leads. A lead with any value that does not pass goes whole through the shared {@link LeadValidator}, so every bad
 * field is reported, with a JSON Pointer, exactly as the validator words it. All or nothing: one bad lead rejects the
 * request.
 *
 * <p>Duplicate keys are refused as Jackson's strict duplicate detection refuses them; that detection keeps a hash set
 * per object (a fifth of the parse of a 1000-lead request), so the lead and top-level objects, whose keys are known,
 * use a bit mask instead, and Jackson's detection is switched on only while skipping nested values. The buffers are per
 * thread: the handler is called from several threads at once.
 */
public final class ScoreRequestParser {

    public static final int MAX_LEADS = 1000;

    private static final JsonFactory JSON = new JsonFactory();
    /** The original strict parser: run again over a body that failed, it words the failure exactly as before. */
    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final LeadValidator VALIDATOR = LeadValidator.forJson();
    private static final int MAX_REPORTED_ERRORS = 200;
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** A lead's optional score from an earlier run, kept by the caller (a CRM): not a lead field, not encoded. */
    private static final String PREVIOUS_SCORE = Trend.PREVIOUS_SCORE;

    /**
     * One thread's reusable buffers: the feature rows and ids of up to {@link #MAX_LEADS} leads, and one lead's slots.
     */
    private static final class Scratch {
        /** Grown to the widest encoder this thread has parsed for. */
        float[] features = new float[MAX_LEADS * FeatureEncoders.V1.size()];

        final Object[] ids = new Object[MAX_LEADS];
        /** Each valid lead's {@code previous_score}, {@link Trend#NO_PREVIOUS_SCORE} when it sent none. */
        final int[] previousScores = new int[MAX_LEADS];
        /** Each valid lead's object in the body, {@code [start, end)} in bytes: what capture records as sent. */
        final int[] leadStart = new int[MAX_LEADS];

        final int[] leadEnd = new int[MAX_LEADS];

        final LeadSlots lead = new LeadSlots();
        /** The order this thread's callers send a lead's keys in. */
        final LeadKeyOrder order = new LeadKeyOrder();
    }

    /** Parses, validates and encodes with {@code encoder}, the served model's own (its contract names it). */
    public ScoreRequest parse(byte[] body, LeadEncoder encoder) throws ProblemException {
        if (body.length == 0) {
            throw new ProblemException(
                    ProblemType.INVALID_REQUEST, "the request body is empty; expected {\"leads\": [...]}");
        }
        try (JsonParser p = JSON.createParser(body)) {
            return parse(p, encoder, body);
        } catch (JsonProcessingException e) {
            JsonProcessingException first = firstStrictFailure(body, e);
            if (first instanceof StreamConstraintsException) {
                throw new ProblemException(
                        ProblemType.MALFORMED_JSON,
                        "request body exceeds parser limits: " + first.getOriginalMessage());
            }
            throw new ProblemException(
                    ProblemType.MALFORMED_JSON,
                    "request body is not valid JSON: " + first.getOriginalMessage() + " (line "
                            + first.getLocation().getLineNr() + ", column "
                            + first.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, "request body cannot be read: " + e.getMessage());
        }
    }

    private ScoreRequest parse(JsonParser p, LeadEncoder encoder, byte[] body) throws IOException, ProblemException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new ProblemException(
                    ProblemType.INVALID_REQUEST,
                    "the request body must be a JSON object",
                    List.of(new FieldError("", "must be an object with a \"leads\" array")));
        }
        Scratch scratch = SCRATCH.get();
        if (scratch.features.length < MAX_LEADS * encoder.size()) {
            scratch.features = new float[MAX_LEADS * encoder.size()];
        }
        List<FieldError> errors = new ArrayList<>();
        int leads = -1;
        boolean explain = false;
        boolean seenLeads = false;
        boolean seenExplain = false;
        Set<String> unknownNames = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "leads" -> {
                    if (seenLeads) {
                        throw duplicate(p, name);
                    }
                    seenLeads = true;
                    if (value != JsonToken.START_ARRAY) {
                        errors.add(new FieldError("/leads", "must be an array of leads"));
                        skip(p);
                    } else {
                        leads = readLeads(p, scratch, encoder, errors);
                    }
                }
                case "explain" -> {
                    if (seenExplain) {
                        throw duplicate(p, name);
                    }
                    seenExplain = true;
                    if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
                        explain = value == JsonToken.VALUE_TRUE;
                    } else if (value != JsonToken.VALUE_NULL) {
                        errors.add(new FieldError("/explain", "must be true or false"));
                        skip(p);
                    }
                }
                default -> {
                    if (unknownNames == null) {
                        unknownNames = new HashSet<>(4);
                    }
                    if (!unknownNames.add(name)) {
                        throw duplicate(p, name);
                    }
                    errors.add(new FieldError(
                            "/" + escape(name), "unknown field (expected \"leads\" and optionally \"explain\")"));
                    skip(p);
                }
            }
        }
        if (p.nextToken() != null) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, "unexpected content after the JSON object");
        }
        if (leads < 0 && errors.stream().noneMatch(e -> e.pointer().equals("/leads"))) {
            errors.add(new FieldError("/leads", "is required"));
        } else if (leads == 0 && countLeadErrors(errors) == 0) {
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
        return new ScoreRequest(
                scratch.features,
                leads,
                scratch.ids,
                scratch.previousScores,
                explain,
                body,
                scratch.leadStart,
                scratch.leadEnd);
    }

    private static long countLeadErrors(List<FieldError> errors) {
        return errors.stream().filter(e -> e.pointer().startsWith("/leads/")).count();
    }

    /**
     * Reads the leads array into {@code scratch}; returns the number of valid leads (encoded while no error was found).
     */
    private static int readLeads(JsonParser p, Scratch scratch, LeadEncoder encoder, List<FieldError> errors)
            throws IOException, ProblemException {
        int index = 0;
        int valid = 0;
        LeadSlots lead = scratch.lead;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (index >= MAX_LEADS) {
                throw new ProblemException(
                        ProblemType.TOO_LARGE,
                        "at most " + MAX_LEADS + " leads per request",
                        List.of(new FieldError("/leads", "more than " + MAX_LEADS + " leads")));
            }
            if (t != JsonToken.START_OBJECT) {
                errors.add(new FieldError("/leads/" + index, "must be an object"));
                skip(p);
                index++;
                continue;
            }
            lead.reset();
            int start = (int) p.currentTokenLocation().getByteOffset();
            int previousScore = Trend.NO_PREVIOUS_SCORE;
            LeadKeyOrder order = scratch.order;
            order.startLead();
            while (order.advance(p)) {
                LeadField field = order.field();
                if (field == null) {
                    String name = p.currentName();
                    if (!lead.seeUnknown(name)) {
                        throw duplicate(p, name);
                    }
                    JsonToken v = p.nextToken();
                    if (PREVIOUS_SCORE.equals(name)) {
                        previousScore = previousScore(p, v);
                        if (previousScore == Trend.BAD_PREVIOUS_SCORE) {
                            errors.add(new FieldError(
                                    "/leads/" + index + "/" + PREVIOUS_SCORE,
                                    PREVIOUS_SCORE + " " + Trend.PREVIOUS_SCORE_JSON_RULE));
                        }
                    } else {
                        errors.add(new FieldError("/leads/" + index + "/" + escape(name), "unknown field"));
                        skip(p);
                    }
                    continue;
                }
                if (!lead.see(field)) {
                    throw duplicate(p, field.fieldName());
                }
                read(p, p.nextToken(), field, lead);
                order.read(field);
            }
            if (lead.valid()) {
                if (errors.isEmpty()) { // once the request is rejected, its leads are only checked
                    lead.encode(encoder, scratch.features, valid * encoder.size());
                    scratch.ids[valid] = lead.id();
                    scratch.previousScores[valid] = previousScore;
                    scratch.leadStart[valid] = start;
                    scratch.leadEnd[valid] = (int) p.currentLocation().getByteOffset();
                }
                valid++;
            } else {
                LeadValidation validation = VALIDATOR.validate(lead::value);
                if (validation.valid()) { // cannot happen while the fast rules are the validator's; stay correct anyway
                    if (errors.isEmpty()) {
                        encoder.encode(validation.lead(), scratch.features, valid * encoder.size());
                        scratch.ids[valid] = lead.value(LeadField.ID) instanceof RawValue.Integral i
                                ? (Object) i.value()
                                : validation.lead().id();
                        scratch.previousScores[valid] = previousScore;
                        scratch.leadStart[valid] = start;
                        scratch.leadEnd[valid] = (int) p.currentLocation().getByteOffset();
                    }
                    valid++;
                } else {
                    String base = "/leads/" + index;
                    for (FieldProblem problem : validation.problems()) {
                        errors.add(
                                new FieldError(base + "/" + problem.field(), problem.field() + " " + problem.reason()));
                    }
                }
            }
            index++;
        }
        return valid;
    }

    /** Reads one value of {@code field}: into a primitive slot when it passes the shared rules, else as it arrived. */
    private static void read(JsonParser p, JsonToken v, LeadField field, LeadSlots lead) throws IOException {
        switch (field.kind()) {
            case INTEGER -> {
                if (v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    long x = p.getLongValue();
                    if (field.accepts(x)) {
                        lead.integer(field, (int) x);
                    } else {
                        lead.raw(field, new RawValue.Integral(x));
                    }
                } else {
                    lead.raw(field, raw(p, v));
                }
            }
            case DATE -> {
                if (v == JsonToken.VALUE_STRING) {
                    LocalDate d = LeadDates.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), false);
                    if (d != null && LeadDates.isPossible(d)) {
                        lead.date(field, d);
                    } else {
                        lead.raw(field, new RawValue.Text(p.getText()));
                    }
                } else {
                    lead.raw(field, raw(p, v));
                }
            }
            case ID -> {
                if (v == JsonToken.VALUE_STRING) {
                    String text = p.getText();
                    String stripped = text.strip();
                    if (LeadField.acceptsIdText(stripped)) {
                        lead.id(stripped);
                    } else {
                        lead.raw(field, new RawValue.Text(text));
                    }
                } else if (v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    lead.id(p.getLongValue()); // any integer is an id
                } else {
                    lead.raw(field, raw(p, v));
                }
            }
        }
    }

    /**
     * A lead's {@code previous_score}: 0..100, {@link Trend#NO_PREVIOUS_SCORE} for null,
     * {@link Trend#BAD_PREVIOUS_SCORE} else.
     */
    private static int previousScore(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return Trend.NO_PREVIOUS_SCORE;
        }
        if (v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            long value = p.getLongValue();
            if (Trend.isScore(value)) {
                return (int) value;
            }
        }
        skip(p);
        return Trend.BAD_PREVIOUS_SCORE;
    }

    private static RawValue raw(JsonParser p, JsonToken v) throws IOException {
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
                skip(p);
                yield new RawValue.Other("an object");
            }
            case START_ARRAY -> {
                skip(p);
                yield new RawValue.Other("an array");
            }
            default -> new RawValue.Other(v.name());
        };
    }

    /** Skips a value; inside it, duplicate keys are Jackson's to find, as everywhere in the strict parser. */
    private static void skip(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            p.skipChildren();
            p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        }
    }

    /** A duplicate key found by a bit mask or name set; {@link #firstStrictFailure} words it as Jackson does. */
    private static JsonProcessingException duplicate(JsonParser p, String name) {
        return new JsonParseException(p, "Duplicate field '" + name + "'");
    }

    /**
     * The failure to report for a body this parser could not read: the strict parser's first failure on it, which is
     * where the original strict parsing stopped (a duplicate key can come just before the failure found here, in the
     * same token step), with Jackson's own message and location; {@code e} if the strict parser finds nothing.
     */
    private static JsonProcessingException firstStrictFailure(byte[] body, JsonProcessingException e) {
        try (JsonParser strict = STRICT.createParser(body)) {
            while (strict.nextToken() != null) {
                // only tokenizing
            }
        } catch (JsonProcessingException first) {
            return first;
        } catch (IOException ignored) {
            // a byte array cannot fail to read
        }
        return e;
    }

    /** JSON Pointer escaping (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
