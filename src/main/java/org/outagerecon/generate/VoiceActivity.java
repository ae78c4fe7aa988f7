package org.outagerecon.generate;

import static org.outagerecon.generate.Durations.atLeast;
import static org.outagerecon.generate.Durations.between;
import static org.outagerecon.generate.Durations.minutes;
import static org.outagerecon.generate.Durations.seconds;

import java.util.SplittableRandom;

/** Voice work: mostly routed calls, sometimes an outbound call, a missed call (RONA) or a short Not Ready. */
final class VoiceActivity implements Activity {
    private static final long MEAN_IDLE = minutes(6.5);
    private static final int MRD = Site.VOICE.id();

    @Override
    public Episode next(long from, SplittableRandom rng) {
        long start = from + atLeast(rng, seconds(5), MEAN_IDLE);
        double kind = rng.nextDouble();
        if (kind < 0.05) {
            int reason = rng.nextBoolean() ? ReasonCodes.PERSONAL : ReasonCodes.MEETING;
            return Episode.notReady(MRD, new TimeRange(start, start + between(rng, minutes(2), minutes(8))), reason);
        }
        if (kind < 0.08) {
            return missedCall(start, rng);
        }
        if (kind < 0.12) {
            return outboundCall(start, rng);
        }
        return routedCall(start, rng);
    }

    private static Episode routedCall(long offered, SplittableRandom rng) {
        EpisodeBuilder call = new EpisodeBuilder(MRD, offered)
                .enter(AgentEvent.RESERVED)
                .waitFor(between(rng, seconds(2), seconds(15)))
                .enter(AgentEvent.TALKING)
                .answers(offered, TaskRecord.ACD_IN, TaskRecord.HANDLED);
        talk(call, rng);
        if (rng.nextDouble() < 0.8) {
            return call.enter(AgentEvent.WORK_READY).waitFor(between(rng, seconds(10), seconds(90))).endsTask()
                    .enter(AgentEvent.READY).build();
        }
        return call.enter(AgentEvent.WORK_NOT_READY).waitFor(between(rng, seconds(20), minutes(2))).endsTask()
                .enter(AgentEvent.NOT_READY, ReasonCodes.PERSONAL).waitFor(between(rng, minutes(1), minutes(5)))
                .enter(AgentEvent.READY).build();
    }

    private static Episode outboundCall(long start, SplittableRandom rng) {
        EpisodeBuilder call = new EpisodeBuilder(MRD, start)
                .enter(AgentEvent.NOT_READY, ReasonCodes.OUTBOUND_CALL)
                .waitFor(between(rng, seconds(5), seconds(20)));
        call.answers(call.now(), TaskRecord.OUTBOUND, TaskRecord.HANDLED).enter(AgentEvent.TALKING);
        talk(call, rng);
        return call.enter(AgentEvent.WORK_NOT_READY).waitFor(between(rng, seconds(15), seconds(60))).endsTask()
                .enter(AgentEvent.READY).build();
    }

    private static Episode missedCall(long offered, SplittableRandom rng) {
        return new EpisodeBuilder(MRD, offered)
                .enter(AgentEvent.RESERVED)
                .waitFor(seconds(12))
                .enter(AgentEvent.NOT_READY, ReasonCodes.RING_NO_ANSWER)
                .waitFor(between(rng, seconds(30), seconds(90)))
                .enter(AgentEvent.READY)
                .build();
    }

    private static void talk(EpisodeBuilder call, SplittableRandom rng) {
        long talking = atLeast(rng, seconds(30), minutes(3.5));
        if (rng.nextDouble() < 0.25) {
            call.busyWithInterruption(talking, AgentEvent.HOLD, between(rng, seconds(20), minutes(2)),
                    AgentEvent.RETRIEVE, rng);
        } else {
            call.waitFor(talking);
        }
    }
}
