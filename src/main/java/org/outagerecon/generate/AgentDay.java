package org.outagerecon.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.outagerecon.domain.MediaRoutingDomain;

/** One agent's source rows of one day, each list in the order of time. */
record AgentDay(List<StateChange> states, List<TaskRecord> tasks) {

    static AgentDay generate(AgentProfile agent, LocalDate day, List<PlannedOutage> outages, SplittableRandom rng) {
        Scenario scenario = Scenario.of(agent, outages, rng);
        Shift shift = Shift.plan(agent, day, scenario, rng);
        List<Blackout> blackouts = SourceEffects.blackouts(agent, outages, scenario, rng);
        List<StateChange> states = new ArrayList<>();
        List<TaskRecord> tasks = new ArrayList<>();
        for (MediaRoutingDomain mrd : agent.mrds()) {
            List<Blackout> cuts = blackouts.stream().filter(blackout -> blackout.cuts(mrd)).toList();
            TimelineWalker walker = new TimelineWalker(mrd.id(), activity(mrd, outages), rng)
                    .walk(Stretch.of(shift, scenario.stepOuts(), cuts), fixedEpisodes(mrd, shift, scenario));
            states.addAll(walker.rows());
            tasks.addAll(walker.tasks());
        }
        states.sort(Comparator.comparingLong(StateChange::at));
        List<TaskRecord> reported = new ArrayList<>(SourceEffects.reported(tasks, agent.peripheralId(), outages));
        reported.sort(Comparator.comparingLong(TaskRecord::recordedAt));
        return new AgentDay(states, reported);
    }

    private static Activity activity(MediaRoutingDomain mrd, List<PlannedOutage> outages) {
        return mrd.isVoice() ? new VoiceActivity() : new TaskActivity(mrd, SourceEffects.routingDown(mrd, outages));
    }

    private static List<Episode> fixedEpisodes(MediaRoutingDomain mrd, Shift shift, Scenario scenario) {
        List<Episode> fixed = new ArrayList<>(scenario.episodes(mrd.id()));
        shift.breaks().forEach(pause -> fixed.add(Episode.notReady(mrd.id(), pause.period(), pause.reasonCode())));
        fixed.sort(Comparator.comparingLong(Episode::start));
        return fixed;
    }
}
