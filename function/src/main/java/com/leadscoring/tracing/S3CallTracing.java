package com.leadscoring.tracing;

import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.entities.Entity;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Records every AWS SDK call of the function (the model load's S3 GETs above all) as an X-Ray subsegment, through the
 * X-Ray SDK's own interceptor, when tracing is on; otherwise it does nothing. Registered for every SDK client of the
 * jar by {@code software/amazon/awssdk/global/handlers/execution.interceptors}, so {@code core}'s S3 client is traced
 * without {@code core} knowing X-Ray. The store reads a version's files on threads of its own: a call on a thread with
 * no trace joins the init step in progress ({@link Tracer#traceInit}), so the model load's GETs land inside it.
 */
public final class S3CallTracing implements ExecutionInterceptor {

    private static final ExecutionAttribute<Boolean> JOINED = new ExecutionAttribute<>("leadscoring.joinedInitStep");

    private final ExecutionInterceptor delegate;

    public S3CallTracing() {
        if (Tracer.daemonNamed()) {
            delegate = XRayTracer.sdkCallInterceptor();
        } else {
            delegate = null;
        }
    }

    /** Whether calls are being recorded (tests). */
    boolean active() {
        return delegate != null;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (delegate != null) {
            Entity init = XRayTracer.initStep();
            if (init != null && AWSXRay.getGlobalRecorder().getTraceEntity() == null) {
                AWSXRay.getGlobalRecorder().setTraceEntity(init);
                attributes.putAttribute(JOINED, true);
            }
            delegate.beforeExecution(context, attributes);
        }
    }

    /** Leaves the init step this thread joined, so the pooled thread carries no trace into later work. */
    private static void leave(ExecutionAttributes attributes) {
        if (Boolean.TRUE.equals(attributes.getAttribute(JOINED))) {
            AWSXRay.getGlobalRecorder().clearTraceEntity();
        }
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        return delegate != null ? delegate.modifyHttpRequest(context, attributes) : context.httpRequest();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (delegate != null) {
            delegate.beforeTransmission(context, attributes);
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (delegate != null) {
            delegate.afterExecution(context, attributes);
            leave(attributes);
        }
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        if (delegate != null) {
            delegate.onExecutionFailure(context, attributes);
            leave(attributes);
        }
    }
}
