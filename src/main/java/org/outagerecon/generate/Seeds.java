package org.outagerecon.generate;

import java.util.SplittableRandom;

/**
 * One random stream per agent and per agent-day, derived from the dataset seed alone: an agent's rows do not depend
 * on how many agents or days come before it.
 */
final class Seeds {
    private Seeds() {
    }

    static SplittableRandom forAgent(long seed, int ordinal) {
        return forAgentDay(seed, ordinal, -1);
    }

    static SplittableRandom forAgentDay(long seed, int ordinal, int day) {
        return new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L * (ordinal + 1) ^ 0xC2B2AE3D27D4EB4FL * (day + 1));
    }
}
