// Package propagation mirrors the Java suite propagation: each path of context.propagateCancel
// (src/context/context.go) as the parent of a WithCancel, and the cancellation of trees of
// WithCancel contexts by depth and by fan-out. Benchmarks are in propagation_test.go.
package propagation

import (
	"context"
	"sync"
	"time"
)

// Parents in the catalogue's order.
var Parents = []string{"background", "cancelled", "cancelCtx", "timerCtx", "valueOverCancel", "afterFuncer", "foreign"}

type valueKey struct{}

// NewParent builds the named parent; release cancels whatever it holds.
//
//   - background: context.Background(): Done() is nil, propagateCancel returns at once.
//   - cancelled: a cancelled WithCancel: the child is cancelled inside WithCancel.
//   - cancelCtx: an open WithCancel: parentCancelCtx finds it, the child joins its children map.
//   - timerCtx: an open WithTimeout(1h): the same path through the timerCtx's embedded cancelCtx.
//   - valueOverCancel: WithValue over an open WithCancel: parentCancelCtx walks through the
//     valueCtx with Value(&cancelCtxKey) and finds the cancelCtx below.
//   - afterFuncer: a custom parent with Go 1.21's `AfterFunc(func()) func() bool` method. Go 1.21+
//     registers the child through that method (no goroutine). On Go 1.19, the Go measured here,
//     propagateCancel has no afterFuncer path: the parent is foreign and takes the watcher-goroutine
//     path, so on 1.19 this row should equal `foreign`.
//   - foreign: a custom parent with its own done channel: propagateCancel starts a goroutine that
//     waits on parent.Done() or child.Done().
func NewParent(name string) (parent context.Context, release func()) {
	switch name {
	case "background":
		return context.Background(), func() {}
	case "cancelled":
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		return ctx, cancel
	case "cancelCtx":
		return context.WithCancel(context.Background())
	case "timerCtx":
		return context.WithTimeout(context.Background(), time.Hour)
	case "valueOverCancel":
		ctx, cancel := context.WithCancel(context.Background())
		return context.WithValue(ctx, valueKey{}, "v"), cancel
	case "afterFuncer":
		p := &AfterFuncCtx{}
		return p, func() { p.Cancel(context.Canceled) }
	case "foreign":
		p := &ForeignCtx{done: make(chan struct{})}
		return p, func() { p.Cancel(context.Canceled) }
	}
	panic("unknown parent " + name)
}

// ForeignCtx is a Context that is not one of the context package's types: its own done channel,
// no deadline, no values.
type ForeignCtx struct {
	mu   sync.Mutex
	done chan struct{}
	err  error
}

func (c *ForeignCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c *ForeignCtx) Done() <-chan struct{}       { return c.done }
func (c *ForeignCtx) Value(key any) any           { return nil }
func (c *ForeignCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

// Cancel closes the done channel once.
func (c *ForeignCtx) Cancel(err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err == nil {
		c.err = err
		close(c.done)
	}
}

// AfterFuncCtx has the shape of the afterFuncContext of Go 1.21's context tests
// (src/context/afterfunc_test.go): a lazily made done channel and an AfterFunc method that
// registers f to run when the context is done and returns a stop function.
// Go 1.21's propagateCancel uses that method (the `afterFuncer` interface); Go 1.19 does not know
// the interface and treats this parent as foreign (watcher goroutine), which is what is measured
// here. AfterFunc is still implemented for real so the type is the same on every Go version.
type AfterFuncCtx struct {
	mu         sync.Mutex
	afterFuncs map[*byte]func()
	done       chan struct{}
	err        error
}

func (c *AfterFuncCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c *AfterFuncCtx) Value(key any) any           { return nil }

func (c *AfterFuncCtx) Done() <-chan struct{} {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done == nil {
		c.done = make(chan struct{})
	}
	return c.done
}

func (c *AfterFuncCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

// AfterFunc is Go 1.21's afterFuncer method: f runs (in its own goroutine) when c is cancelled;
// stop unregisters it and reports whether it did so before f started.
func (c *AfterFuncCtx) AfterFunc(f func()) func() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := new(byte)
	if c.afterFuncs == nil {
		c.afterFuncs = make(map[*byte]func())
	}
	c.afterFuncs[k] = f
	return func() bool {
		c.mu.Lock()
		defer c.mu.Unlock()
		_, ok := c.afterFuncs[k]
		delete(c.afterFuncs, k)
		return ok
	}
}

// Cancel sets the error, closes the done channel and starts the registered functions.
func (c *AfterFuncCtx) Cancel(err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err != nil {
		return
	}
	c.err = err
	if c.done == nil {
		c.done = make(chan struct{})
	}
	close(c.done)
	for k, f := range c.afterFuncs {
		go f()
		delete(c.afterFuncs, k)
	}
}
