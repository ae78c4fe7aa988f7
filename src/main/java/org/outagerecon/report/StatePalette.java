package org.outagerecon.report;

/**
 * Names (rules.md §2) and colours of the agent states. The colours are told apart by hue and lightness: the states
 * an outage leaves (Logged Off grey, Unknown dark grey) stand out from the working ones.
 */
final class StatePalette {

    private static final String[] NAMES = {"Logged Off", "Logged On", "Not Ready", "Ready", "Talking",
            "Work Not Ready", "Work Ready", "Busy Other", "Reserved", "Unknown", "Hold", "Active", "Paused",
            "Interrupted", "Not Active"};

    private static final String[] COLOURS = {"#d4d4d4", "#a6cee3", "#e31a1c", "#33a02c", "#1f78b4", "#6a3d9a",
            "#cab2d6", "#b15928", "#ffd92f", "#4d4d4d", "#17becf", "#fb9a99", "#fdbf6f", "#ff7f00", "#b2df8a"};

    /** Class of a state outside 0–14 (the import rejects them; tables loaded by other means may hold them). */
    private static final String OTHER = "s-other";

    private StatePalette() {
    }

    static String name(int state) {
        return state >= 0 && state < NAMES.length ? NAMES[state] : "State " + state;
    }

    /** The CSS class that colours a state, as SVG fill and as HTML background. */
    static String cssClass(int state) {
        return state >= 0 && state < COLOURS.length ? "s" + state : OTHER;
    }

    /** One rule per state for the page's style sheet. */
    static String styles() {
        StringBuilder css = new StringBuilder();
        for (int state = 0; state < COLOURS.length; state++) {
            css.append('.').append(cssClass(state)).append("{fill:").append(COLOURS[state]).append(";background:")
                    .append(COLOURS[state]).append("}");
        }
        return css.append('.').append(OTHER).append("{fill:#fff;background:#fff}\n").toString();
    }
}
