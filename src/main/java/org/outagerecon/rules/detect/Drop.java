package org.outagerecon.rules.detect;

/**
 * A drop (rules.md §8.1) of an agent with an {@code agent} row: at {@code at} (epoch ms) one of its agent-MRDs
 * logged off or went Not Ready with a system reason.
 *
 * @param voice whether the MRD is a voice MRD (an MRD no file describes is not)
 */
public record Drop(int skillTargetId, int peripheralId, int mrDomainId, boolean voice, long at, int reasonCode) {
}
