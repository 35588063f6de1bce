package com.leadscoring.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.crac.CheckpointException;
import org.crac.Context;
import org.crac.Resource;

/**
 * A CRaC context that holds its resources weakly, as the Lambda runtime's does (a {@code WeakHashMap}), so a test can
 * show what survives a garbage collection between registration and the checkpoint.
 */
public final class WeakCracContext extends Context<Resource> {

    private final Map<Resource, Boolean> resources = new WeakHashMap<>();

    @Override
    public synchronized void register(Resource resource) {
        resources.put(resource, Boolean.TRUE);
    }

    /** Collects garbage until at most {@code expected} resources remain (or gives up after a few rounds). */
    public int collectGarbage(int expected) throws InterruptedException {
        for (int i = 0; i < 20 && live() > expected; i++) {
            System.gc();
            Thread.sleep(20);
        }
        return live();
    }

    public synchronized int live() {
        return resources.size();
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) throws CheckpointException {
        List<Resource> snapshot;
        synchronized (this) {
            snapshot = new ArrayList<>(resources.keySet());
        }
        for (Resource r : snapshot) {
            try {
                r.beforeCheckpoint(this);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {}
}
