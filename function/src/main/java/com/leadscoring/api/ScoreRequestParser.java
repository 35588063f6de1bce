package com.leadscoring.api;

import java.io.IOException;
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
import com.leadscoring.features.LeadEncoder;
import com.leadscoring.lead.FieldProblem;
import com.leadscoring.wire.CellPolicy;
import com.leadscoring.wire.LeadReader;

/**
 * Parses {@code {"leads":[...], "explain": bool}} with Jackson's streaming parser; each lead (which may also carry its
 * {@code previous_score}) is read by the shared {@link LeadReader} with the typed JSON policy straight into the feature
 * rows the model reads. Every bad field is reported with a JSON Pointer, exactly as the validator words it. All or
 * nothing: one bad lead rejects the request.
 *
 * <p>Duplicate keys are refused as Jackson's strict duplicate detection refuses them; that detection keeps a hash set
 * per object (a fifth of the parse of a 1000-lead request), so the lead and top-level objects, whose keys are known,
 * are checked by the reader's bit mask instead, and Jackson's detection is switched on only while skipping nested
 * values. The rows are the reader's, per thread: the handler is called from several threads at once.
 */
public final class ScoreRequestParser {

    public static final int MAX_LEADS = 1000;

    private static final JsonFactory JSON = new JsonFactory();
    /** The original strict parser: run again over a body that failed, it words the failure exactly as before. */
    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final int MAX_REPORTED_ERRORS = 200;

    /** Parses, validates and encodes with {@code encoder}, the served model's own (its contract names it). */
    public ScoreRequest parse(byte[] body, LeadEncoder encoder) throws ProblemException {
        return parse(body, body.length, encoder);
    }

    /** As {@link #parse(byte[], LeadEncoder)}, the body being {@code body[0, length)} (a reused buffer). */
    public ScoreRequest parse(byte[] body, int length, LeadEncoder encoder) throws ProblemException {
        if (length == 0) {
            throw new ProblemException(
                    ProblemType.INVALID_REQUEST, "the request body is empty; expected {\"leads\": [...]}");
        }
        try (JsonParser p = JSON.createParser(body, 0, length)) {
            return parse(p, encoder, body);
        } catch (JsonProcessingException e) {
            JsonProcessingException first = firstStrictFailure(body, length, e);
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
        LeadReader reader = LeadReader.forThread(CellPolicy.JSON);
        reader.start(encoder);
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
                        leads = readLeads(p, reader, errors);
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
                reader.features(),
                leads,
                reader.ids(),
                reader.previousScores(),
                explain,
                body,
                reader.leadStart(),
                reader.leadEnd());
    }

    private static long countLeadErrors(List<FieldError> errors) {
        return errors.stream().filter(e -> e.pointer().startsWith("/leads/")).count();
    }

    /** Reads the leads array into the reader's rows (while no error was found); returns the number of valid leads. */
    private static int readLeads(JsonParser p, LeadReader reader, List<FieldError> errors)
            throws IOException, ProblemException {
        int index = 0;
        int valid = 0;
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
            // once the request is rejected, its leads are only checked
            List<FieldProblem> problems = reader.read(p, errors.isEmpty());
            if (problems.isEmpty()) {
                valid++;
            } else {
                String base = "/leads/" + index + "/";
                for (FieldProblem problem : problems) {
                    String field = problem.field();
                    errors.add(new FieldError(
                            base + escape(field),
                            LeadReader.UNKNOWN_FIELD.equals(problem.reason())
                                    ? problem.reason()
                                    : field + " " + problem.reason()));
                }
            }
            index++;
        }
        return valid;
    }

    /** Skips a value; inside it, duplicate keys are Jackson's to find, as everywhere in the strict parser. */
    private static void skip(JsonParser p) throws IOException {
        CellPolicy.JSON.skip(p);
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
    private static JsonProcessingException firstStrictFailure(byte[] body, int length, JsonProcessingException e) {
        try (JsonParser strict = STRICT.createParser(body, 0, length)) {
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
