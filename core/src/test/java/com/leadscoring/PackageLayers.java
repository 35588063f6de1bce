package com.leadscoring;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * A module's documented package order as an ArchUnit rule: each layer (one or more packages below {@code root}) may be
 * used only by the layers listed after it, so an arrow pointing up or sideways between layers fails the build. Shared
 * through core's test-jar by the architecture tests of all three modules.
 */
public final class PackageLayers {

    private PackageLayers() {}

    /**
     * The rule for {@code layers}, bottom first; each entry names the packages of one layer, separated by commas. Only
     * dependencies between these packages count (the core, libraries and the JDK are other tests' business).
     */
    public static LayeredArchitecture bottomUp(String root, String... layers) {
        LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String layer : layers) {
            List<String> packages = new ArrayList<>();
            for (String name : layer.split(",")) {
                packages.add(root + "." + name.strip() + "..");
            }
            rule = rule.layer(layer).definedBy(packages.toArray(String[]::new));
        }
        for (int i = 0; i < layers.length - 1; i++) {
            rule = rule.whereLayer(layers[i])
                    .mayOnlyBeAccessedByLayers(
                            List.of(layers).subList(i + 1, layers.length).toArray(String[]::new));
        }
        return rule.whereLayer(layers[layers.length - 1]).mayNotBeAccessedByAnyLayer();
    }
}
