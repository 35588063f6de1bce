// Would a blend of the DNN and XGBoost pay? Cross-validates both on the same folds (the train defaults, without the
// random forest and SMOTE) and scores, fold by fold, the equal-weight average of their calibrated log-odds on the
// held-out rows: nothing is fitted on the folds it is judged on, so the blend's figure is as honest as each model's.
//
// java -cp trainer/target/trainer.jar scripts/BlendCheck.java ../shared/data/leads-train.csv [encoder]
import java.io.FileReader;
import java.util.*;

import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.trainer.cv.*;
import com.leadscoring.trainer.data.*;
import com.leadscoring.trainer.evaluation.BinaryMetrics;
import com.leadscoring.trainer.pipeline.*;

public class BlendCheck {
    public static void main(String[] args) throws Exception {
        List<LabeledLead> leads = new LeadDataLoader(false).load(new FileReader(args[0]), args[0]).leads();
        TrainingConfig config = TrainingConfig.builder().smote(SmotePolicy.NONE).randomForest(false).timeCheck(false)
                .encoder(FeatureEncoders.forVersion(args.length > 1 ? args[1] : "lead-features-v1")).build();
        TrainingResult r = new TrainingPipeline(config, PipelineListener.QUIET).train(leads);
        CvModelResult dnn = r.models().get("dnn");
        CvModelResult xgb = r.models().get("xgboost");
        Map<String, List<Double>> auc = new LinkedHashMap<>();
        Map<String, List<Double>> pr = new LinkedHashMap<>();
        for (int f = 0; f < dnn.folds().size(); f++) {
            FoldOutcome a = dnn.folds().get(f);
            FoldOutcome b = xgb.folds().get(f);
            boolean[] y = r.recipe().folds().get(a.fold()).heldOut().labels();
            double[] blend = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                blend[i] = 1 / (1 + Math.exp(-(logit(a.probabilities()[i]) + logit(b.probabilities()[i])) / 2));
            }
            for (var e : Map.of("dnn", a.probabilities(), "xgboost", b.probabilities(), "blend", blend).entrySet()) {
                BinaryMetrics m = BinaryMetrics.evaluate(e.getValue(), y, 0.5);
                auc.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(m.rocAuc());
                pr.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(m.prAuc());
            }
        }
        for (String k : List.of("dnn", "xgboost", "blend")) {
            System.out.printf("%-8s ROC AUC %s  PR AUC %s  per fold %s%n", k, ms(auc.get(k)), ms(pr.get(k)), auc.get(k));
        }
    }

    static double logit(double p) {
        double q = Math.min(1 - 1e-7, Math.max(1e-7, p));
        return Math.log(q / (1 - q));
    }

    static String ms(List<Double> v) {
        double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double var = v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / (v.size() - 1);
        return String.format("%.4f ± %.4f", mean, Math.sqrt(var));
    }
}
