package com.leadscoring.trainer.baseline;

import java.util.List;

import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import com.leadscoring.features.FeatureEncoder;

/**
 * Bridges feature vectors to Tribuo. Tribuo numbers features by sorting their names, so each name carries its
 * zero-padded position ({@code f00_campaign_var_1}, ...): Tribuo's feature ids, and the input columns of a model it
 * exports to ONNX, are then exactly the encoder's order.
 */
public final class TribuoFeatures {

    /** Label of buyers. */
    public static final Label BUY = new Label("1");
    /** Label of non-buyers. */
    public static final Label NO_BUY = new Label("0");

    private static final String[] NAMES = names();

    private TribuoFeatures() {
    }

    private static String[] names() {
        List<String> encoder = FeatureEncoder.featureNames();
        String[] names = new String[encoder.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = String.format("f%02d_%s", i, encoder.get(i));
        }
        return names;
    }

    /** Tribuo feature names in encoder order. */
    public static String[] featureNames() {
        return NAMES.clone();
    }

    /** An example for the vector at {@code row[offset .. offset + SIZE)}, labelled when {@code label} is not null. */
    public static Example<Label> example(float[] row, int offset, Label label) {
        double[] values = new double[NAMES.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = row[offset + i];
        }
        return new ArrayExample<>(label == null ? LabelFactory.UNKNOWN_LABEL : label, NAMES, values);
    }

    /**
     * A Tribuo dataset of the given (normalized) vectors and labels. Every feature is present in every example, so the
     * dataset's feature domain holds all {@link FeatureEncoder#SIZE} features.
     */
    public static MutableDataset<Label> dataset(List<float[]> rows, boolean[] labels, String description) {
        LabelFactory factory = new LabelFactory();
        List<Example<Label>> examples = new java.util.ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            examples.add(example(rows.get(i), 0, labels[i] ? BUY : NO_BUY));
        }
        ListDataSource<Label> source = new ListDataSource<>(examples, factory, new SimpleDataSourceProvenance(description, factory));
        return new MutableDataset<>(source);
    }
}
