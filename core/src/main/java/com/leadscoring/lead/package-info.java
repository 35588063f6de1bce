/**
 * The lead schema: the {@link com.leadscoring.lead.Lead} record, its field catalogue, validation that reports every
 * problem at once, and CSV reading/writing of the data set's format, over strict UTF-8 text
 * ({@link com.leadscoring.lead.Utf8Text}, also used for the rescoring results). Shared by the trainer and the function
 * so both accept exactly the same leads.
 */
package com.leadscoring.lead;
