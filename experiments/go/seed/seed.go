// Package seed holds the request code of seeds/000 (../../shared/seeds/000_f901ddf6924674b9.txt
// in the project's shared folder) in its four variants, fixed only so far as needed to compile
// and to do what the snippet obviously meant:
//
//   - the worker goroutine sends its result (the sanitized snippet sends only when err != nil,
//     so the result case could never win; our worker sends &engineCtx on success and nil on error);
//   - `case engineCtx<-engineCtxCh:` (a send of a channel into a pointer, which does not compile)
//     is the receive `case engineCtx = <-engineCtxCh:`;
//   - `fmt.Println("tmpCtx.Done")` is replaced by returning timedOut=true: printing would dominate
//     the cost being measured and corrupt `go test -bench` output;
//   - the "after" version's stray `cancel()` (there is no cancel in that version) is removed.
//
// Everything else is the seed's code: a buffered(1) channel of *context.Context, one worker
// goroutine per request, a select between the result and the timeout. The parent context is
// context.TODO(), as in the seed, so WithTimeout's propagateCancel returns at once.
//
// The variant functions live in one file each so that `go vet` (lostcancel) findings point at
// before_leaky.go alone; see vet_test.go.
package seed

import (
	"context"
	"time"
)

// Worker is the work the request waits for: newEngineCtx in the seed.
type Worker func(ctx context.Context) (context.Context, error)

// NewEngineCtx is the seed's shared function ("公用函数"): it answers at once.
func NewEngineCtx(ctx context.Context) (res context.Context, err error) {
	return context.TODO(), nil
}

// Func is one variant of the request: it returns the worker's result (nil when the timeout won
// or the worker failed) and whether the request ended on the timeout case.
type Func func(ctx context.Context, timeout time.Duration, work Worker) (engineCtx *context.Context, timedOut bool)

// Variant names a variant as docs/benchmarks.md does.
type Variant struct {
	Name string
	Run  Func
}

// Variants in the catalogue's order: the one place Go spells their names (the Java model's are
// ctxbench.seed.SeedVariant's; both are the sub-benchmark names, variant=<name>).
var Variants = []Variant{
	{"before-leaky", BeforeLeaky},
	{"before-cancel", BeforeCancel},
	{"after", After},
	{"timer-stop", TimerStop},
}

// Names returns the variants' names in the catalogue's order.
func Names() []string {
	names := make([]string, len(Variants))
	for i, v := range Variants {
		names[i] = v.Name
	}
	return names
}

// Lookup returns the variant with the given name.
func Lookup(name string) (Variant, bool) {
	for _, v := range Variants {
		if v.Name == name {
			return v, true
		}
	}
	return Variant{}, false
}

// startWorker is the seed's `go func() { engineCtx, err := newEngineCtx(ctx) ... }()`, with the
// send fixed: the result is always sent (nil on error), into the buffered(1) channel, so the
// worker never blocks even when nobody receives any more.
func startWorker(ctx context.Context, work Worker, engineCtxCh chan *context.Context) {
	go func() {
		engineCtx, err := work(ctx)
		if err != nil {
			engineCtxCh <- nil
			return
		}
		engineCtxCh <- &engineCtx
	}()
}
