package org.outagerecon.report;

/**
 * One span drawn on a timeline, {@code [start, end)} in epoch milliseconds, whole (the drawing clips it): a source
 * state (provenance {@code SOURCE}, no rule; the last one runs on to {@code Long.MAX_VALUE}) or a row of
 * {@code recon.agent_state_span}.
 */
public record StateBar(long start, long end, int state, Integer reasonCode, String provenance, String rule,
                       String outageId) {

    public boolean isGap() {
        return "GAP".equals(provenance);
    }

    public boolean isReconstructed() {
        return "RECONSTRUCTED".equals(provenance);
    }
}
