package ctxbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ctxbench.testing.RunFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table of the full profile's other load distributions. */
class DistributionFragmentsTest {
    @TempDir
    Path dir;

    private String table(RunFixture fixture) throws Exception {
        ReportInput in = new ReportInput(RunData.load(fixture.write(dir.resolve("run"))), dir, false);
        return Fragments.all().content(new MarkedText.Marker(MarkedText.Kind.TABLE, "load-distributions", 1), in, "R.md");
    }

    @Test
    void oneRowPerConfigurationInMicrosecondsFromTheRunsRows() throws Exception {
        RunFixture run = new RunFixture();
        for (String queue : new String[] {"go-heap", "jdk"}) {
            double base = queue.equals("jdk") ? 2 : 1;
            run.add("java", "load", "TimerLateness.fire", "queue=" + queue, "p50", "us", 50 * base)
                    .add("java", "load", "TimerLateness.fire", "queue=" + queue, "p99", "us", 990 * base)
                    .add("java", "load", "TimerLateness.fire", "queue=" + queue, "p999", "us", 1500 * base)
                    .add("java", "load", "TimerLateness.fire", "queue=" + queue, "max", "us", 4000 * base);
        }
        run.add("java", "load", "ChanHandoff.roundTrip", "threads=virtual", "p50", "us", 3);
        assertEquals("""

                | experiment                    | parameters      |    p50 |     p99 |  p99.9 |  max |
                | ----------------------------- | --------------- | -----: | ------: | -----: | ---: |
                | timer lateness (fired − due)  | queue=go-heap   |  50 µs |  990 µs | 1.5 ms | 4 ms |
                | timer lateness (fired − due)  | queue=jdk       | 100 µs | 1.98 ms |   3 ms | 8 ms |
                | unbuffered channel round trip | threads=virtual |   3 µs |       – |      – |    – |

                The model, one run per configuration (scripts/load.sh --profile full), HdrHistogram percentiles; \
                no intervals. Go has no mirror of these three.

                """, table(run));
    }

    @Test
    void aRunWithoutThemSaysWhichProfileMeasuresThem() throws Exception {
        String t = table(new RunFixture().add("java", "seed", "SeedRequest.fastPath", "variant=after", "time", "ns/op", 1, 2, 3));
        assertEquals("\n*This run has none of these distributions (the full profile measures them: "
                + "TimerLateness.fire, CancelLatency.propagate, ChanHandoff.roundTrip).*\n\n", t);
    }
}
