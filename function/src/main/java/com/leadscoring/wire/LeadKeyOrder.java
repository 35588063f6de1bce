package com.leadscoring.wire;

import java.io.IOException;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.leadscoring.lead.LeadField;

/**
 * The order a caller writes a lead's keys in, learnt lead by lead, so a streaming parser can expect each next key:
 * clients (and a CSV's columns) keep one order, and an expected key lets Jackson match its bytes in place without
 * decoding the name or hashing it into its symbol table. One per parser thread, reused request after request.
 */
public final class LeadKeyOrder {

    private static final SerializedString[] NAMES = Arrays.stream(LeadField.values())
            .map(f -> new SerializedString(f.fieldName()))
            .toArray(SerializedString[]::new);
    /** Index into {@link #following} of a lead's start. */
    private static final int START = NAMES.length;

    /** The key that followed each field (by ordinal; the lead's start last) in the previous lead; null: the end. */
    private final LeadField[] following = new LeadField[START + 1];

    private int previous = START;
    private LeadField field;

    /** A lead object begins (the parser is on its {@code START_OBJECT}). */
    public void startLead() {
        previous = START;
    }

    /**
     * Moves the parser to the lead's next key; false at the end of the lead. After true, {@link #field()} is the key's
     * lead field, or null for any other name (read it with {@code p.currentName()}).
     */
    public boolean advance(JsonParser p) throws IOException {
        LeadField expected = following[previous];
        if (expected != null && p.nextFieldName(NAMES[expected.ordinal()])) {
            field = expected;
            return true;
        }
        if ((expected == null ? p.nextToken() : p.currentToken()) != JsonToken.FIELD_NAME) {
            following[previous] = null;
            return false;
        }
        field = LeadField.byName(p.currentName());
        return true;
    }

    /** The lead field of the key {@link #advance} stopped at, or null for another name. */
    public LeadField field() {
        return field;
    }

    /** Records that {@code read} was the lead's next field, for the leads that follow. */
    public void read(LeadField read) {
        following[previous] = read;
        previous = read.ordinal();
    }
}
