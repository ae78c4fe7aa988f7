package org.outagerecon.generate;

import static org.outagerecon.generate.Durations.minutes;
import static org.outagerecon.generate.Durations.seconds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.outagerecon.domain.Component;
import org.outagerecon.domain.Outage;

/**
 * The scripted part of a scenario agent's day (see {@link Cast}): episodes that end in the role's state at the start
 * of each outage, step-outs, the outages whose logout it records exactly at {@code s}, and the periods its breaks must
 * keep clear of. Empty for random agents.
 */
record Scenario(List<Episode> episodes, List<TimeRange> stepOuts, Set<String> loggedOutAtStart, List<TimeRange> busy) {

    static final Scenario NONE = new Scenario(List.of(), List.of(), Set.of(), List.of());

    static Scenario of(AgentProfile agent, List<PlannedOutage> outages, SplittableRandom rng) {
        if (!agent.inCast()) {
            return NONE;
        }
        Playbook playbook = new Playbook(rng);
        int cuts = 0;
        for (PlannedOutage planned : outages) {
            Outage outage = planned.outage();
            if (outage.component() == Component.CHAT_SERVER) {
                playbook.chatRole(agent, outage);
                continue;
            }
            if (!planned.reaches(agent)) {
                continue;
            }
            if (SourceEffects.cutsVoice(outage.component())) {
                if (planned.recorded()) { // what nobody recorded hits the agents as they are
                    playbook.voiceRole(Cast.voiceRole(agent, cuts++), outage);
                }
            } else if (planned.unrecorded() == Unrecorded.TASK_LIFE_BURST) {
                playbook.chatOutlivingTaskLife(outage);
            } else if (outage.component() == Component.AGENT_PG_CTI) {
                playbook.taskRole(agent, outage);
            }
        }
        return playbook.scenario();
    }

    List<Episode> episodes(int mrDomainId) {
        return episodes.stream().filter(episode -> episode.rows().get(0).mrDomainId() == mrDomainId).toList();
    }

    boolean logsOutAtStart(Outage outage) {
        return loggedOutAtStart.contains(outage.id());
    }

    private static final class Playbook {
        /** Around the cut: the scripted minutes before it and the re-login after it (PIM: up to 10 minutes). */
        private static final long BEFORE_CUT = minutes(10);
        private static final long AFTER_CUT = minutes(12);

        private final SplittableRandom rng;
        private final List<Episode> episodes = new ArrayList<>();
        private final List<TimeRange> stepOuts = new ArrayList<>();
        private final Set<String> loggedOutAtStart = new HashSet<>();
        private final List<TimeRange> busy = new ArrayList<>();

        Playbook(SplittableRandom rng) {
            this.rng = rng;
        }

        void voiceRole(VoiceRole role, Outage outage) {
            long s = outage.start();
            busy.add(new TimeRange(s - BEFORE_CUT, outage.end() + AFTER_CUT));
            if (role == VoiceRole.LOGGED_OFF) {
                TimeRange stepOut = new TimeRange(s - minutes(25), outage.end() + minutes(15));
                stepOuts.add(stepOut);
                busy.add(new TimeRange(stepOut.start() - minutes(2), stepOut.end() + minutes(2)));
                return;
            }
            episodes.add(role.script(s, rng));
            if (role == VoiceRole.READY) {
                loggedOutAtStart.add(outage.id());
                if (outage.component() == Component.FINESSE) {
                    episodes.add(chatOfferedJustBefore(s));
                }
            }
        }

        void taskRole(AgentProfile agent, Outage outage) {
            List<TaskRole.Assignment> assignments = TaskRole.assignments(outage);
            if (agent.castPosition() < assignments.size()) {
                TaskRole.Assignment assignment = assignments.get(agent.castPosition());
                scripted(assignment.role().script(assignment.mrd(), outage, rng));
            }
        }

        private void scripted(Episode task) {
            episodes.add(task);
            busy.add(new TimeRange(task.start() - minutes(2), task.end() + minutes(2)));
        }

        /** The scenario agents of the failover peripheral lose chats at a chat server outage, or get them again. */
        void chatRole(AgentProfile agent, Outage outage) {
            ChatRole role = ChatRole.of(agent.castPosition());
            if (agent.peripheralId() == OutagePlan.FAILOVER_PERIPHERAL && role != null) {
                scripted(role.script(outage));
            }
        }

        /** A 42 burst: every scenario agent of the peripheral has a chat open at s that outlives its task life. */
        void chatOutlivingTaskLife(Outage outage) {
            Episode chat = TaskRole.OUTLIVES_TASK_LIFE.script(Site.CHAT, outage, rng);
            episodes.add(chat);
            busy.add(new TimeRange(chat.start() - minutes(2), chat.end() + minutes(2)));
        }

        Scenario scenario() {
            return new Scenario(List.copyOf(episodes), List.copyOf(stepOuts), Set.copyOf(loggedOutAtStart),
                    List.copyOf(busy));
        }

        /** Finesse table 2 turns a Reserved chat into Ready: a chat offered seconds before the failover. */
        private static Episode chatOfferedJustBefore(long s) {
            return new EpisodeBuilder(Site.CHAT.id(), s - seconds(4)).enter(AgentEvent.OFFER_TASK).waitUntil(s).build();
        }
    }
}
