package naive

import "testing"

// sinkTimedOut keeps each scenario's result alive.
var sinkTimedOut bool

// once is the notes' benchmark shape, kept here deliberately: the scenario runs ONE time per call
// of the benchmark function, whatever b.N is. DELIBERATELY WRONG: the testing package divides the
// elapsed time of that single run by b.N, which it keeps raising (up to 1e9) because the function
// returns quickly. The resulting ns/op is one run over about a billion.
func once(b *testing.B, scenario func() bool) {
	b.ReportAllocs()
	sinkTimedOut = scenario()
}

// BenchmarkNaive_beforeOnce is the notes' BenchmarkContext, DELIBERATELY WRONG (no loop over
// b.N): one WithTimeout request (worker answers at once) per call, reported as if b.N had run.
// Sound counterpart: BenchmarkSeedRequest_fastPath/variant=before-cancel (../seed).
func BenchmarkNaive_beforeOnce(b *testing.B) { once(b, Before) }

// BenchmarkNaive_afterOnce is the notes' BenchmarkTimeAfter, DELIBERATELY WRONG (no loop over
// b.N): one time.After request (worker answers at once) per call.
// Sound counterpart: BenchmarkSeedRequest_fastPath/variant=after (../seed).
func BenchmarkNaive_afterOnce(b *testing.B) { once(b, After) }

// BenchmarkNaive_timeoutMillis is the notes' BenchmarkContextTimeout, DELIBERATELY WRONG twice: no
// loop over b.N, and its worker sleeps 210 ms (longer than the 200 ms timeout), so its one run
// lasts the whole timeout; compared in the notes with BenchmarkNaive_timeoutMicros, whose worker
// sleeps 210 µs and never times out. Sound counterpart: BenchmarkSeedRequest_timeoutPath/
// variant=before-cancel (../seed), where every variant's worker is silent and every request times out.
func BenchmarkNaive_timeoutMillis(b *testing.B) { once(b, TimeoutMillis) }

// BenchmarkNaive_timeoutMicros is the notes' BenchmarkTimeAfterTimeout, DELIBERATELY WRONG twice:
// no loop over b.N, and its worker sleeps 210 µs (the notes wrote time.Microsecond), so the request
// gets its answer and never reaches its 200 ms timeout: it is not the timeout path at all.
// Sound counterpart: BenchmarkSeedRequest_timeoutPath/variant=after (../seed).
func BenchmarkNaive_timeoutMicros(b *testing.B) { once(b, TimeoutMicros) }
