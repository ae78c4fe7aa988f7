package org.outagerecon.generate;

import static org.outagerecon.generate.Durations.between;
import static org.outagerecon.generate.Durations.seconds;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Walks one agent-MRD through its logged-in stretches: log in Not Ready (the stretch's reason), become Ready, then
 * random episodes, stopping for fixed episodes (breaks, scripts) at their times, then log out. Before a planned
 * logout or a fixed episode the agent only starts what it can finish; an outage cuts it wherever it is.
 */
final class TimelineWalker {
    private final int mrDomainId;
    private final Activity activity;
    private final SplittableRandom rng;
    private final List<StateChange> rows = new ArrayList<>();
    private final List<TaskRecord> tasks = new ArrayList<>();

    TimelineWalker(int mrDomainId, Activity activity, SplittableRandom rng) {
        this.mrDomainId = mrDomainId;
        this.activity = activity;
        this.rng = rng;
    }

    List<StateChange> rows() {
        return rows;
    }

    List<TaskRecord> tasks() {
        return tasks;
    }

    /** {@code fixed}: ordered by start; those that do not start inside a stretch's working time are dropped. */
    TimelineWalker walk(List<Stretch> stretches, List<Episode> fixed) {
        for (Stretch stretch : stretches) {
            List<Episode> episodes = new ArrayList<>();
            Episode login = new EpisodeBuilder(mrDomainId, stretch.login())
                    .enter(AgentEvent.LOGIN, stretch.loginReason())
                    .waitFor(between(rng, seconds(5), seconds(60)))
                    .enter(AgentEvent.READY)
                    .build();
            episodes.add(login);
            long now = login.end();
            for (Episode episode : fixed) {
                if (episode.start() > now && episode.start() < stretch.end()) {
                    fill(episodes, now, episode.start(), true);
                    episodes.add(episode);
                    now = episode.end();
                }
            }
            fill(episodes, now, stretch.end(), !stretch.abrupt());
            keepUntil(stretch.end(), episodes);
            add(new StateChange(stretch.logoutAt(), mrDomainId, AgentEvent.LOGOUT, stretch.logoutReason()));
        }
        return this;
    }

    /** Random episodes from {@code from} on; past {@code until} only when the stretch is cut there anyway. */
    private void fill(List<Episode> episodes, long from, long until, boolean finishBefore) {
        long now = from;
        while (now < until) {
            Episode next = activity.next(now, rng);
            if (finishBefore && next.end() > until) {
                return;
            }
            episodes.add(next);
            now = next.end();
        }
    }

    /** What the source shows of the episodes: rows before {@code end}, tasks the agent answered before it. */
    private void keepUntil(long end, List<Episode> episodes) {
        for (Episode episode : episodes) {
            episode.rows().stream().filter(row -> row.at() < end).forEach(this::add);
            if (episode.task() != null && episode.task().answeredAt() < end) {
                tasks.add(episode.task());
            }
        }
    }

    private void add(StateChange row) {
        if (!row.repeats(rows.isEmpty() ? null : rows.get(rows.size() - 1))) {
            rows.add(row);
        }
    }
}
