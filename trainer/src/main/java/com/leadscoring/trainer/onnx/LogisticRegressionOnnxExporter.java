package com.leadscoring.trainer.onnx;

import ai.onnx.proto.OnnxMl;
import com.leadscoring.features.FeatureEncoders;
import com.leadscoring.model.ModelOutput;
import com.leadscoring.trainer.baseline.TribuoFeatures;
import org.tribuo.Model;
import org.tribuo.ONNXExportable;
import org.tribuo.classification.Label;

/**
 * The logistic-regression baseline through Tribuo's built-in export. Its graph outputs the label distribution
 * {@code [N, 2]}; {@link ModelOutput#probabilityColumn()} says which column is "buy", so the function serves it
 * unchanged.
 */
public final class LogisticRegressionOnnxExporter {

    private LogisticRegressionOnnxExporter() {}

    public static OnnxExport export(Model<Label> model, ExportMetadata meta) {
        if (!(model instanceof ONNXExportable exportable)) {
            throw new IllegalArgumentException(model.getClass().getSimpleName() + " cannot be exported to ONNX");
        }
        // Tribuo orders input columns by feature id, i.e. by name; TribuoFeatures' names keep encoder order.
        String[] expected = TribuoFeatures.featureNames(FeatureEncoders.forVersion(meta.encoderVersion()));
        for (int i = 0; i < expected.length; i++) {
            String actual = model.getFeatureIDMap().get(i).getName();
            if (!expected[i].equals(actual)) {
                throw new IllegalStateException(
                        "feature " + i + " of the model is " + actual + ", expected " + expected[i]);
            }
        }
        OnnxMl.ModelProto tribuo = exportable.exportONNXModel("com.leadscoring", 1);
        OnnxMl.ModelProto.Builder proto = tribuo.toBuilder();
        OnnxMetadata.addTo(proto, meta);
        OnnxMl.GraphProto g = tribuo.getGraph();
        int column = model.getOutputIDInfo().getID(TribuoFeatures.BUY);
        if (column < 0) {
            throw new IllegalStateException("the model never saw a buyer; nothing to export");
        }
        return new OnnxExport(
                proto.build().toByteArray(),
                new ModelOutput(g.getInput(0).getName(), g.getOutput(0).getName(), column));
    }
}
