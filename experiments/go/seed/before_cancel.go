package seed

import (
	"context"
	"time"
)

// BeforeCancel is the "before" code fixed the usual way: `defer cancel()`, so the timer is
// stopped and the timerCtx removed on every path.
func BeforeCancel(ctx context.Context, timeout time.Duration, work Worker) (*context.Context, bool) {
	tmpCtx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	engineCtxCh := make(chan *context.Context, 1)

	startWorker(ctx, work, engineCtxCh)

	var engineCtx *context.Context
	select {
	case engineCtx = <-engineCtxCh:
		if engineCtx == nil {
			return nil, false
		}
	case <-tmpCtx.Done():
		return nil, true
	}
	return engineCtx, false
}
