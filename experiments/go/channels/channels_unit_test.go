package channels

import (
	"runtime"
	"testing"
	"time"
)

func TestDrivers(t *testing.T) {
	base := runtime.NumGoroutine()
	const n = 1000
	want := n * (n - 1) / 2
	for _, c := range []int{0, 1} {
		if got := PingPong(n, c); got != want {
			t.Errorf("PingPong cap=%d: %d, want %d", c, got, want)
		}
	}
	for _, c := range []int{0, 1, 16, 100, 1024} {
		if got := Transfer(n, c); got != want {
			t.Errorf("Transfer cap=%d: %d, want %d", c, got, want)
		}
	}
	for _, cases := range []int{2, 4} {
		if got := SelectRecv(n, cases); got != want {
			t.Errorf("SelectRecv cases=%d: %d, want %d", cases, got, want)
		}
	}
	for _, p := range []int{1, 2, 4} {
		for _, c := range []int{0, 100} {
			if got := ProdCons(n+1, p, p, c); got != n+1 {
				t.Errorf("ProdCons %dx%d cap=%d: %d values, want %d", p, p, c, got, n+1)
			}
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > base && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if runtime.NumGoroutine() > base {
		t.Errorf("leaked goroutines: %d > %d", runtime.NumGoroutine(), base)
	}
}
