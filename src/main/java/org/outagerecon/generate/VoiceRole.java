package org.outagerecon.generate;

import static org.outagerecon.generate.Durations.between;
import static org.outagerecon.generate.Durations.seconds;

import java.util.SplittableRandom;

/**
 * The voice state a scenario agent is in at the start {@code s} of an outage that logs agents out, and the
 * minutes before {@code s} that lead there (rules.md §4.1 table 1 and the wrap-up walk back).
 */
enum VoiceRole {
    READY, NOT_READY, RESERVED, WORK_READY_AFTER_READY, WORK_NOT_READY_AFTER_NOT_READY, TALKING, HOLD,
    /** Logged out (stepped out) from before {@code s} until after the outage: not affected. */
    LOGGED_OFF;

    private static final int MRD = Site.VOICE.id();

    /**
     * The voice rows before {@code s}; the outage cuts the episode at {@code s}, so a call in progress is reported
     * with the end it would have had. Not for {@link #LOGGED_OFF}, which is a step-out, not an episode.
     */
    Episode script(long s, SplittableRandom rng) {
        Script script = new Script(s + between(rng, 0, seconds(3)));
        return switch (this) {
            case READY -> script.from(45, AgentEvent.READY).until(s);
            case NOT_READY -> script.from(150, AgentEvent.NOT_READY, ReasonCodes.MEETING).until(s);
            case RESERVED -> script.from(70, AgentEvent.READY).then(5, AgentEvent.RESERVED).until(s);
            case WORK_READY_AFTER_READY -> script.from(330, AgentEvent.READY).then(320, AgentEvent.RESERVED)
                    .answered(312, TaskRecord.ACD_IN).then(25, AgentEvent.WORK_READY).untilCallEnds(s, 35);
            case WORK_NOT_READY_AFTER_NOT_READY -> script.from(420, AgentEvent.NOT_READY, ReasonCodes.PERSONAL)
                    .answered(400, TaskRecord.OUTBOUND).then(40, AgentEvent.WORK_NOT_READY).untilCallEnds(s, 20);
            case TALKING -> script.from(200, AgentEvent.READY).then(190, AgentEvent.RESERVED)
                    .answered(182, TaskRecord.ACD_IN).untilCallEnds(s, 240);
            case HOLD -> script.from(260, AgentEvent.READY).then(250, AgentEvent.RESERVED)
                    .answered(243, TaskRecord.ACD_IN).then(35, AgentEvent.HOLD).untilCallEnds(s, 180);
            case LOGGED_OFF -> throw new IllegalStateException("a logged-off agent has no script");
        };
    }

    /** Steps given in seconds before an anchor shortly after {@code s}; every step stays at least 2 s before s. */
    private static final class Script {
        private final long anchor;
        private EpisodeBuilder episode;
        private long offered;

        Script(long anchor) {
            this.anchor = anchor;
        }

        Script from(int secondsBefore, AgentEvent event) {
            return from(secondsBefore, event, null);
        }

        Script from(int secondsBefore, AgentEvent event, Integer reasonCode) {
            episode = new EpisodeBuilder(MRD, anchor - seconds(secondsBefore)).enter(event, reasonCode);
            offered = episode.now();
            return this;
        }

        Script then(int secondsBefore, AgentEvent event) {
            episode.waitUntil(anchor - seconds(secondsBefore)).enter(event);
            offered = event == AgentEvent.RESERVED ? episode.now() : offered;
            return this;
        }

        /** Talking from here; a routed call was offered when the agent became Reserved, an outbound one now. */
        Script answered(int secondsBefore, int peripheralCallType) {
            episode.waitUntil(anchor - seconds(secondsBefore));
            long start = peripheralCallType == TaskRecord.OUTBOUND ? episode.now() : offered;
            episode.answers(start, peripheralCallType, TaskRecord.HANDLED).enter(AgentEvent.TALKING);
            return this;
        }

        Episode until(long s) {
            return episode.waitUntil(s).build();
        }

        Episode untilCallEnds(long s, int secondsAfter) {
            return episode.waitUntil(s).buildWithTaskEnd(s + seconds(secondsAfter));
        }
    }
}
