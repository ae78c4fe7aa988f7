package org.outagerecon.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Writes an episode as a walk through time: enter a state, wait, enter the next. */
final class EpisodeBuilder {
    private final int mrDomainId;
    private final List<StateChange> rows = new ArrayList<>();
    private long now;
    private TaskRecord answered;
    private Long taskEnd;

    EpisodeBuilder(int mrDomainId, long start) {
        this.mrDomainId = mrDomainId;
        this.now = start;
    }

    long now() {
        return now;
    }

    EpisodeBuilder enter(AgentEvent event) {
        return enter(event, null);
    }

    EpisodeBuilder enter(AgentEvent event, Integer reasonCode) {
        rows.add(new StateChange(now, mrDomainId, event, reasonCode));
        return this;
    }

    /** Every wait is at least a millisecond, so the rows of an agent-MRD never share an instant. */
    EpisodeBuilder waitFor(long millis) {
        now += Math.max(1, millis);
        return this;
    }

    EpisodeBuilder waitUntil(long instant) {
        return waitFor(instant - now);
    }

    /** The agent takes the call or task now; it was offered (its reported start) at {@code offeredAt}. */
    EpisodeBuilder answers(long offeredAt, int peripheralCallType, int callDisposition) {
        return answers(offeredAt, peripheralCallType, callDisposition, null);
    }

    /** As {@link #answers(long, int, int)}, with the call GUID of the interaction (null: a random one). */
    EpisodeBuilder answers(long offeredAt, int peripheralCallType, int callDisposition, String callGuid) {
        answered = new TaskRecord(mrDomainId, offeredAt, now, null, peripheralCallType, callDisposition, callGuid);
        return this;
    }

    /**
     * Busy for {@code busy} in all, interrupted once at a random point by {@code interruption} (a hold, a paused
     * email) that lasts {@code length}.
     */
    EpisodeBuilder busyWithInterruption(long busy, AgentEvent interruption, long length, AgentEvent resumption,
            SplittableRandom rng) {
        long before = rng.nextLong(1, Math.max(2, busy));
        return waitFor(before).enter(interruption).waitFor(length).enter(resumption).waitFor(busy - before);
    }

    /** The call or task ends now, though the agent may stay busy (wrap-up, a Not Ready after it). */
    EpisodeBuilder endsTask() {
        taskEnd = now;
        return this;
    }

    /** The call or task, if any, ends when {@link #endsTask()} said, else when the episode does. */
    Episode build() {
        return buildWithTaskEnd(taskEnd != null ? taskEnd : now);
    }

    /** For scripts that stop before the call or task is over: it ends at {@code taskEnd} (null: never reported). */
    Episode buildWithTaskEnd(Long taskEnd) {
        return new Episode(List.copyOf(rows), answered == null ? null : answered.withEnd(taskEnd), now);
    }
}
