package ctxbench.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileRunnerTest {
    @Test
    void hiddenClassAddressesLeaveFrameNamesSoProfilesOfTheSameCodeMerge() {
        assertEquals("ctxbench/runtime/G$$Lambda.*.run", ProfileRunner.withoutAddress("ctxbench/runtime/G$$Lambda.0x0000000050063c38.run"));
        assertEquals("java/lang/invoke/LambdaForm$MH.*.invoke", ProfileRunner.withoutAddress("java/lang/invoke/LambdaForm$MH.0x00007f3c1c00c400.invoke"));
        assertEquals("ctxbench.runtime.G$$Lambda/*", ProfileRunner.withoutAddress("ctxbench.runtime.G$$Lambda/0x0000000098061234"), "JFR's spelling");
        assertEquals("ctxbench/time/GoTimerHeap.siftdown", ProfileRunner.withoutAddress("ctxbench/time/GoTimerHeap.siftdown"));
        Stacks two = Stacks.builder()
                .add(List.of("M.run", "G$$Lambda.0x0000000050063c38.run"), 3)
                .add(List.of("M.run", "G$$Lambda.0x0000000077063c28.run"), 4)
                .build();
        assertEquals("M.run;G$$Lambda.*.run 7\n", two.mapFrames(ProfileRunner::withoutAddress).toCollapsed());
    }

    @Test
    void commandsAreRecordedAsShellLines() {
        assertEquals("go test -run '^$' -bench '^BenchmarkSeedRequest_fastPath$/^variant=after$' -benchtime 5s",
                ProfileRunner.shellQuoted(List.of("go", "test", "-run", "^$", "-bench", String.format(ProfileRunner.GO_BENCHMARK, "after"), "-benchtime", "5s")));
        assertEquals("java -prof 'async:libPath=/tmp/x/libasyncProfiler.so;output=collapsed' 'it'\\''s'",
                ProfileRunner.shellQuoted(List.of("java", "-prof", "async:libPath=/tmp/x/libasyncProfiler.so;output=collapsed", "it's")));
    }
}
