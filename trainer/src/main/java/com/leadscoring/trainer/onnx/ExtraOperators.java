package com.leadscoring.trainer.onnx;

import java.util.Collections;
import java.util.Map;
import java.util.Set;

import org.tribuo.util.onnx.ONNXAttribute;
import org.tribuo.util.onnx.ONNXOperator;
import org.tribuo.util.onnx.ONNXOperators;

/** ONNX operators Tribuo's {@link ONNXOperators} enum lacks, at Tribuo's opset. */
enum ExtraOperators implements ONNXOperator {
    /** Relu: max(0, x), element-wise. */
    RELU("Relu");

    private final String opName;

    ExtraOperators(String opName) {
        this.opName = opName;
    }

    @Override
    public String getOpName() {
        return opName;
    }

    @Override
    public int getNumInputs() {
        return 1;
    }

    @Override
    public int getNumOptionalInputs() {
        return 0;
    }

    @Override
    public int getNumOutputs() {
        return 1;
    }

    @Override
    public Map<String, ONNXAttribute> getAttributes() {
        return Collections.emptyMap();
    }

    @Override
    public Set<String> getMandatoryAttributeNames() {
        return Collections.emptySet();
    }

    @Override
    public int getOpVersion() {
        return ONNXOperators.getOpsetVersion();
    }

    @Override
    public String getOpDomain() {
        return "ai.onnx";
    }
}
