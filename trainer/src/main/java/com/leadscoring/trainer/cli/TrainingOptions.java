package com.leadscoring.trainer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.features.LeadEncoder;
import com.leadscoring.io.Locations;
import com.leadscoring.lead.FieldLabels;
import com.leadscoring.lead.Utf8Text;
import com.leadscoring.trainer.baseline.RandomForestConfig;
import com.leadscoring.trainer.dnn.DnnConfig;
import com.leadscoring.trainer.grading.GradePolicy;
import com.leadscoring.trainer.pipeline.PublishedAlgorithm;
import com.leadscoring.trainer.pipeline.SmotePolicy;
import com.leadscoring.trainer.pipeline.TrainingConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Training options shared by {@code train} and {@code demo} (a picocli mixin), turned into a {@link TrainingConfig}.
 */
final class TrainingOptions {

    /** The command these options are mixed into: a bad combination is that command's usage error. */
    @picocli.CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    @Option(
            names = "--seed",
            defaultValue = "124",
            description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--smote",
            defaultValue = "none",
            description = "SMOTE on each fold's fitting rows for the network: "
                    + "none, smote, or auto (cross-validate with and without, keep the better; it "
                    + "lowered every figure on the "
                    + "real data, see BENCHMARKS.md) (default: ${DEFAULT-VALUE}).",
            converter = SmotePolicyConverter.class)
    SmotePolicy smote;

    @Option(
            names = "--folds",
            defaultValue = "5",
            description = "Stratified k-fold cross-validation; 1 = one 20 %% hold-out, the fast path "
                    + "(default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--threads", description = "Folds fitted at once (default: the machine's cores).")
    Integer threads;

    @Option(names = "--no-xgboost", negatable = false, description = "Skip the XGBoost peer.")
    boolean noXgboost;

    @Option(
            names = "--l2",
            defaultValue = "0",
            description = "Weight decay of the network (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--smote-k", defaultValue = "5", description = "SMOTE neighbours (default: ${DEFAULT-VALUE}).")
    int smoteK;

    @Option(
            names = "--smote-ratio",
            defaultValue = "1.0",
            description = "SMOTE target buyers/non-buyers ratio (default: ${DEFAULT-VALUE}).")
    double smoteRatio;

    @Option(names = "--epochs", description = "Maximum DNN epochs (default: ${DEFAULT-VALUE}).", defaultValue = "60")
    int epochs;

    @Option(
            names = "--patience",
            description = "Early-stopping patience in epochs (default: ${DEFAULT-VALUE}).",
            defaultValue = "8")
    int patience;

    @Option(names = "--lr", description = "Adam learning rate (default: ${DEFAULT-VALUE}).", defaultValue = "1e-3")
    double learningRate;

    @Option(names = "--batch-size", description = "Mini-batch size (default: ${DEFAULT-VALUE}).", defaultValue = "256")
    int batchSize;

    @Option(
            names = "--hidden",
            split = ",",
            description = "Hidden layer sizes, first first, any depth, e.g. 32,16,8 (default: 64,32).")
    int[] hidden = {64, 32};

    @Option(names = "--dropout", description = "Dropout rate (default: ${DEFAULT-VALUE}).", defaultValue = "0.2")
    double dropout;

    // Off by default: on the real data it is the slowest peer and the weakest (BENCHMARKS.md); --no-rf still parses.
    @Option(
            names = "--rf",
            negatable = true,
            defaultValue = "false",
            description = "Also cross-validate the random forest peer (default: off).")
    boolean randomForest;

    @Option(names = "--rf-trees", description = "Random forest trees (default: the library default of this project).")
    Integer rfTrees;

    @Option(
            names = "--no-time-check",
            negatable = false,
            description = "Skip the January-September / October-December check.")
    boolean noTimeCheck;

    @Option(
            names = "--algorithm",
            defaultValue = "dnn",
            description = "Model to publish: dnn or logistic-regression (default: ${DEFAULT-VALUE}).",
            converter = AlgorithmConverter.class)
    PublishedAlgorithm algorithm;

