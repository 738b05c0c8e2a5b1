// Package naive reproduces, on purpose, the two measurement mistakes behind the public claim that
// time.After is "50% faster" than context.WithTimeout and "hundreds of times faster on timeout"
// (the notes repository baipangbai/go-sourcecode-reading, context.md, Go 1.16; the same before/after
// code as seeds/000). Its benchmarks are honest benchmarks OF A BAD METHOD: never read their numbers
// as the cost of the code. The sound measurement of the same code is the seed suite
// (../seed: BenchmarkSeedRequest_fastPath and BenchmarkSeedRequest_timeoutPath).
//
// Mistake 1, no loop over b.N: each of the notes' benchmark functions runs the scenario once and
// returns. The testing package keeps raising b.N (up to its cap of 1e9) because the function
// returns quickly, and reports the time of that single run divided by b.N: ns/op values such as
// 0.0000352 that say nothing about either version (the function's elapsed time does not grow with
// b.N, so it is one cold run, scheduler noise included, over a billion).
//
// Mistake 2, a timeout pair that is not a pair: the notes' "timeout" benchmark of the before code
// has its worker sleep 210*time.Millisecond (longer than the 200 ms timeout, so the request waits
// the full 200 ms and ends on the timeout), while the one of the after code has its worker sleep
// 210*time.Microsecond (so the request simply gets its answer after 0.21 ms and never times out).
// The "hundreds of times" is 200 ms against 0.21 ms: the sleeps, not the timers.
//
// The scenarios below are the seed package's variants (the notes' WithTimeout benchmarks had
// `defer cancel()`, so they are seed.BeforeCancel; their time.After ones are seed.After); only
// the benchmark functions in naive_test.go are wrong, exactly as the notes' were.
package naive

import (
	"context"
	"time"

	"ctxbench/seed"
)

// Timeout is the notes' (and the seed's) timeout: 200 ms in every scenario.
const Timeout = 200 * time.Millisecond

// SlowMillis is how long the worker of the notes' BenchmarkContextTimeout sleeps before it
// answers: longer than Timeout, so that request ends on the timeout case.
const SlowMillis = 210 * time.Millisecond

// SlowMicros is how long the worker of the notes' BenchmarkTimeAfterTimeout sleeps: the notes
// wrote time.Microsecond where the other benchmark has time.Millisecond, so this request gets its
// answer long before the timeout.
const SlowMicros = 210 * time.Microsecond

// Before is the notes' BenchmarkContext body: WithTimeout (with defer cancel) and a worker that
// answers at once. Reports whether the request ended on the timeout case.
func Before() bool {
	_, timedOut := seed.BeforeCancel(context.TODO(), Timeout, seed.NewEngineCtx)
	return timedOut
}

// After is the notes' BenchmarkTimeAfter body: time.After and a worker that answers at once.
func After() bool {
	_, timedOut := seed.After(context.TODO(), Timeout, seed.NewEngineCtx)
	return timedOut
}

// TimeoutMillis is the notes' BenchmarkContextTimeout body: WithTimeout (with defer cancel) and a
// worker that answers after SlowMillis, so the request waits the whole Timeout and times out.
func TimeoutMillis() bool {
	_, timedOut := seed.BeforeCancel(context.TODO(), Timeout, sleeper(SlowMillis))
	return timedOut
}

// TimeoutMicros is the notes' BenchmarkTimeAfterTimeout body: time.After and a worker that
// answers after SlowMicros, so the request does NOT time out: it measures a 0.21 ms sleep.
func TimeoutMicros() bool {
	_, timedOut := seed.After(context.TODO(), Timeout, sleeper(SlowMicros))
	return timedOut
}

// sleeper is a worker that sleeps for d and then answers, as the notes' workers do
// (`time.Sleep(...); intCh <- double(a)`).
func sleeper(d time.Duration) seed.Worker {
	return func(ctx context.Context) (context.Context, error) {
		time.Sleep(d)
		return seed.NewEngineCtx(ctx)
	}
}
