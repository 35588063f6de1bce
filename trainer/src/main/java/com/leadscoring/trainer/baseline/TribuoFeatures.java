package com.leadscoring.trainer.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.leadscoring.features.LeadEncoder;
import com.leadscoring.trainer.normalize.FeatureMatrix;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

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

    private static final Map<String, String[]> NAMES = new ConcurrentHashMap<>();

    private TribuoFeatures() {}

    private static String[] names(LeadEncoder encoder) {
        return NAMES.computeIfAbsent(encoder.version(), v -> {
            List<String> features = encoder.featureNames();
            String[] names = new String[features.size()];
            for (int i = 0; i < names.length; i++) {
                // Zero-padded index first: Tribuo orders features by name, and this keeps encoder order.
                names[i] = String.format("f%02d_%s", i, features.get(i));
            }
            return names;
        });
    }

    /** Tribuo feature names in {@code encoder}'s order. */
    public static String[] featureNames(LeadEncoder encoder) {
        return names(encoder).clone();
    }

    /** An example for the vector at {@code row[offset .. offset + size)}, labelled when {@code label} is not null. */
    public static Example<Label> example(float[] row, int offset, LeadEncoder encoder, Label label) {
        String[] names = names(encoder);
        double[] values = new double[names.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = row[offset + i];
        }
        return new ArrayExample<>(label == null ? LabelFactory.UNKNOWN_LABEL : label, names, values);
    }

    /** A Tribuo dataset of a feature matrix's rows and labels (what every peer fits on). */
    public static MutableDataset<Label> dataset(FeatureMatrix m, String description) {
        List<float[]> rows = new ArrayList<>(m.rows());
        for (int i = 0; i < m.rows(); i++) {
            rows.add(m.row(i));
        }
        return dataset(rows, m.labels(), m.encoder(), description);
    }

    /**
     * A Tribuo dataset of the given (normalized) vectors and labels. Every feature is present in every example, so the
     * dataset's feature domain holds all of {@code encoder}'s features.
     */
    public static MutableDataset<Label> dataset(
            List<float[]> rows, boolean[] labels, LeadEncoder encoder, String description) {
        LabelFactory factory = new LabelFactory();
        List<Example<Label>> examples = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            examples.add(example(rows.get(i), 0, encoder, labels[i] ? BUY : NO_BUY));
        }
        ListDataSource<Label> source =
                new ListDataSource<>(examples, factory, new SimpleDataSourceProvenance(description, factory));
        return new MutableDataset<>(source);
    }
}
