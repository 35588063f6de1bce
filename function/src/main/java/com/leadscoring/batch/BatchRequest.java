package com.leadscoring.batch;

import java.util.List;

import com.leadscoring.lead.RawValue;

/**
 * A Distributed Map batch as read: its items, and what the run asked for in {@code BatchInput}.
 *
 * @param items each item's values indexed by lead field ordinal; {@code null} where the item has no such column
 * @param previousScores each item's {@code previous_score} cell ({@link RawValue#MISSING} when it has none), in item
 *     order
 * @param explain {@code BatchInput.explain}: answer each scored row with its reasons, as the API does
 */
record BatchRequest(List<RawValue[]> items, List<RawValue> previousScores, boolean explain) {}
