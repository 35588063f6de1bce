package com.leadscoring.trainer.baseline;

import java.util.ArrayList;
import java.util.List;

import com.leadscoring.trainer.normalize.FeatureMatrix;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/** A Tribuo classifier seen as a {@link ProbabilityModel}: the probability of {@link TribuoFeatures#BUY}. */
public final class TribuoProbabilityModel implements ProbabilityModel {

    private final Model<Label> model;

    public TribuoProbabilityModel(Model<Label> model) {
        if (!model.generatesProbabilities()) {
            throw new IllegalArgumentException(model.getClass().getSimpleName() + " does not produce probabilities");
        }
        this.model = model;
    }

    public Model<Label> tribuoModel() {
        return model;
    }

    @Override
    public double[] predict(FeatureMatrix m) {
        List<Example<Label>> examples = new ArrayList<>(m.rows());
        for (int i = 0; i < m.rows(); i++) {
            examples.add(TribuoFeatures.example(m.values(), i * m.width(), m.encoder(), null));
        }
        List<Prediction<Label>> predictions = model.predict(examples);
        double[] p = new double[predictions.size()];
        for (int i = 0; i < p.length; i++) {
            Label buy = predictions.get(i).getOutputScores().get(TribuoFeatures.BUY.getLabel());
            p[i] = buy == null ? 0 : buy.getScore();
        }
        return p;
    }
}
