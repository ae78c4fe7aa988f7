package org.outagerecon.generate;

import static org.outagerecon.generate.Durations.atLeast;
import static org.outagerecon.generate.Durations.between;
import static org.outagerecon.generate.Durations.minutes;
import static org.outagerecon.generate.Durations.seconds;

import java.util.List;
import java.util.SplittableRandom;
import org.outagerecon.domain.MediaClass;
import org.outagerecon.domain.MediaRoutingDomain;

/**
 * Non-voice work (chat, email, task routing): a task is offered (Reserved), started (Active), an email is sometimes
 * paused, and ended (Not Active). While the MR PG or MR PIM of the MRD is down no task is offered: the application
 * resends its requests after the restore.
 */
final class TaskActivity implements Activity {
    /** How busy the MRD keeps an agent: idle time before an offer, and handling time (at least, plus on average). */
    private record Pace(long meanIdle, long minHandling, long meanExtraHandling) {
    }

    private final MediaRoutingDomain mrd;
    private final List<TimeRange> routingDown;
    private final Pace pace;

    TaskActivity(MediaRoutingDomain mrd, List<TimeRange> routingDown) {
        this.mrd = mrd;
        this.routingDown = routingDown;
        this.pace = switch (mrd.mediaClass()) {
            case CHAT -> new Pace(minutes(8), minutes(3), minutes(6));
            case EMAIL -> new Pace(minutes(15), minutes(5), minutes(8));
            default -> new Pace(minutes(12), minutes(2), minutes(5));
        };
    }

    @Override
    public Episode next(long from, SplittableRandom rng) {
        long offered = routed(from + atLeast(rng, seconds(5), pace.meanIdle()), rng);
        EpisodeBuilder task = new EpisodeBuilder(mrd.id(), offered)
                .enter(AgentEvent.OFFER_TASK)
                .waitFor(between(rng, seconds(3), seconds(20)));
        if (rng.nextDouble() < 0.03) {
            return task.enter(AgentEvent.NOT_READY, ReasonCodes.RING_NO_ANSWER)
                    .waitFor(between(rng, seconds(30), seconds(90)))
                    .enter(AgentEvent.READY)
                    .build();
        }
        task.enter(AgentEvent.START_TASK).answers(offered, TaskRecord.ROUTED_TASK, TaskRecord.NORMAL_END_TASK);
        long handling = atLeast(rng, pace.minHandling(), pace.meanExtraHandling());
        if (mrd.mediaClass() == MediaClass.EMAIL && rng.nextBoolean()) {
            task.busyWithInterruption(handling, AgentEvent.PAUSE_TASK, between(rng, minutes(1), minutes(6)),
                    AgentEvent.RESUME_TASK, rng);
        } else {
            task.waitFor(handling);
        }
        return task.enter(AgentEvent.END_TASK).build();
    }

    private long routed(long offered, SplittableRandom rng) {
        for (TimeRange down : routingDown) {
            if (down.contains(offered)) {
                offered = down.end() + between(rng, seconds(3), seconds(40));
            }
        }
        return offered;
    }
}
