package com.leadscoring.local;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.leadscoring.api.ModelLoader;
import com.leadscoring.model.ModelBundle;

/**
 * The CLI's version of Lambda's init order: the model named by {@code --model} (and {@code --version}) starts loading
 * at the first line of {@code main}, while picocli builds its model of the commands, instead of after it. The command
 * then takes that load if it asks for the same model, or loads its own. A prefetch that fails fails the command with
 * the same error a direct load would give.
 */
final class ModelPrefetch {

    private record Started(String store, String version, CompletableFuture<ModelBundle> bundle) {
    }

    private static volatile Started started;

    private ModelPrefetch() {
    }

    /** Starts loading the model the arguments name, if they name one. */
    static void start(String[] args) {
        String store = option(args, "--model");
        if (store == null) {
            return;
        }
        String version = option(args, "--version");
        CompletableFuture<ModelBundle> bundle = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                bundle.complete(ModelLoader.load(store, version));
            } catch (RuntimeException | Error e) {
                bundle.completeExceptionally(e);
            }
        }, "model-prefetch");
        t.setDaemon(true);
        t.start();
        started = new Started(store, version, bundle);
    }

    /** The model at {@code store} (its {@code version}, or latest when null): the prefetched one when it is that one. */
    static ModelBundle load(String store, String version) {
        Started s = started;
        if (s == null || !s.store().equals(store) || !Objects.equals(s.version(), version)) {
            return ModelLoader.load(store, version);
        }
        try {
            return s.bundle().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The value of {@code --name value} or {@code --name=value}; null when absent. */
    private static String option(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        return null;
    }
}
