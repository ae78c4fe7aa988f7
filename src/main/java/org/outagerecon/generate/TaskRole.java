package org.outagerecon.generate;

import static org.outagerecon.generate.Durations.SECOND;
import static org.outagerecon.generate.Durations.between;
import static org.outagerecon.generate.Durations.minutes;
import static org.outagerecon.generate.Durations.seconds;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.outagerecon.domain.MediaRoutingDomain;
import org.outagerecon.domain.Outage;

/**
 * A task a scenario agent handles across an AGENT_PG_CTI outage {@code [s, e)}, placed so that each case of the task
 * life rule (rules.md §5) shows up: {@code expiry = s + task life}.
 */
enum TaskRole {
    /** Open at s, ends before the expiry: unchanged. */
    ENDS_BEFORE_EXPIRY,
    /** Open at s, ends after the expiry but inside the outage, so its end is never reported (empty end). */
    END_LOST_AFTER_EXPIRY,
    /** Open at s, ends after both the expiry and e: closed at the expiry if that is before e. */
    OUTLIVES_TASK_LIFE,
    /** Starts inside the outage and ends after it: reported, left as it is. */
    STARTS_INSIDE;

    /** One scripted task of an outage: which MRD and which case. */
    record Assignment(MediaRoutingDomain mrd, TaskRole role) {
    }

    /**
     * The tasks to script for an outage, one per scenario agent: every case on the MRD the outage names (chat when
     * it names none); for an outage of every non-voice MRD also tasks open at {@code s} on the other MRDs, whose task
     * lives differ, that outlive it or lose their end.
     */
    static List<Assignment> assignments(Outage outage) {
        MediaRoutingDomain main = outage.mrDomainId() == null ? Site.CHAT : Site.mrd(outage.mrDomainId());
        List<Assignment> assignments = new ArrayList<>();
        for (TaskRole role : values()) {
            if (role.fits(main, outage)) {
                assignments.add(new Assignment(main, role));
            }
        }
        if (outage.mrDomainId() == null) {
            for (MediaRoutingDomain other : Site.MRDS) {
                for (TaskRole role : List.of(OUTLIVES_TASK_LIFE, END_LOST_AFTER_EXPIRY)) {
                    if (!other.isVoice() && other != main && role.fits(other, outage)) {
                        assignments.add(new Assignment(other, role));
                    }
                }
            }
        }
        return assignments;
    }

    private boolean fits(MediaRoutingDomain mrd, Outage outage) {
        return this != END_LOST_AFTER_EXPIRY || expiry(mrd, outage) < outage.end();
    }

    Episode script(MediaRoutingDomain mrd, Outage outage, SplittableRandom rng) {
        long s = outage.start();
        long e = outage.end();
        long expiry = expiry(mrd, outage);
        long jitter = between(rng, 0, seconds(20));
        return switch (this) {
            case ENDS_BEFORE_EXPIRY -> task(mrd, s - minutes(5) + jitter, s + (Math.min(expiry, e) - s) / 2, null);
            case END_LOST_AFTER_EXPIRY -> task(mrd, s - minutes(4) + jitter, expiry + (e - expiry) / 2, null);
            case OUTLIVES_TASK_LIFE -> task(mrd, s - minutes(2) + jitter, Math.max(e, expiry) + minutes(5), null);
            case STARTS_INSIDE -> task(mrd, s + (e - s) * 2 / 3 + jitter, e + minutes(6), null);
        };
    }

    private static long expiry(MediaRoutingDomain mrd, Outage outage) {
        return outage.start() + mrd.taskLifeSeconds() * SECOND;
    }

    /** A routed task offered at {@code offered}, taken 8 s later, ended at {@code end}; callGuid null: random. */
    static Episode task(MediaRoutingDomain mrd, long offered, long end, String callGuid) {
        return new EpisodeBuilder(mrd.id(), offered)
                .enter(AgentEvent.OFFER_TASK)
                .waitFor(seconds(8))
                .answers(offered, TaskRecord.ROUTED_TASK, TaskRecord.NORMAL_END_TASK, callGuid)
                .enter(AgentEvent.START_TASK)
                .waitUntil(end)
                .enter(AgentEvent.END_TASK)
                .build();
    }
}
