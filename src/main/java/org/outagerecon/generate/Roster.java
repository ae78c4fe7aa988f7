package org.outagerecon.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.outagerecon.domain.MediaRoutingDomain;

/**
 * The agents: skill target ids from {@value #FIRST_SKILL_TARGET_ID}, login ids (peripheral numbers) from
 * {@value #FIRST_PERIPHERAL_NUMBER}. Everyone takes voice; random agents take chat, email and tasks by chance.
 * Scenario agents take the MRDs their outages need: chat on the PIM peripheral, every MRD on the failover one.
 */
final class Roster {
    static final int FIRST_SKILL_TARGET_ID = 10000;
    private static final int FIRST_PERIPHERAL_NUMBER = 20000;
    private static final List<String> FIRST_NAMES = List.of("Maria", "James", "Ana", "Wei", "Fatima", "Lucas",
            "Olga", "Kenji", "Amara", "Diego", "Priya", "Tom", "Lena", "Omar", "Sofia", "Ivan");
    private static final List<String> LAST_NAMES = List.of("Garcia", "Smith", "Nguyen", "Chen", "Haddad", "Silva",
            "Petrova", "Sato", "Okafor", "Lopez", "Patel", "Brown", "Meyer", "Khan", "Rossi", "Novak");

    private final long seed;

    Roster(long seed) {
        this.seed = seed;
    }

    AgentProfile profile(int ordinal) {
        SplittableRandom rng = Seeds.forAgent(seed, ordinal);
        String peripheralNumber = Integer.toString(FIRST_PERIPHERAL_NUMBER + ordinal);
        String name = pick(LAST_NAMES, rng) + "." + pick(FIRST_NAMES, rng) + "." + peripheralNumber;
        int castPosition = Cast.position(ordinal);
        List<MediaRoutingDomain> mrds = castPosition == Cast.NONE ? randomMrds(rng) : Cast.mrds(ordinal);
        return new AgentProfile(ordinal, FIRST_SKILL_TARGET_ID + ordinal, Cast.peripheral(ordinal), peripheralNumber,
                name, mrds, castPosition);
    }

    private static List<MediaRoutingDomain> randomMrds(SplittableRandom rng) {
        List<MediaRoutingDomain> mrds = new ArrayList<>(List.of(Site.VOICE));
        addIf(rng.nextDouble() < 0.5, Site.CHAT, mrds);
        addIf(rng.nextDouble() < 0.25, Site.EMAIL, mrds);
        addIf(rng.nextDouble() < 0.25, Site.TASK, mrds);
        return List.copyOf(mrds);
    }

    private static void addIf(boolean condition, MediaRoutingDomain mrd, List<MediaRoutingDomain> mrds) {
        if (condition) {
            mrds.add(mrd);
        }
    }

    private static String pick(List<String> names, SplittableRandom rng) {
        return names.get(rng.nextInt(names.size()));
    }
}
