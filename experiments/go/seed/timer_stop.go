package seed

import (
	"context"
	"time"
)

// TimerStop is the "after" code with an explicit timer: time.NewTimer and `defer t.Stop()`, so
// the timer leaves the heap (marked deleted, removed lazily) as soon as the request ends.
func TimerStop(ctx context.Context, timeout time.Duration, work Worker) (*context.Context, bool) {
	t := time.NewTimer(timeout)
	defer t.Stop()
	engineCtxCh := make(chan *context.Context, 1)

	startWorker(ctx, work, engineCtxCh)

	var engineCtx *context.Context
	select {
	case engineCtx = <-engineCtxCh:
		if engineCtx == nil {
			return nil, false
		}
	case <-t.C:
		return nil, true
	}
	return engineCtx, false
}
