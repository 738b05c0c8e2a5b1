package naive

import (
	"flag"
	"strings"
	"testing"
)

// TestScenarioOutcomes shows mistake 2 as behaviour, not timing: of the notes' "timeout" pair only
// the WithTimeout one reaches its timeout; the time.After one gets its answer (its worker sleeps
// 210 µs, not 210 ms). The fast-path pair both get their answer.
func TestScenarioOutcomes(t *testing.T) {
	cases := []struct {
		name     string
		scenario func() bool
		timedOut bool
	}{
		{"Before", Before, false},
		{"After", After, false},
		{"TimeoutMillis", TimeoutMillis, true},
		{"TimeoutMicros", TimeoutMicros, false},
	}
	for _, c := range cases {
		if got := c.scenario(); got != c.timedOut {
			t.Errorf("%s: timedOut = %v, want %v", c.name, got, c.timedOut)
		}
	}
	if SlowMicros*1000 != SlowMillis {
		t.Errorf("SlowMillis (%v) and SlowMicros (%v) should differ only in the unit", SlowMillis, SlowMicros)
	}
	if !(SlowMicros < Timeout && Timeout < SlowMillis) {
		t.Errorf("want SlowMicros < Timeout < SlowMillis, got %v, %v, %v", SlowMicros, Timeout, SlowMillis)
	}
}

// TestOnceIgnoresN shows mistake 1 as behaviour: a benchmark shaped like the notes' runs its
// scenario once per call of the benchmark function, while the testing package raises b.N far
// beyond the number of runs (to its cap of 1e9) and divides by it.
func TestOnceIgnoresN(t *testing.T) {
	if f := flag.Lookup("test.benchtime"); f != nil && strings.HasSuffix(f.Value.String(), "x") {
		t.Skipf("-benchtime %s fixes b.N; this test needs a time-based benchtime", f.Value.String())
	}
	calls, runs := 0, 0
	r := testing.Benchmark(func(b *testing.B) {
		calls++
		once(b, func() bool { runs++; return false })
	})
	if runs != calls {
		t.Fatalf("scenario ran %d times in %d calls of the benchmark function; want once per call", runs, calls)
	}
	if r.N != 1_000_000_000 {
		t.Fatalf("final b.N = %d, want the testing package's cap 1e9 (the function never takes longer as b.N grows)", r.N)
	}
	if r.N <= 1000*runs {
		t.Fatalf("b.N = %d for %d runs: ns/op would not be far below one run's time", r.N, runs)
	}
}
