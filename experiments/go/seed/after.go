package seed

import (
	"context"
	"time"
)

// After is the seed's "after" code (优化后的版本): time.After in the select. The channel timer is
// never stopped, so on the fast path it stays in the timer heap until it fires (timeout later);
// its firing is one non-blocking send into the timer's buffered channel, no goroutine.
func After(ctx context.Context, timeout time.Duration, work Worker) (*context.Context, bool) {
	engineCtxCh := make(chan *context.Context, 1)

	startWorker(ctx, work, engineCtxCh)

	var engineCtx *context.Context
	select {
	case engineCtx = <-engineCtxCh:
		if engineCtx == nil {
			return nil, false
		}
	case <-time.After(timeout):
		// fmt.Println("tmpCtx.Done") in the seed; its cancel() does not exist here
		return nil, true
	}
	return engineCtx, false
}
