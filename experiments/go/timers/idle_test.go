package timers

import "testing"

// TestIdle checks that Idle makes exactly n pending timers and that stop stops every one of them.
func TestIdle(t *testing.T) {
	for _, n := range []int{0, 1, 1001} {
		stop := Idle(n)
		if got := stop(); got != n {
			t.Errorf("Idle(%d): %d timers stopped, want %d", n, got, n)
		}
	}
}
