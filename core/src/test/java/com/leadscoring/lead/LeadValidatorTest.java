package com.leadscoring.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class LeadValidatorTest {

    static Map<LeadField, RawValue> valid() {
        Map<LeadField, RawValue> m = new EnumMap<>(LeadField.class);
        m.put(LeadField.ID, new RawValue.Text("a-1"));
        m.put(LeadField.CREATED_AT, new RawValue.Text("2021-05-04"));
        m.put(LeadField.CAMPAIGN_VAR_1, new RawValue.Integral(3));
        m.put(LeadField.CAMPAIGN_VAR_2, new RawValue.Integral(4));
        for (int k = 1; k <= 12; k++) {
            m.put(LeadField.userActivity(k), new RawValue.Integral(k % 3));
        }
        return m;
    }

    static LeadValidation validate(LeadValidator v, Map<LeadField, RawValue> m) {
        return v.validate(f -> m.getOrDefault(f, RawValue.MISSING));
    }

    static Map<String, String> problems(LeadValidation v) {
        return v.problems().stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::reason));
    }

    @Test
    void acceptsAValidLeadWithNullableFieldsMissing() {
        LeadValidation v = validate(LeadValidator.forJson(), valid());
        assertTrue(v.valid());
        assertNull(v.lead().productsPurchased());
        assertNull(v.lead().signupDate());
        assertEquals(LocalDate.of(2021, 5, 4), v.lead().createdAt());
        assertEquals(2, v.lead().userActivityVar(2));
    }

    @Test
    void reportsEveryProblemAtOnceWithFieldNames() {
        Map<LeadField, RawValue> m = valid();
        m.remove(LeadField.CREATED_AT);
        m.put(LeadField.CAMPAIGN_VAR_1, new RawValue.Integral(-1));
        m.put(LeadField.CAMPAIGN_VAR_2, new RawValue.Text("7"));
        m.put(LeadField.PRODUCTS_PURCHASED, new RawValue.Integral(9));
        m.put(LeadField.SIGNUP_DATE, new RawValue.Text("2021-02-30"));
        m.put(LeadField.userActivity(5), new RawValue.Other("a decimal number"));
        m.put(LeadField.userActivity(6), new RawValue.Integral(Long.MAX_VALUE));
        m.put(LeadField.ID, new RawValue.Text("x".repeat(200)));
        Map<String, String> p = problems(validate(LeadValidator.forJson(), m));
        assertEquals(8, p.size(), p.toString());
        assertTrue(p.containsKey("created_at") && p.get("created_at").contains("required"), p.toString());
        for (String f : new String[] {
            "campaign_var_1",
            "campaign_var_2",
            "products_purchased",
            "signup_date",
            "user_activity_var_5",
            "user_activity_var_6",
            "id"
        }) {
            assertTrue(p.containsKey(f), f + " in " + p);
        }
    }

    @Test
    void refusesDatesOutsideTheRangeAndNonIsoInJson() {
        Map<LeadField, RawValue> m = valid();
        m.put(LeadField.CREATED_AT, new RawValue.Text("0000-01-01"));
        m.put(LeadField.SIGNUP_DATE, new RawValue.Text("04-05-2021"));
        assertEquals(2, validate(LeadValidator.forJson(), m).problems().size());
    }

    @Test
    void csvAcceptsTextNumbersAndBothDateFormats() {
        Map<LeadField, RawValue> m = new EnumMap<>(LeadField.class);
        valid().forEach((k, v) ->
                m.put(k, v instanceof RawValue.Integral i ? new RawValue.Text(Long.toString(i.value())) : v));
        m.put(LeadField.CREATED_AT, new RawValue.Text("04-05-2021"));
        m.put(LeadField.SIGNUP_DATE, new RawValue.Text("2020-01-31"));
        LeadValidation v = validate(LeadValidator.forCsv(), m);
        assertTrue(v.valid(), v.problems().toString());
        assertEquals(LocalDate.of(2021, 5, 4), v.lead().createdAt());
        assertEquals(3, v.lead().campaignVar1());
        assertEquals(false, validate(LeadValidator.forJson(), m).valid(), "JSON wants numbers, not text");
    }

    @Test
    void reasonsSayWhatIsExpectedAndNeverQuoteTheValue() {
        Map<LeadField, RawValue> m = valid();
        m.put(LeadField.CREATED_AT, new RawValue.Text("31-02-2021"));
        m.put(LeadField.SIGNUP_DATE, new RawValue.Text("1877-06-15"));
        m.put(LeadField.CAMPAIGN_VAR_1, new RawValue.Text("-31337"));
        m.put(LeadField.CAMPAIGN_VAR_2, new RawValue.Text("forty-two"));
        m.put(LeadField.PRODUCTS_PURCHASED, new RawValue.Text("77777"));
        m.put(LeadField.ID, new RawValue.Text("secret-id-".repeat(20)));
        Map<String, String> p = problems(validate(LeadValidator.forCsv(), m));
        assertEquals(
                Map.of(
                        "created_at", "must be a valid date (dd-MM-yyyy or yyyy-MM-dd)",
                        "signup_date", "must be between 1990-01-01 and 2099-12-31",
                        "campaign_var_1", "must be between 0 and 999",
                        "campaign_var_2", "must be an integer between 0 and 999",
                        "products_purchased", "must be between 0 and 4",
                        "id", "must be at most 128 characters"),
                p);

        Map<LeadField, RawValue> j = valid();
        j.put(LeadField.ID, new RawValue.Other("a boolean"));
        j.put(LeadField.CREATED_AT, new RawValue.Integral(20210504));
        j.put(LeadField.CAMPAIGN_VAR_1, new RawValue.Text("31337"));
        j.put(LeadField.SIGNUP_DATE, new RawValue.Text("2021-02-30"));
        assertEquals(
                Map.of(
                        "id", "must be a string or an integer, found a boolean",
                        "created_at", "must be a date string (yyyy-MM-dd), found a number",
                        "campaign_var_1", "must be an integer between 0 and 999, found a string",
                        "signup_date", "must be a valid date (yyyy-MM-dd)"),
                problems(validate(LeadValidator.forJson(), j)));
    }
}
