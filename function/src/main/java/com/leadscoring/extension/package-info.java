/**
 * An internal Lambda extension: a thread of the runtime's own process that registers with the Extensions API during the
 * init ({@link com.leadscoring.extension.InternalExtension}) and then takes each {@code INVOKE} event
 * ({@link com.leadscoring.extension.ExtensionEvent}) over a minimal HTTP/1.1 client
 * ({@link com.leadscoring.extension.ExtensionsApi}). Lambda freezes the environment, and hands out the next event, only
 * once the runtime and every extension have asked for the next one, so work an extension does after the function's
 * response has gone out is off the caller's latency (it is billed). AWS: "Using the Lambda Extensions API to create
 * extensions", https://docs.aws.amazon.com/lambda/latest/dg/runtimes-extensions-api.html, and "Understanding the Lambda
 * execution environment lifecycle", https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html. At
 * the bottom of the function module beside {@code stdout}; it knows nothing of what the work is.
 */
package com.leadscoring.extension;
