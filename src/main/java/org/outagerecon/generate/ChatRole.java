package org.outagerecon.generate;

import static org.outagerecon.generate.Durations.minutes;
import static org.outagerecon.generate.Durations.seconds;

import java.util.HexFormat;
import org.outagerecon.domain.Outage;

/**
 * A chat a scenario agent of the failover peripheral handles across a CHAT_SERVER outage (rules.md §5.1, seed
 * 002): two sessions open at {@code s} that the server loses (their agents close them minutes later, as HDS
 * records it), and their re-routes: the same interactions, with the same call GUID, offered to other agents after
 * {@code s} and closed within a minute or two, as nobody is there any more.
 */
enum ChatRole {
    LOST_FIRST(0, -minutes(7), minutes(2)),
    LOST_SECOND(1, -minutes(4), seconds(90)),
    REROUTE_OF_FIRST(0, minutes(2) + seconds(40), minutes(3) + seconds(50)),
    REROUTE_OF_SECOND(1, minutes(3), minutes(4)),
    SECOND_REROUTE_OF_FIRST(0, minutes(5), minutes(6) + seconds(10));

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final int session;
    private final long offeredAfterStart;
    private final long endsAfterStart;

    ChatRole(int session, long offeredAfterStart, long endsAfterStart) {
        this.session = session;
        this.offeredAfterStart = offeredAfterStart;
        this.endsAfterStart = endsAfterStart;
    }

    /** The role of the scenario agent at {@code castPosition}, or null when there are more agents than roles. */
    static ChatRole of(int castPosition) {
        return castPosition < values().length ? values()[castPosition] : null;
    }

    Episode script(Outage outage) {
        long s = outage.start();
        return TaskRole.task(Site.CHAT, s + offeredAfterStart, s + endsAfterStart, callGuid(outage));
    }

    /** One GUID per lost session of the outage, 32 hex digits like HDS's. */
    private String callGuid(Outage outage) {
        return HEX.toHexDigits(outage.start()) + HEX.toHexDigits((long) session);
    }
}
