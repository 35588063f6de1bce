package com.leadscoring.local;

import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.model.Manifest;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelStoreException;
import com.leadscoring.model.ModelStores;
import picocli.CommandLine.Option;

/**
 * Which model a local command serves: the store and an optional pinned version (a picocli mixin), and the command's
 * {@code -h/--help}: picocli's standard help mixin would also claim {@code --version}, which here names the model.
 */
final class ModelOptions {

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Option(
            names = "--model",
            required = true,
            description = "Model store: a directory, file: URI or s3://bucket/prefix.")
    String store;

    @Option(names = "--version", description = "Model version (default: the store's latest).")
    String version;

    ModelBundle load() {
        return ModelLoader.load(store, version);
    }

    /** The report.html of {@code bundle}'s version, verified against its manifest; null when the version has none. */
    byte[] report(ModelBundle bundle) throws ModelStoreException {
        return ModelStores.open(store).file(bundle.manifest().modelVersion(), Manifest.REPORT_FILE);
    }
}
