package com.leadscoring.lead;

/** A lead's fields as they arrived, looked up by field; the source of {@link LeadValidator#validate(RawLead)}. */
@FunctionalInterface
public interface RawLead {
    /** The value of {@code field}, or {@link RawValue#MISSING}. Never {@code null}. */
    RawValue value(LeadField field);
}
