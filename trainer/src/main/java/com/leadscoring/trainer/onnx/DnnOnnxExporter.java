package com.leadscoring.trainer.onnx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl;
import com.leadscoring.model.ModelOutput;
import com.leadscoring.trainer.calibration.PlattCalibration;
import com.leadscoring.trainer.dnn.BatchNormLayer;
import com.leadscoring.trainer.dnn.DenseLayer;
import com.leadscoring.trainer.dnn.DnnEnsembleModel;
import com.leadscoring.trainer.dnn.DnnModel;
import com.leadscoring.trainer.dnn.HiddenBlock;
import org.tribuo.util.onnx.ONNXContext;
import org.tribuo.util.onnx.ONNXInitializer;
import org.tribuo.util.onnx.ONNXNode;
import org.tribuo.util.onnx.ONNXOperators;
import org.tribuo.util.onnx.ONNXPlaceholder;
import org.tribuo.util.onnx.ONNXRef;

/**
 * The DNN as ONNX: {@code features [N, F]} (z-normalized) → Gemm → Relu → Gemm → Relu → Gemm → Sigmoid →
 * {@code probability [N, 1]}, with the value under the Sigmoid as a second output {@code logit [N, 1]} (the calibrated
 * log-odds, which explanations are measured on because they do not saturate). At inference BatchNorm is an affine map
 * per unit ({@code a·h + b}), so it is folded exactly into the next Gemm ({@code W·diag(a)}, {@code W·b + c}); the
 * Platt calibration {@code σ(s·z + t)} is folded into the last Gemm the same way. Fewer nodes, same function, and only
 * Relu needs an operator Tribuo lacks.
 */
public final class DnnOnnxExporter {

    public static final String INPUT = "features";
    public static final String OUTPUT = "probability";

    private DnnOnnxExporter() {}

    /** One network with its own calibration: an ensemble of one. */
    public static OnnxExport export(DnnModel model, ExportMetadata meta) {
        return export(
                new DnnEnsembleModel(List.of(model.withCalibration(PlattCalibration.IDENTITY)), model.calibration()),
                meta);
    }

    /**
     * The ensemble as one graph: each member's Gemm → Relu per hidden block, then Gemm, on the same input, its last
     * layer pre-scaled by {@code slope / k} (with {@code intercept / k} in its bias), the members summed, then Sigmoid:
     * {@code σ(slope · mean(z) + intercept)}, the ensemble's calibrated probability.
     */
    public static OnnxExport export(DnnEnsembleModel ensemble, ExportMetadata meta) {
        ONNXContext ctx = new ONNXContext();
        ctx.setName("lead-scoring-dnn");
        ONNXPlaceholder input = ctx.floatInput(INPUT, ensemble.inputs());
        ONNXPlaceholder output = ctx.floatOutput(OUTPUT, 1);
        ONNXPlaceholder logitOutput = ctx.floatOutput(ModelOutput.LOGIT_OUTPUT, 1);
        int k = ensemble.members().size();
        double slope = ensemble.calibration().slope() / k;
        double intercept = ensemble.calibration().intercept() / k;
        List<ONNXRef<?>> logits = new ArrayList<>();
        for (int m = 0; m < k; m++) {
            DnnModel model = ensemble.members().get(m);
            String p = k == 1 ? "" : "m" + m + "_";
            // Each BatchNorm folds into the next layer, the last one's into the output, the calibration into its end.
            List<HiddenBlock> blocks = model.hidden();
            ONNXNode h = gemm(ctx, input, blocks.get(0).dense(), p + "hidden1").apply(ExtraOperators.RELU);
            for (int i = 1; i < blocks.size(); i++) {
                DenseLayer layer =
                        foldBatchNorm(blocks.get(i - 1).norm(), blocks.get(i).dense());
                h = gemm(ctx, h, layer, p + "hidden" + (i + 1)).apply(ExtraOperators.RELU);
            }
            DenseLayer last =
                    calibrate(foldBatchNorm(blocks.get(blocks.size() - 1).norm(), model.output()), slope, intercept);
            logits.add(gemm(ctx, h, last, p + "output"));
        }
        ONNXNode sum =
                k == 1 ? (ONNXNode) logits.get(0) : ctx.operation(ONNXOperators.SUM, logits, "ensemble_sum", Map.of());
        sum.apply(ONNXOperators.SIGMOID).assignTo(output);
        sum.assignTo(logitOutput);
        OnnxMl.ModelProto.Builder proto = OnnxMl.ModelProto.newBuilder()
                .setGraph(ctx.buildGraph())
                .setIrVersion(7)
                .setDomain("com.leadscoring")
                .setModelVersion(1)
                .setDocString("Lead scoring DNN ensemble of " + k
                        + " (calibrated), input z-normalized features, output buy probability")
                .addOpsetImport(ONNXOperators.getOpsetProto());
        OnnxMetadata.addTo(proto, meta);
        return new OnnxExport(proto.build().toByteArray(), new ModelOutput(INPUT, OUTPUT, -1));
    }

    private static ONNXNode gemm(ONNXContext ctx, ONNXRef<?> in, DenseLayer layer, String name) {
        ONNXInitializer w = ctx.floatTensor(
                name + "_weight", List.of(layer.outputs(), layer.inputs()), fb -> fb.put(layer.weights()));
        ONNXInitializer b = ctx.array(name + "_bias", layer.bias());
        List<ONNXRef<?>> inputs = List.of(in, w, b);
        return ctx.operation(ONNXOperators.GEMM, inputs, name, Map.<String, Object>of("transB", 1));
    }

    /** The next layer applied to BN's output, as one layer on BN's input: W' = W·diag(a), c' = W·b + c. */
    static DenseLayer foldBatchNorm(BatchNormLayer bn, DenseLayer next) {
        int in = next.inputs();
        double[] a = new double[in];
        double[] shift = new double[in];
        for (int j = 0; j < in; j++) {
            a[j] = bn.gamma()[j] / Math.sqrt(bn.runningVar()[j] + bn.epsilon());
            shift[j] = bn.beta()[j] - a[j] * bn.runningMean()[j];
        }
        float[] w = next.weights();
        float[] folded = new float[w.length];
        float[] bias = new float[next.outputs()];
        for (int o = 0; o < next.outputs(); o++) {
            double c = next.bias()[o];
            for (int j = 0; j < in; j++) {
                folded[o * in + j] = (float) (w[o * in + j] * a[j]);
                c += w[o * in + j] * shift[j];
            }
            bias[o] = (float) c;
        }
        return new DenseLayer(in, next.outputs(), folded, bias);
    }

    private static DenseLayer calibrate(DenseLayer last, double slope, double intercept) {
        float[] w = last.weights();
        float[] scaled = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            scaled[i] = (float) (w[i] * slope);
        }
        float[] bias = new float[last.outputs()];
        for (int o = 0; o < bias.length; o++) {
            bias[o] = (float) (last.bias()[o] * slope + intercept);
        }
        return new DenseLayer(last.inputs(), last.outputs(), scaled, bias);
    }
}
