package propagation

import (
	"context"
	"runtime"
	"testing"
	"time"
)

// TestParents checks that a child of every parent kind is cancelled when the parent is, and that
// the cancelled parent cancels the child at once.
func TestParents(t *testing.T) {
	for _, name := range Parents {
		parent, release := NewParent(name)
		ctx, cancel := context.WithCancel(parent)
		if name == "cancelled" {
			if ctx.Err() == nil {
				t.Errorf("%s: child of a cancelled parent is not cancelled", name)
			}
		} else if name != "background" {
			release()
			select {
			case <-ctx.Done():
			case <-time.After(5 * time.Second):
				t.Errorf("%s: child not cancelled by its parent", name)
			}
		}
		cancel()
		release()
	}
}

// TestAfterFunc checks AfterFuncCtx's Go 1.21 AfterFunc contract.
func TestAfterFunc(t *testing.T) {
	c := &AfterFuncCtx{}
	ran := make(chan struct{})
	stop := c.AfterFunc(func() { close(ran) })
	if !stop() {
		t.Fatal("stop before cancel: want true")
	}
	stop = c.AfterFunc(func() { close(ran) })
	c.Cancel(context.Canceled)
	<-ran
	if stop() {
		t.Fatal("stop after cancel: want false")
	}
	if c.Err() != context.Canceled {
		t.Fatal("Err after cancel")
	}
	runtime.Gosched()
}