    @Option(
            names = "--grades",
            defaultValue = "shares:5,10,25",
            description = "How grade bands are chosen from the "
                    + "out-of-fold probabilities: shares:A,B,C (%% of leads per grade from the top; D the rest), "
                    + "probabilities:A,B,C (where each grade starts) or scores:A,B,C (fixed score "
                    + "bands, e.g. 75,50,25) "
                    + "(default: ${DEFAULT-VALUE}).")
    String grades;

    @Option(
            names = "--field-labels",
            description = "CSV of field,label,description (a path, file: URI or "
                    + "s3://bucket/key): words for the lead fields, stored with the model and carried by each reason "
                    + "(default: the field names).")
    String fieldLabels;

    @Option(
            names = "--encoder",
            description = "Feature encoder: a released version (lead-features-v1) or, for the"
                    + " representation search, lead-features-v1+<block>+... with blocks (put in "
                    + "this order) log1p, aggregates,"
                    + " campaign-one-hot, month, signup-year, interactions, "
                    + "products-missing (default: ${DEFAULT-VALUE}).",
            defaultValue = FeatureEncoders.DEFAULT_VERSION)
    String encoder;

    /** The configuration these options describe; values that cannot form one are a usage error (exit 2) naming why. */
    TrainingConfig toConfig() {
        try {
            return build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(command.commandLine(), e.getMessage());
        }
    }

    private TrainingConfig build() {
        DnnConfig dnn = DnnConfig.builder()
                .hidden(hidden)
                .dropout(dropout)
                .learningRate(learningRate)
                .batchSize(batchSize)
                .maxEpochs(epochs)
                .patience(patience)
                .l2(l2)
                .seed(seed)
                .build();
        RandomForestConfig.Builder forest = RandomForestConfig.builder();
        if (rfTrees != null) {
            forest.trees(rfTrees);
        }
        boolean forestAsked = randomForest || rfTrees != null;
        TrainingConfig.Builder b = TrainingConfig.builder()
                .seed(seed)
                .folds(folds)
                .smote(smote)
                .smoteK(smoteK)
                .smoteRatio(smoteRatio)
                .dnn(dnn)
                .randomForest(forestAsked)
                .forest(forest.build())
                .xgboost(!noXgboost)
                .timeCheck(!noTimeCheck)
                .published(algorithm)
                .grades(GradePolicy.parse(grades))
                .labels(labels())
                .encoder(encoder());
        if (threads != null) {
            b.threads(threads);
        }
        return b.build();
    }

    /** The encoder {@code --encoder} names; a search spec's blocks are put in their order, with a note. */
    private LeadEncoder encoder() {
        LeadEncoder e = FeatureEncoders.forVersion(encoder);
        if (!e.version().equals(encoder)) {
            System.err.println("note: --encoder " + encoder + " is " + e.version() + " (the blocks in their order)");
        }
        return e;
    }

    private FieldLabels labels() {
        if (fieldLabels == null) {
            return FieldLabels.NONE;
        }
        try (InputStream in = Locations.open(fieldLabels);
                Reader r = Utf8Text.reader(in, fieldLabels)) {
            return FieldLabels.fromCsv(r, fieldLabels);
        } catch (IOException e) {
            throw new IllegalArgumentException("--field-labels: " + e.getMessage());
        }
    }

    static final class SmotePolicyConverter implements CommandLine.ITypeConverter<SmotePolicy> {
        @Override
        public SmotePolicy convert(String value) {
            for (SmotePolicy p : SmotePolicy.values()) {
                if (p.label().equals(value)) {
                    return p;
                }
            }
            throw new CommandLine.TypeConversionException("expected auto, none or smote, got '" + value + "'");
        }
    }

    static final class AlgorithmConverter implements CommandLine.ITypeConverter<PublishedAlgorithm> {
        @Override
        public PublishedAlgorithm convert(String value) {
            PublishedAlgorithm a = PublishedAlgorithm.byName(value);
            if (a != null) {
                return a;
            }
            throw new CommandLine.TypeConversionException("expected dnn or logistic-regression, got '" + value + "'");
        }
    }
}
