package com.leadscoring.trainer.lifecycle;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether a newly trained model (the challenger) should replace the one serving (the champion) as {@code latest}. A
 * pure decision ({@link Promotion} gathers the evidence for {@code train}): the caller measures both models on the same
 * evidence rows and passes the figures in. Rules after Dynamics 365 Sales (publish a retrained model only if it is at
 * least 95 % as good as the active one) and Einstein (never put a model that is not ready in front of sales).
 *
 * <p>{@code auto}, in order: a challenger below the readiness AUC is never promoted; with no champion, or a champion
 * whose feature contract no longer matches the running encoder (it cannot be served, so there is nothing to keep), a
 * ready challenger is promoted; a champion older than the maximum age gives way to any ready challenger; without
 * evidence both models were judged on, the champion stays; otherwise the challenger must reach {@code margin} × the
 * champion's metric.
 */
public final class PromotionGate {

    /** {@code train --promote}. */
    public enum Rule {
        AUTO,
        ALWAYS,
        NEVER;

        public static Rule of(String id) {
            for (Rule r : values()) {
                if (r.name().equalsIgnoreCase(id)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("expected auto, always or never, got '" + id + "'");
        }
    }

    /**
     * @param rule auto, always or never
     * @param margin share of the champion's metric the challenger must reach (0.95: at least 95 % as good)
     * @param maxAge a champion older than this gives way to any ready challenger (null: no limit)
     * @param minReadinessAuc the challenger's ROC AUC below which it is not ready, whatever the champion
     */
    public record Config(Rule rule, double margin, Duration maxAge, double minReadinessAuc) {

        public static final double DEFAULT_MARGIN = 0.95;
        public static final double DEFAULT_MIN_READINESS_AUC = 0.70;

        public Config {
            Objects.requireNonNull(rule, "rule");
            if (!(margin > 0 && margin <= 2)) {
                throw new IllegalArgumentException("margin must be in (0, 2], got " + margin);
            }
            if (maxAge != null && (maxAge.isNegative() || maxAge.isZero())) {
                throw new IllegalArgumentException("max age must be positive, got " + maxAge);
            }
            unit("readiness AUC", minReadinessAuc);
        }

        public static Config defaults(Rule rule) {
            return new Config(rule, DEFAULT_MARGIN, Duration.ofDays(90), DEFAULT_MIN_READINESS_AUC);
        }
    }

    /**
     * What the decision is made on.
     *
     * @param challengerReadinessAuc the challenger's ROC AUC on its own evaluation (e.g. cross-validation mean)
     * @param challengerMetric the challenger's metric on the evidence rows (higher is better, in [0, 1]); NaN when
     *     there are no rows both models can be judged on
     * @param championMetric the champion's metric on the same rows; null when there is no champion, NaN when it could
     *     not be measured
     * @param championAge how long the champion has been published; null when there is none
     * @param contractMatch whether the champion's encoder and features match the running encoder
     */
    public record Inputs(
            double challengerReadinessAuc,
            double challengerMetric,
            Double championMetric,
            Duration championAge,
            boolean contractMatch) {

        public Inputs {
            unit("challenger readiness AUC", challengerReadinessAuc);
            unitOrUnmeasured("challenger metric", challengerMetric);
            if (championMetric != null) {
                unitOrUnmeasured("champion metric", championMetric);
            }
        }

        /** No model is serving yet. */
        public static Inputs firstModel(double challengerReadinessAuc, double challengerMetric) {
            return new Inputs(challengerReadinessAuc, challengerMetric, null, null, true);
        }
    }

    /** What to do with the challenger; it is published either way (versions are kept to revert to). */
    public enum Outcome {
        PROMOTE,
        KEEP_CHAMPION
    }

    /**
     * @param outcome promote the challenger or keep the champion as {@code latest}
     * @param reason one line for the console and the manifest
     */
    public record Decision(Outcome outcome, String reason) {
        public boolean promote() {
            return outcome == Outcome.PROMOTE;
        }
    }

    private PromotionGate() {}

    public static Decision decide(Config config, Inputs in) {
        switch (config.rule()) {
            case ALWAYS:
                return new Decision(Outcome.PROMOTE, "--promote always");
            case NEVER:
                return new Decision(Outcome.KEEP_CHAMPION, "--promote never: published, latest unchanged");
            default:
                break;
        }
        if (in.challengerReadinessAuc() < config.minReadinessAuc()) {
            return new Decision(
                    Outcome.KEEP_CHAMPION,
                    format(
                            "challenger not ready: ROC AUC %.4f < %.4f",
                            in.challengerReadinessAuc(), config.minReadinessAuc()));
        }
        if (in.championMetric() == null) {
            return new Decision(Outcome.PROMOTE, "no champion: the first ready model is promoted");
        }
        if (!in.contractMatch()) {
            return new Decision(
                    Outcome.PROMOTE,
                    "the champion's feature contract differs from the running encoder, so it "
                            + "cannot be served or compared: the ready challenger is promoted");
        }
        if (config.maxAge() != null
                && in.championAge() != null
                && in.championAge().compareTo(config.maxAge()) > 0) {
            return new Decision(
                    Outcome.PROMOTE,
                    format(
                            "champion is %d days old (max %d): the ready challenger is promoted",
                            in.championAge().toDays(), config.maxAge().toDays()));
        }
        if (Double.isNaN(in.challengerMetric()) || Double.isNaN(in.championMetric())) {
            return new Decision(
                    Outcome.KEEP_CHAMPION,
                    "no rows both models can be judged on, so the champion stays: "
                            + "use --promote always to replace it");
        }
        double bar = config.margin() * in.championMetric();
        if (in.challengerMetric() >= bar) {
            return new Decision(
                    Outcome.PROMOTE,
                    format(
                            "challenger %.4f >= %.0f %% of champion %.4f (%.4f)",
                            in.challengerMetric(), 100 * config.margin(), in.championMetric(), bar));
        }
        return new Decision(
                Outcome.KEEP_CHAMPION,
                format(
                        "challenger %.4f < %.0f %% of champion %.4f (%.4f)",
                        in.challengerMetric(), 100 * config.margin(), in.championMetric(), bar));
    }

    private static void unitOrUnmeasured(String what, double v) {
        if (!Double.isNaN(v)) {
            unit(what, v);
        }
    }

    private static void unit(String what, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1], got " + v);
        }
    }

    private static String format(String f, Object... args) {
        return String.format(Locale.ROOT, f, args);
    }
}
