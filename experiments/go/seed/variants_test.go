package seed

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestVariants checks each variant's three outcomes once (no timing): the worker answers, the
// worker fails (nil result, the seed's `if engineCtx == nil { return }`), the worker is silent.
func TestVariants(t *testing.T) {
	for _, v := range Variants {
		r, timedOut := v.Run(context.TODO(), fastTimeout, NewEngineCtx)
		if r == nil || timedOut {
			t.Errorf("%s: fast worker: got (%v, %v), want a result", v.Name, r, timedOut)
		}
		failing := func(context.Context) (context.Context, error) { return nil, errors.New("boom") }
		r, timedOut = v.Run(context.TODO(), fastTimeout, failing)
		if r != nil || timedOut {
			t.Errorf("%s: failing worker: got (%v, %v), want (nil, false)", v.Name, r, timedOut)
		}
		release := make(chan struct{})
		r, timedOut = v.Run(context.TODO(), timeoutTimeout, func(ctx context.Context) (context.Context, error) {
			<-release
			return NewEngineCtx(ctx)
		})
		close(release)
		if r != nil || !timedOut {
			t.Errorf("%s: silent worker: got (%v, %v), want the timeout", v.Name, r, timedOut)
		}
	}
	if _, ok := Lookup("after"); !ok {
		t.Error("Lookup(after) failed")
	}
	want := []string{"before-leaky", "before-cancel", "after", "timer-stop"} // the Java model's and the results' names
	if got := Names(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("Names() = %v, want %v", got, want)
	}
}
