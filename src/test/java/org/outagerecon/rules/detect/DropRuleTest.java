package org.outagerecon.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagerecon.rules.timeline.StateRow;

/** rules.md §8.1, what a drop is: one agent-MRD's rows (state/reason, one second apart) and which are drops. */
class DropRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                        | rows                       | drops
            logout with -1 after Ready                    | 3 0/-1                     | - D
            Not Ready 255 after Talking                   | 4 2/255                    | - D
            every system reason                           | 3 0/-2 3 0/50001 3 0/50002 | - D - D - D
            previous row logged off                       | 0/10 0/-1                  | - -
            previous row a drop                           | 3 2/255 0/-1               | - D -
            Not Ready 255 twice, then again: alternate    | 3 2/255 2/255 2/255        | - D - D
            re-login Not Ready 50002 after the logout     | 3 0/50002 2/50002          | - D -
            reason not in the set                         | 3 0/10 2/1                 | - - -
            no reason (null is not 0)                     | 3 0/- 2/0                  | - - -
            other state with a system reason              | 3 4/-1 7/255               | - - -
            first row of the agent-MRD                    | 0/-1                       | -
            """)
    void drops(String description, String rows, String expected) {
        List<StateRow> parsed = Arrays.stream(rows.split(" ")).map(row -> {
            String[] parts = row.split("/");
            Integer reason = parts.length < 2 || parts[1].equals("-") ? null : Integer.valueOf(parts[1]);
            return new StateRow(0, Integer.parseInt(parts[0]), reason);
        }).toList();
        List<StateRow> timed = java.util.stream.IntStream.range(0, parsed.size())
                .mapToObj(i -> new StateRow(i * 1000L, parsed.get(i).state(), parsed.get(i).reasonCode())).toList();

        boolean[] drops = DropRule.drops(DetectSettings.DEFAULTS, timed);

        StringBuilder actual = new StringBuilder();
        for (boolean drop : drops) {
            actual.append(actual.isEmpty() ? "" : " ").append(drop ? "D" : "-");
        }
        assertThat(actual.toString()).isEqualTo(expected);
    }
}
