/**
 * The options both command lines share, defined once: {@link com.leadscoring.cli.StoreOption} ({@code --store}, with
 * room for a command's older name) and {@link com.leadscoring.cli.LocalPathConverter} (local-only path options). Only
 * the CLIs use it (the trainer's {@code cli}, the function's {@code local}); the Lambda handlers never do.
 */
package com.leadscoring.cli;
