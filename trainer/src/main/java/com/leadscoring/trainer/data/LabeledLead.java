package com.leadscoring.trainer.data;

import com.leadscoring.lead.Lead;

/**
 * A training example: a lead and whether it bought.
 *
 * @param lead the lead
 * @param buy the label
 */
public record LabeledLead(Lead lead, boolean buy) {}
