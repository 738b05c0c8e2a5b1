package timers

import (
	"os"
	"testing"
	"time"
)

// TestTimerChannelSemantics checks that the toolchain runs this module with the timer-channel
// semantics scripts/go-test.sh and go-bench.sh label it with (environment CTXBENCH_TIMERS):
// "async" — a buffered channel of cap 1 that keeps a value sent before Stop (Go <= 1.22, and
// Go 1.23 for a module whose go.mod says go 1.19, GODEBUG asynctimerchan=1); "sync" — Go 1.23's
// channels, cap 0, nothing stale after Stop (the module built as go 1.23). Without the variable
// it only checks that the two observations agree with each other.
func TestTimerChannelSemantics(t *testing.T) {
	probe := time.NewTimer(time.Hour)
	defer probe.Stop()
	capacity := cap(probe.C)

	fired := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond) // the timer has fired; an async channel now holds its value
	stopped := fired.Stop()
	stale := false
	select {
	case <-fired.C:
		stale = true
	default:
	}

	got := "async"
	if capacity == 0 {
		got = "sync"
	}
	if (got == "sync") != !stale || (got == "sync") != stopped {
		t.Fatalf("inconsistent timer channel: cap %d, Stop after firing returned %v, stale value after Stop %v", capacity, stopped, stale)
	}
	if want := os.Getenv("CTXBENCH_TIMERS"); want != "" && want != got {
		t.Fatalf("timer channels are %s (cap %d), want %s", got, capacity, want)
	}
}
