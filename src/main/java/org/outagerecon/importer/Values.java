package org.outagerecon.importer;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.outagerecon.domain.AgentState;
import org.outagerecon.domain.MediaClass;

/** The value types of the input files and their reject rules (data-contract.md §1). */
final class Values {

    private static final Pattern INTEGER_TEXT = Pattern.compile("-?\\d+");
    /** HDS stores RecoveryKey as a float, so {@code 12345.0} is as good as {@code 12345}; exponents are not. */
    private static final Pattern NUMBER_TEXT = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** The key columns are decimal(30, 6). */
    private static final int NUMBER_SCALE = 6;
    private static final int NUMBER_INTEGER_DIGITS = 24;
    /** java.time accepts offsets up to ±18 hours. */
    private static final int MAX_TIME_ZONE_MINUTES = 18 * 60;
    static final String MEDIA_CLASS_ID_CELL = "MediaClassID";

    static final ValueParser<String> TEXT = (text, row) -> text;
    static final ValueParser<Integer> INTEGER = (text, row) -> integer(text);
    /** A duration: a negative task life would end tasks before they start. */
    static final ValueParser<Integer> SECONDS = (text, row) -> seconds(text);
    static final ValueParser<Long> BIGINT = (text, row) -> bigint(text);
    static final ValueParser<BigDecimal> NUMBER = (text, row) -> number(text);
    static final ValueParser<Integer> TIME_ZONE = (text, row) -> timeZone(text);
    static final ValueParser<Short> AGENT_STATE = (text, row) ->
            agentState(row.options().stateCodes().toHds(integer(text)), text);
    static final ValueParser<OffsetDateTime> TIMESTAMP = (text, row) ->
            TimestampParser.parse(text, row.timeZoneMinutes(), row.options().sourceZone());
    /** HDS {@code StartDateTimeUTC}: UTC whatever the row's {@code TimeZone} says; an offset written wins. */
    static final ValueParser<OffsetDateTime> UTC_TIMESTAMP = (text, row) ->
            TimestampParser.parse(text, 0, row.options().sourceZone());
    /** The media class of an HDS media class name ({@code MediaClassName}), or of its MediaClassID when set. */
    static final ValueParser<String> MEDIA_CLASS_NAME = (text, row) ->
            row.options().mediaClasses().of(mediaClassId(row), text).name();
    /** The media class set for an HDS MediaClassID, where the name is not at hand. */
    static final ValueParser<String> MEDIA_CLASS_ID = (text, row) -> {
        MediaClass mediaClass = row.options().mediaClasses().of(integer(text), null);
        if (mediaClass == null) {
            throw new Reject("MediaClassID " + text + " has no MediaClassName; set its class in recon.media-classes");
        }
        return mediaClass.name();
    };

    private Values() {
    }

    /**
     * An instant {@code seconds} cells before this one: the start of an HDS task from its end ({@code DateTime})
     * and {@code Duration} (data-contract.md §1).
     */
    static ValueParser<OffsetDateTime> minusSeconds(String seconds) {
        return (text, row) -> {
            String duration = row.cell(seconds);
            if (duration == null) {
                throw new Reject(seconds + " is missing, so the start is unknown");
            }
            return TIMESTAMP.parse(text, row).minusSeconds(seconds(duration));
        };
    }

    private static Integer mediaClassId(RowContext row) throws Reject {
        String id = row.cell(MEDIA_CLASS_ID_CELL);
        return id == null ? null : integer(id);
    }

    /** Upper case exactly as the enum names them. */
    static ValueParser<String> oneOf(Class<? extends Enum<?>> type) {
        Set<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return (text, row) -> {
            if (!names.contains(text)) {
                throw new Reject(text + " is not one of " + String.join(", ", names));
            }
            return text;
        };
    }

    private static int integer(String text) throws Reject {
        long value = bigint(text);
        if (value != (int) value) {
            throw new Reject(text + " is out of range");
        }
        return (int) value;
    }

    private static int seconds(String text) throws Reject {
        int seconds = integer(text);
        if (seconds < 0) {
            throw new Reject(text + " is negative (a number of seconds)");
        }
        return seconds;
    }

    private static long bigint(String text) throws Reject {
        requirePlain(INTEGER_TEXT, text, "an integer");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new Reject(text + " is out of range");
        }
    }

    /** At scale 6, so that {@code 12} and {@code 12.0} are one key, in a batch as in the table. */
    private static BigDecimal number(String text) throws Reject {
        requirePlain(NUMBER_TEXT, text, "a number");
        BigDecimal exact = new BigDecimal(text).stripTrailingZeros();
        if (exact.scale() > NUMBER_SCALE || exact.precision() - exact.scale() > NUMBER_INTEGER_DIGITS) {
            throw new Reject(text + " does not fit decimal(30,6)");
        }
        return exact.setScale(NUMBER_SCALE);
    }

    private static int timeZone(String text) throws Reject {
        int minutes = integer(text);
        if (Math.abs(minutes) > MAX_TIME_ZONE_MINUTES) {
            throw new Reject(text + " is not an offset in minutes (-" + MAX_TIME_ZONE_MINUTES + " to "
                    + MAX_TIME_ZONE_MINUTES + ")");
        }
        return minutes;
    }

    private static short agentState(int hdsState, String text) throws Reject {
        if (hdsState < 0 || hdsState > AgentState.MAX) {
            throw new Reject(text + " is outside 0-" + AgentState.MAX);
        }
        return (short) hdsState;
    }

    private static void requirePlain(Pattern pattern, String text, String what) throws Reject {
        if (!pattern.matcher(text).matches()) {
            throw new Reject(text + " is not " + what);
        }
    }
}
