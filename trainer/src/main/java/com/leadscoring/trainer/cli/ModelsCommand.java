package com.leadscoring.trainer.cli;

import java.time.Instant;
import java.util.concurrent.Callable;

import com.leadscoring.cli.StoreOption;
import com.leadscoring.model.Manifest;
import com.leadscoring.model.ModelStore;
import com.leadscoring.model.ModelStoreException;
import com.leadscoring.model.ModelStores;
import com.leadscoring.trainer.lifecycle.VersionComparison;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code models list|promote|verify|compare}: look after a model store; {@code promote} is the rollback path. Every
 * subcommand takes {@code --store} and {@code -h}: {@code --version} names a model version there, so picocli's standard
 * help options, which claim it, are not used.
 */
@Command(
        name = "models",
        mixinStandardHelpOptions = true,
        description = "Lists, verifies and promotes model versions.",
        subcommands = {
            ModelsCommand.ListVersions.class,
            ModelsCommand.Promote.class,
            ModelsCommand.Verify.class,
            ModelsCommand.Compare.class
        })
final class ModelsCommand implements Runnable {

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "list, promote, verify or compare is required");
    }

    @Command(name = "list", description = "Lists versions, oldest first; * marks latest.")
    static final class ListVersions implements Callable<Integer> {
        @Mixin
        HelpOption help;

        @Mixin
        StoreOption store;

        @Override
        public Integer call() throws ModelStoreException {
            ModelStore s = ModelStores.open(store.get());
            String latest;
            try {
                latest = s.latestVersion();
            } catch (ModelStoreException e) {
                latest = null;
            }
            for (String v : s.listVersions()) {
                String state;
                try {
                    Manifest m = s.verify(v);
                    state = m.algorithm() + "  created " + m.createdAt() + "  ok";
                } catch (ModelStoreException e) {
                    state = "BROKEN: " + e.getMessage();
                }
                System.out.println((v.equals(latest) ? "* " : "  ") + v + "  " + state);
            }
            return 0;
        }
    }

    @Command(name = "promote", description = "Points latest at a verified version (rollback).")
    static final class Promote implements Callable<Integer> {
        @Mixin
        HelpOption help;

        @Mixin
        StoreOption store;

        @Option(names = "--version", required = true, description = "Version to make latest.")
        String version;

        @Override
        public Integer call() throws ModelStoreException {
            ModelStores.open(store.get()).promote(version);
            System.out.println("latest is now " + version);
            return 0;
        }
    }

    @Command(name = "verify", description = "Checks a version's files against its manifest.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        HelpOption help;

        @Mixin
        StoreOption store;

        @Option(names = "--version", description = "Version (default: latest).")
        String version;

        @Override
        public Integer call() throws ModelStoreException {
            Manifest m = ModelStores.open(store.get()).verify(version);
            System.out.println(m.modelVersion() + ": " + m.files().size() + " files match their sha256; features match "
                    + m.encoderVersion());
            return 0;
        }
    }

    @Command(
            name = "compare",
            description = "Two versions side by side: data, threshold, grade bands, figures, age (for "
                    + "promotion or rollback).")
    static final class Compare implements Callable<Integer> {
        @Mixin
        HelpOption help;

        @Mixin
        StoreOption store;

        @picocli.CommandLine.Parameters(
                index = "0",
                paramLabel = "A",
                description = "First version (e.g. the one serving).")
        String a;

        @picocli.CommandLine.Parameters(
                index = "1",
                paramLabel = "B",
                description = "Second version (e.g. the candidate).")
        String b;

        @Override
        public Integer call() throws Exception {
            VersionComparison.print(
                    VersionComparison.compare(ModelStores.open(store.get()), a, b, Instant.now()), System.out);
            return 0;
        }
    }
}
