package com.leadscoring.batch;

import java.util.List;

/**
 * A Distributed Map batch as read: the valid items already encoded for the model, and one entry per item.
 *
 * @param features the valid items' raw feature rows, one after the other ({@code valid × encoder size} floats); the
 *     reader's per-thread buffer, valid until the thread reads its next batch
 * @param valid how many items are valid (and encoded)
 * @param items one per item, in item order
 * @param explain {@code BatchInput.explain}: answer each scored row with its reasons, as the API does
 * @param body the batch's bytes as read (a per-thread buffer, possibly longer than the batch)
 * @param leadStart each valid item's object in {@code body} starts at this byte, in the order of the rows; the first
 *     {@code valid} count
 * @param leadEnd and ends before this one: the row as Distributed Map sent it, for capture
 */
record BatchRequest(
        float[] features,
        int valid,
        List<BatchItem> items,
        boolean explain,
        byte[] body,
        int[] leadStart,
        int[] leadEnd) {}
