package org.outagerecon.job;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.outagerecon.rules.detect.DetectSettings;
import org.outagerecon.system.BadInputException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The {@code recon.detect.*} settings of rules.md §8 (environment variables {@code RECON_DETECT_*}); a setting that
 * does not parse is bad input naming it (exit 2).
 */
@Component
public class DetectionSettings {

    private static final DetectSettings DEFAULTS = DetectSettings.DEFAULTS;

    private final Environment environment;

    public DetectionSettings(Environment environment) {
        this.environment = environment;
    }

    /** The settings, or empty when {@code recon.detect.enabled} is false. */
    public Optional<DetectSettings> settings() {
        String enabled = text("enabled", "true").toLowerCase(Locale.ROOT);
        if (!enabled.equals("true") && !enabled.equals("false")) {
            throw bad("enabled", "true or false", enabled);
        }
        DetectSettings settings = new DetectSettings(reasons(),
                wholeNumber("gap-seconds", 0, DEFAULTS.gapMillis() / 1000) * 1000L,
                wholeNumber("min-agents", 1, DEFAULTS.minAgents()), minShare(),
                wholeNumber("min-tasks", 1, DEFAULTS.minTasks()));
        return enabled.equals("true") ? Optional.of(settings) : Optional.empty();
    }

    private Set<Integer> reasons() {
        String text = text("reasons", DEFAULTS.reasons().stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(",")));
        try {
            return Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (NumberFormatException e) {
            throw bad("reasons", "reason codes separated by commas", text);
        }
    }

    private BigDecimal minShare() {
        String text = text("min-share", DEFAULTS.minShare().toPlainString());
        try {
            BigDecimal share = new BigDecimal(text);
            if (share.signum() >= 0) {
                return share;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad("min-share", "a decimal number of 0 or more", text);
    }

    private int wholeNumber(String name, int least, long byDefault) {
        String text = text(name, String.valueOf(byDefault));
        try {
            int value = Integer.parseInt(text);
            if (value >= least) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(name, "a whole number of at least " + least, text);
    }

    /** The setting, or the rule book's default when it is not set. */
    private String text(String name, String byDefault) {
        return environment.getProperty("recon.detect." + name, byDefault).strip();
    }

    private static BadInputException bad(String name, String expected, String text) {
        return new BadInputException("recon.detect." + name + " (RECON_DETECT_"
                + name.toUpperCase(Locale.ROOT).replace('-', '_') + ") must be " + expected + ", not '" + text + "'");
    }
}
