package com.leadscoring;

import java.util.function.Consumer;

import org.quicktheories.QuickTheory;
import org.quicktheories.core.Configuration;

/**
 * How every property test runs: QuickTheories inside a plain JUnit 5 test, with a fixed seed per property so that each
 * build checks the same cases. A failure names the smallest failing input (shrunk), the first others and "Seed was N";
 * {@code -DQT_SEED=N} replaces every property's own seed (README "Testing"), to replay that run or explore other cases.
 */
public final class PropertyTests {

    /**
     * Shrinking a failure stops after this many attempts: QuickTheories' default (100 per example) would run some
     * handler properties for hours before reporting. {@code -DQT_SHRINKS=N} sets another bound.
     */
    static final int SHRINK_CYCLES = 2_000;

    private PropertyTests() {}

    /** {@code tries} cases drawn from {@code seed}, or from {@code -DQT_SEED} when that is set. */
    public static QuickTheory qt(long seed, int tries) {
        QuickTheory qt = QuickTheory.qt().withExamples(tries);
        if (System.getProperty(Configuration.SHRINKS) == null) {
            qt = qt.withShrinkCycles(SHRINK_CYCLES);
        }
        return System.getProperty(Configuration.SEED) == null ? qt.withFixedSeed(seed) : qt;
    }

    /** A property body that may throw a checked exception; any throwable falsifies the property. */
    @FunctionalInterface
    public interface Check<T> {
        void accept(T value) throws Exception;
    }

    public static <T> Consumer<T> unchecked(Check<T> check) {
        return value -> {
            try {
                check.accept(value);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /**
     * A generated text as a Java literal, so that a failure's input can be pasted back (control characters, quotes and
     * anything outside printable ASCII as escapes).
     */
    public static String quoted(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.append('"').toString();
    }
}
