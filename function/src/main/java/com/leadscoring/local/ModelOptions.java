package com.leadscoring.local;

import com.leadscoring.bootstrap.ModelLoader;
import com.leadscoring.cli.StoreOption;
import com.leadscoring.model.Manifest;
import com.leadscoring.model.ModelBundle;
import com.leadscoring.model.ModelStoreException;
import com.leadscoring.model.ModelStores;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which model a local command serves: {@code --store} (as in every command of both CLIs; {@code --model}, its older
 * name, still works, hidden) and an optional pinned version (a picocli mixin), and the command's {@code -h/--help}:
 * picocli's standard help mixin would also claim {@code --version}, which here names the model. The store is checked by
 * the shared {@link StoreOption} rather than by picocli so that either name satisfies it.
 */
final class ModelOptions {

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Mixin
    StoreOption store;

    /** The store's name before {@code --store} was every command's, kept so scripts keep working. */
    @Option(names = "--model", hidden = true)
    void model(String value) {
        store.alias(value);
    }

    @Option(names = "--version", description = "Model version (default: the store's latest).")
    String version;

    /** The store; a usage error naming {@code --store} when none was given. */
    String store() {
        return store.get();
    }

    ModelBundle load() {
        return ModelLoader.load(store(), version);
    }

    /** The report.html of {@code bundle}'s version, verified against its manifest; null when the version has none. */
    byte[] report(ModelBundle bundle) throws ModelStoreException {
        return ModelStores.open(store()).file(bundle.manifest().modelVersion(), Manifest.REPORT_FILE);
    }
}
