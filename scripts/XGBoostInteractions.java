// Ranks the features and the parent -> child split pairs of an XGBoost model by gain: the interactions the trees find,
// the candidates of the representation search's "interactions" try (BENCHMARKS.md). Fitted on January-September leads
// only, so the time check (October-December) judges interactions chosen without it.
//
// java -cp trainer/target/trainer.jar scripts/XGBoostInteractions.java ../shared/data/leads-train.csv
import java.io.FileReader;
import java.util.*;
import java.util.regex.*;

import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.trainer.baseline.*;
import com.leadscoring.trainer.data.*;
import com.leadscoring.trainer.normalize.FeatureMatrix;

public class XGBoostInteractions {
    public static void main(String[] args) throws Exception {
        List<LabeledLead> all = new LeadDataLoader(false).load(new FileReader(args[0]), args[0]).leads();
        List<LabeledLead> early = all.stream().filter(l -> l.lead().createdAt().getMonthValue() <= 9).toList();
        FeatureMatrix m = FeatureMatrix.encode(early, FeatureEncoders.V1);
        TribuoProbabilityModel model = new XGBoostTrainer(XGBoostConfig.defaults()).fit(m, 124);
        var xgb = (org.tribuo.common.xgboost.XGBoostModel<?>) model.tribuoModel();
        List<String> names = FeatureEncoders.V1.featureNames();
        Pattern node = Pattern.compile("(\\d+):\\[f(\\d+)<[^\\]]+\\] yes=(\\d+),no=(\\d+),missing=\\d+,gain=([-0-9.e+]+)");
        Map<String, Double> featureGain = new TreeMap<>();
        Map<String, Double> pairGain = new TreeMap<>();
        for (String tree : xgb.getInnerModels().get(0).getModelDump((String) null, true)) {
            Map<Integer, int[]> splits = new HashMap<>(); // node -> {feature, yes, no}
            Map<Integer, Double> gains = new HashMap<>();
            for (String line : tree.split("\n")) {
                Matcher g = node.matcher(line.trim());
                if (g.find()) {
                    int id = Integer.parseInt(g.group(1));
                    splits.put(id, new int[] {Integer.parseInt(g.group(2)), Integer.parseInt(g.group(3)), Integer.parseInt(g.group(4))});
                    gains.put(id, Double.parseDouble(g.group(5)));
                }
            }
            for (var e : splits.entrySet()) {
                String f = names.get(e.getValue()[0]);
                featureGain.merge(f, gains.get(e.getKey()), Double::sum);
                for (int child : new int[] {e.getValue()[1], e.getValue()[2]}) {
                    int[] c = splits.get(child);
                    if (c != null && c[0] != e.getValue()[0]) {
                        String a = f, b = names.get(c[0]);
                        String pair = a.compareTo(b) < 0 ? a + " x " + b : b + " x " + a;
                        pairGain.merge(pair, gains.get(child), Double::sum);
                    }
                }
            }
        }
        System.out.println("leads (January-September): " + early.size());
        print("feature gain", featureGain, 12);
        print("parent -> child split pairs, child gain", pairGain, 12);
    }

    static void print(String title, Map<String, Double> m, int top) {
        double total = m.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.println(title + ":");
        m.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("  %-55s %10.1f  %5.1f %%%n", e.getKey(), e.getValue(), 100 * e.getValue() / total));
    }
}
