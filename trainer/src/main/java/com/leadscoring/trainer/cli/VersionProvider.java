package com.leadscoring.trainer.cli;

import picocli.CommandLine;

/** The version from the jar manifest (or "dev" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = TrainerMain.class.getPackage().getImplementationVersion();
        return new String[] {"trainer " + (v == null ? "dev" : v)};
    }
}
