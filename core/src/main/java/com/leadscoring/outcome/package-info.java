/**
 * What sales learned about scored leads: the outcomes CSV a CRM exports ({@code id,buy,decided_at}), validated with
 * line-numbered errors like the training CSV, one decision per lead id.
 */
package com.leadscoring.outcome;
