package com.leadscoring.trainer.dnn;

import java.util.List;

import com.leadscoring.features.Normalization;
import com.leadscoring.trainer.calibration.PlattCalibration;

/**
 * The served network: the k fold networks averaged. Each member was trained on its own fold's normalization; here its
 * first layer is rewritten to take the served (global) normalization's vectors instead, exactly. The members' logits
 * are averaged, then calibrated: {@code p = σ(slope · mean_k(z_k) + intercept)}.
 *
 * @param members uncalibrated networks that all take vectors z-normalized with the served normalization
 * @param calibration Platt scaling fitted on the out-of-fold logits of every row
 */
public record DnnEnsembleModel(List<DnnModel> members, PlattCalibration calibration) {

    public DnnEnsembleModel {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one member");
        }
    }

    /**
     * Rewrites {@code member} (trained on vectors normalized with {@code own}) to take vectors normalized with
     * {@code served}: {@code x_own = (x_served · sd_served + mean_served − mean_own) / sd_own}, folded into the first
     * layer's weights and bias.
     */
    public static DnnModel rebase(DnnModel member, Normalization own, Normalization served) {
        DenseLayer l1 = member.first();
        int in = l1.inputs();
        double[] ownMean = own.means();
        double[] ownSd = own.stds();
        double[] servedMean = served.means();
        double[] servedSd = served.stds();
        double[] scale = new double[in];
        double[] shift = new double[in];
        for (int j = 0; j < in; j++) {
            double so = ownSd[j] > 0 ? ownSd[j] : 1.0;
            double ss = servedSd[j] > 0 ? servedSd[j] : 1.0;
            scale[j] = ss / so;
            shift[j] = (servedMean[j] - ownMean[j]) / so;
        }
        float[] w = l1.weights();
        float[] b = l1.bias();
        float[] w2 = new float[w.length];
        float[] b2 = new float[b.length];
        for (int o = 0; o < l1.outputs(); o++) {
            double c = b[o];
            for (int j = 0; j < in; j++) {
                w2[o * in + j] = (float) (w[o * in + j] * scale[j]);
                c += w[o * in + j] * shift[j];
            }
            b2[o] = (float) c;
        }
        return member.withFirstLayer(new DenseLayer(in, l1.outputs(), w2, b2))
                .withCalibration(PlattCalibration.IDENTITY);
    }

    public int inputs() {
        return members.get(0).inputs();
    }

    /** Mean of the members' logits for the vector at {@code x[offset..]}. */
    public double logit(float[] x, int offset) {
        double sum = 0;
        for (DnnModel m : members) {
            sum += m.logit(x, offset);
        }
        return sum / members.size();
    }

    /** The calibrated probability of buying. */
    public double probability(float[] x, int offset) {
        return calibration.probability(logit(x, offset));
    }
}
