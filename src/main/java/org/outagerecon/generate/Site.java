package org.outagerecon.generate;

import java.time.ZoneOffset;
import java.util.List;
import org.outagerecon.domain.MediaClass;
import org.outagerecon.domain.MediaRoutingDomain;

/**
 * The simulated contact center: two agent peripherals and four media routing domains, in a site that runs on
 * UTC−7 all year (Arizona: no DST, so every local time in the files is unambiguous).
 */
final class Site {
    static final List<Integer> PERIPHERALS = List.of(5000, 5001);

    static final MediaRoutingDomain VOICE = new MediaRoutingDomain(1, MediaClass.VOICE, 1200);
    static final MediaRoutingDomain CHAT = new MediaRoutingDomain(2, MediaClass.CHAT, 1200);
    /** Equal to the long AGENT_PG_CTI outage, so email tasks sit exactly on the "expiry < e" boundary. */
    static final MediaRoutingDomain EMAIL = new MediaRoutingDomain(3, MediaClass.EMAIL, 1800);
    /** Shorter than the others so that task expiry visibly depends on the MRD. */
    static final MediaRoutingDomain TASK = new MediaRoutingDomain(4, MediaClass.TASK, 600);
    static final List<MediaRoutingDomain> MRDS = List.of(VOICE, CHAT, EMAIL, TASK);

    static final int TASK_START_TIMEOUT_S = 30;
    static final int MAX_TASK_DURATION_S = 28800;

    static final ZoneOffset LOCAL_OFFSET = ZoneOffset.ofHours(-7);

    private Site() {
    }

    static String enterpriseName(MediaRoutingDomain mrd) {
        return mrd.isVoice() ? "Cisco_Voice" : capitalized(mrd.mediaClass());
    }

    static MediaRoutingDomain mrd(int id) {
        return MRDS.stream().filter(mrd -> mrd.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no MRD " + id));
    }

    /** Skill groups are skill targets too: their ids stay below the agents' (see {@link Roster}). */
    static int skillGroup(int peripheralId, int mrDomainId) {
        return 5100 + 10 * PERIPHERALS.indexOf(peripheralId) + mrDomainId;
    }

    private static String capitalized(MediaClass mediaClass) {
        String name = mediaClass.name();
        return name.charAt(0) + name.substring(1).toLowerCase();
    }
}
