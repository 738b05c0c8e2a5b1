package ctxbench.profiles;

import static ctxbench.profiles.Category.ALLOC_GC;
import static ctxbench.profiles.Category.CHANNEL;
import static ctxbench.profiles.Category.CONTEXT;
import static ctxbench.profiles.Category.GOROUTINE;
import static ctxbench.profiles.Category.OTHER;
import static ctxbench.profiles.Category.SCHEDULER;
import static ctxbench.profiles.Category.TIMER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule table frame by frame, the leaf-most rule of a stack, and the weights of real captures. */
class CategoriesTest {
    /** Model frames of a request goroutine, from the M's loop to the request's code. */
    private static final List<String> MODEL_GOROUTINE = List.of("ctxbench/runtime/M.run", "ctxbench/runtime/M.execute",
            "ctxbench/runtime/GoContinuation.resume", "jdk/internal/vm/Continuation.run",
            "jdk/internal/vm/Continuation.enterSpecial", "jdk/internal/vm/Continuation.enter",
            "jdk/internal/vm/Continuation.enter0", "ctxbench/runtime/G$$Lambda.0x0000000093063c28.run",
            "ctxbench/runtime/G.lambda$new$0", "ctxbench/runtime/G.body",
            "ctxbench/runtime/Sched$$Lambda.0x0000000093063788.run", "ctxbench/runtime/Sched.lambda$run$0", "ctxbench/bench/seed/SeedRequest.requests",
            "ctxbench/seed/SeedVariant.request", "ctxbench/seed/SeedVariant.after");

    @Test
    void timerFrames() {
        assertFrames(TIMER, "runtime.siftdownTimer", "runtime.siftupTimer", "runtime.checkTimers", "runtime.runtimer",
                "runtime.runOneTimer", "runtime.dodeltimer0", "runtime.addtimer", "runtime.doaddtimer", "runtime.deltimer",
                "runtime.modtimer", "runtime.cleantimers", "time.startTimer", "time.stopTimer", "time.NewTimer",
                "time.After", "time.AfterFunc", "time.Sleep", "time.sendTime", "time.goFunc", "time.when",
                "time.(*Timer).Stop", "time.(*Timer).Reset",
                "ctxbench/time/GoTimerHeap.siftdown", "ctxbench/time/GoTimerHeap.checkTimers",
                "ctxbench/time/GoTimerHeap.runOneTimer", "ctxbench/time/ProcTimers.add", "ctxbench/time/Timer.run",
                "ctxbench/time/Timer.newFuncTimer", "ctxbench/time/Timer.stop", "ctxbench/time/Timer.<init>",
                "ctxbench/time/TimerQueues.current", "ctxbench/time/Time.afterFunc", "ctxbench/time/Time.after",
                "ctxbench/time/Time.newTimer", "ctxbench/time/Time.sleep", "ctxbench/time/Durations.when",
                "ctxbench/runtime/Sched.timeSleep",
                // Go 1.23's timers and timer channels, and the model's go1.23 mode
                "runtime.newTimer", "runtime.maybeRunChan", "runtime.blockTimerChan", "runtime.unblockTimerChan",
                "runtime.timerchandrain", "runtime.(*timer).modify", "runtime.(*timers).run", "runtime.(*timeTimer).stop",
                "ctxbench/time/ChanTimerState.maybeRunChan", "ctxbench/time/ChanTimerState.blockTimerChan",
                "ctxbench/time/Ticker.stop", "ctxbench/time/TimerMode.current", "ctxbench/time/Time.newTicker",
                "ctxbench/runtime/Chan.timerchandrain");
    }

    @Test
    void goroutineFrames() {
        assertFrames(GOROUTINE, "runtime.newproc", "runtime.newproc.func1", "runtime.newproc1", "runtime.malg",
                "runtime.malg.func1", "runtime.gfget", "runtime.gfget.func2", "runtime.gfput", "runtime.goexit0",
                "runtime.goexit1", "runtime.gostartcallfn", "runtime.allgadd",
                "ctxbench/runtime/Goroutines.go", "ctxbench/runtime/Goroutines.exited", "ctxbench/runtime/Sched.newproc",
                "ctxbench/runtime/Sched.gdestroy", "ctxbench/runtime/G.<init>", "ctxbench/runtime/G.exit");
    }

    @Test
    void schedulerFrames() {
        assertFrames(SCHEDULER, "runtime.mcall", "runtime.schedule", "runtime.findRunnable", "runtime.execute",
                "runtime.gogo", "runtime.park_m", "runtime.gopark", "runtime.goready", "runtime.goready.func1",
                "runtime.ready", "runtime.wakep", "runtime.startm", "runtime.stopm", "runtime.mPark", "runtime.notesleep",
                "runtime.notewakeup", "runtime.runqget", "runtime.runqput", "runtime.globrunqget", "runtime.stealWork",
                "runtime.gosched_m", "runtime.goschedImpl", "runtime.sysmon",
                "ctxbench/runtime/M.run", "ctxbench/runtime/M.findRunnable", "ctxbench/runtime/M.execute",
                "ctxbench/runtime/M.stopm", "ctxbench/runtime/M.wake", "ctxbench/runtime/M.stealWork",
                "ctxbench/runtime/P.runqget", "ctxbench/runtime/P.runqput", "ctxbench/runtime/P$$Lambda.0x0000000050063000.wake",
                "ctxbench/runtime/Waiter.park", "ctxbench/runtime/Waiter.ready", "ctxbench/runtime/Waiter.commitPark",
                "ctxbench/runtime/Sched.goready", "ctxbench/runtime/Sched.wakep", "ctxbench/runtime/Sched.globrunqget",
                "ctxbench/runtime/Sched.pidleput", "ctxbench/runtime/GoContinuation.resume",
                "ctxbench/runtime/GoContinuation.yieldG",
                "jdk/internal/vm/Continuation.run", "jdk/internal/vm/Continuation.enter",
                "jdk/internal/vm/Continuation.enterSpecial", "jdk/internal/vm/Continuation.yield0",
                "jdk/internal/vm/Continuation.doYield", "jdk/internal/vm/Continuation.mount",
                "int freeze<Config<(oop_kind)0, G1BarrierSet> >",
                "freeze_result freeze_internal<Config<(oop_kind)0, G1BarrierSet>, false>",
                "long* thaw<Config<(oop_kind)0, G1BarrierSet> >",
                "long* Thaw<Config<(oop_kind)0, G1BarrierSet> >::thaw_fast<false>", "FreezeBase::freeze_fast_copy",
                "cont_thaw", "Continuation::prepare_thaw", "ctxbench/runtime/M.run_[j]");
    }

    @Test
    void channelFrames() {
        assertFrames(CHANNEL, "runtime.makechan", "runtime.chansend", "runtime.chansend1", "runtime.chansend.func1",
                "runtime.chanrecv1", "runtime.closechan", "runtime.send", "runtime.recv", "runtime.selectgo",
                "runtime.selectnbsend", "runtime.sellock", "runtime.selunlock", "runtime.selparkcommit",
                "runtime.(*waitq).dequeue",
                "ctxbench/runtime/Chan.chansend", "ctxbench/runtime/Chan.send", "ctxbench/runtime/Chan.close",
                "ctxbench/runtime/Chan.<init>", "ctxbench/runtime/Select.select", "ctxbench/runtime/Select.selectgo",
                "ctxbench/runtime/Select.locked", "ctxbench/runtime/Case.recv", "ctxbench/runtime/Sudog.remove",
                "ctxbench/runtime/Waiter.claimSelect");
    }

    @Test
    void contextFrames() {
        assertFrames(CONTEXT, "context.WithDeadline", "context.WithTimeout", "context.WithDeadline.func2",
                "context.(*cancelCtx).cancel", "context.(*cancelCtx).Done", "context.(*timerCtx).cancel",
                "context.propagateCancel",
                "ctxbench/context/CancelCtx.cancel", "ctxbench/context/CancelCtx.done",
                "ctxbench/context/Context.withTimeout", "ctxbench/context/TimerCtx.withDeadlineCause",
                "ctxbench/context/TimerCtx$$Lambda.0x000000005006dae8.run");
    }

    /** The allocation and GC frames; in an allocation profile they match no rule. */
    private static final String[] ALLOC_GC_FRAMES = {"runtime.mallocgc", "runtime.newobject",
            "runtime.(*mcache).nextFree", "runtime.(*mcache).refill", "runtime.(*mcentral).cacheSpan",
            "runtime.(*mheap).alloc", "runtime.heapBitsSetType", "runtime.gcBgMarkWorker", "runtime.gcBgMarkWorker.func2",
            "runtime.gcDrain", "runtime.gcAssistAlloc", "runtime.gcAssistAlloc1", "runtime.gcStart",
            "runtime.gcWriteBarrier", "runtime.gcWriteBarrierR9", "runtime.gcmarknewobject", "runtime.wbBufFlush",
            "runtime.wbBufFlush.func1", "runtime.wbBufFlush1", "runtime.scanobject", "runtime.greyobject",
            "runtime.markroot", "runtime.markrootFreeGStacks", "runtime.bgsweep", "runtime.sweepone",
            "runtime.bgscavenge", "runtime.bulkBarrierPreWrite", "runtime.(*gcWork).putFast",
            "runtime.(*gcControllerState).findRunnableGCWorker",
            "G1ParScanThreadState::trim_queue_to_threshold", "G1EvacuateRegionsBaseTask::work",
            "G1BarrierSetRuntime::write_ref_field_pre_entry", "ZDriver::run_thread", "PSPromotionManager::drain_stacks",
            "ShenandoahConcurrentMark::mark", "WorkerThread::run", "ConcurrentGCThread::run", "GCTaskThread::run",
            "VM_G1CollectForAllocation::doit", "OptoRuntime::new_instance_C", "OptoRuntime::new_array_C",
            "Runtime1::new_instance", "InterpreterRuntime::_new", "MemAllocator::allocate",
            "InstanceKlass::allocate_instance", "ObjArrayKlass::allocate", "ThreadLocalAllocBuffer::retire",
            "CollectedHeap::fill_with_object", "asm_exc_page_fault_[k]"};

    @Test
    void allocationAndGcFramesOnlyInCpuProfiles() {
        assertFrames(ALLOC_GC, ALLOC_GC_FRAMES);
        for (String frame : ALLOC_GC_FRAMES) {
            assertEquals(OTHER, Categories.ofFrame(frame, "alloc"), frame);
        }
    }

    @Test
    void framesLeftToTheirCaller() {
        String[] frames = {"runtime.lock2", "runtime.unlock2", "runtime.lock", "runtime.futex", "runtime.futexsleep",
                "runtime.futexwakeup", "runtime.osyield", "runtime.procyield", "runtime.usleep", "runtime.systemstack",
                "runtime.casgstatus", "runtime.stackalloc", "runtime.acquireSudog", "runtime.memclrNoHeapPointers",
                "runtime.nanotime", "runtime.nanotime1", "runtime.goexit", "runtime.gcstopm", "time.Now", "time.now",
                "time.Since", "time.Until", "time.Time.Add", "sync.(*Mutex).Lock", "ctxbench/seed.After",
                "ctxbench/seed.startWorker.func1", "testing.(*B).runN",
                "ctxbench/time/Time.nanotime", "ctxbench/time/Time.now", "ctxbench/time/Time.until",
                "ctxbench/time/Time.deadlineAfter", "ctxbench/time/Durations.toNanos", "clock_gettime@@GLIBC_2.17",
                "[vdso]", "java/util/concurrent/locks/LockSupport.park", "java/util/concurrent/locks/LockSupport.unpark",
                "jdk/internal/misc/Unsafe.park", "java/util/concurrent/Semaphore.acquireUninterruptibly",
                "java/lang/invoke/VarHandleInts$FieldInstanceReadWrite.compareAndSet", "__futex_abstimed_wait_common",
                "do_futex_[k]", "finish_task_switch.isra.0_[k]", "ctxbench/runtime/Sched.run",
                "ctxbench/runtime/Goroutines.run", "ctxbench/runtime/Sched.carrier", "ctxbench/runtime/G.body",
                "ctxbench/runtime/G.lambda$new$0", "ctxbench/seed/SeedVariant.request", "ctxbench/seed/SeedVariant.after",
                "jdk/internal/vm/Continuation.<init>", "start_thread", "Thread::call_run",
                "CompileBroker::compiler_thread_loop",
                "AccessInternal::PostRuntimeDispatch<G1BarrierSet::AccessBarrier<286822ul, G1BarrierSet>, "
                        + "(AccessInternal::BarrierType)1, 286822ul>::oop_access_barrier"};
        for (String profile : List.of("cpu", "alloc")) {
            for (String frame : frames) {
                assertEquals(OTHER, Categories.ofFrame(frame, profile), frame);
            }
        }
    }

    @Test
    void allocatedClassesInAllocationProfilesMatchNoModelRule() {
        for (String frame : List.of("ctxbench.time.Timer_[i]", "ctxbench.runtime.Chan_[k]", "ctxbench.context.TimerCtx_[i]",
                "ctxbench.runtime.G$$Lambda.0x0000000077063c28_[i]", "ctxbench.runtime.GoContinuation_[i]",
                "jdk.internal.vm.StackChunk_[i]", "byte[]_[k]", "int[]_[i]", "java.lang.Object[]_[i]")) {
            assertEquals(OTHER, Categories.ofFrame(frame, "alloc"), frame);
            assertEquals(OTHER, Categories.ofFrame(frame, "cpu"), frame);
        }
    }

    @Test
    void theLeafMostMatchingFrameDecides() {
        assertEquals(SCHEDULER, Categories.categorize(concat(MODEL_GOROUTINE, "ctxbench/runtime/Chan.send",
                "ctxbench/runtime/Chan.chansend", "ctxbench/runtime/Waiter.ready", "ctxbench/runtime/Sched.goready"),
                "cpu"));
        assertEquals(CHANNEL, Categories.categorize(concat(MODEL_GOROUTINE, "ctxbench/runtime/Chan.send",
                "ctxbench/runtime/Chan.chansend", "java/lang/invoke/VarHandleInts$FieldInstanceReadWrite.compareAndSet"),
                "cpu"));
        assertEquals(TIMER, Categories.categorize(List.of("ctxbench/runtime/M.run", "ctxbench/runtime/M.findRunnable",
                "ctxbench/runtime/M.stealWork", "ctxbench/time/GoTimerHeap.checkTimers", "ctxbench/time/Time.nanotime",
                "clock_gettime@@GLIBC_2.17", "[vdso]"), "cpu"));
        // Go: lock2 and the futex take the category of the code that locks
        assertEquals(TIMER, Categories.categorize(List.of("runtime.mcall", "runtime.goexit0", "runtime.schedule",
                "runtime.findRunnable", "runtime.checkTimers", "runtime.runtimer", "runtime.runOneTimer", "runtime.lock",
                "runtime.lockWithRank", "runtime.lock2", "runtime.osyield"), "cpu"));
        assertEquals(GOROUTINE, Categories.categorize(List.of("runtime.mcall", "runtime.goexit0", "runtime.schedule",
                "runtime.findRunnable", "runtime.checkTimers", "runtime.runtimer", "runtime.runOneTimer", "time.goFunc",
                "runtime.newproc", "runtime.systemstack", "runtime.newproc.func1", "runtime.newproc1", "runtime.malg",
                "runtime.stackalloc", "runtime.unlock", "runtime.unlock2", "runtime.futexwakeup", "runtime.futex"), "cpu"));
        assertEquals(SCHEDULER, Categories.categorize(List.of("runtime.mcall", "runtime.park_m", "runtime.schedule",
                "runtime.findRunnable", "runtime.stopm", "runtime.mPark", "runtime.notesleep", "runtime.futexsleep",
                "runtime.futex"), "cpu"));
        assertEquals(CONTEXT, Categories.categorize(List.of("time.goFunc", "context.WithDeadline.func2",
                "context.(*cancelCtx).cancel", "sync.(*Mutex).Lock"), "cpu"));
        assertEquals(TIMER, Categories.categorize(List.of("ctxbench/seed.BeforeLeaky", "context.WithTimeout",
                "context.WithDeadline", "time.AfterFunc", "time.when", "runtime.nanotime"), "cpu"));
        assertEquals(OTHER, Categories.categorize(List.of("ctxbench/seed.After", "time.Now", "runtime.nanotime"), "cpu"));
        assertEquals(OTHER, Categories.categorize(List.of(), "cpu"));
    }

    @Test
    void aGoroutinesOwnCodeIsNotTheSchedulersThatRunsIt() {
        // the switch to the goroutine: the frames root-wards of G.body
        assertEquals(SCHEDULER, Categories.categorize(MODEL_GOROUTINE.subList(0, 4), "cpu"));
        assertEquals(SCHEDULER, Categories.categorize(MODEL_GOROUTINE.subList(0, 8), "cpu"));
        // the goroutine's code: from G.body on, as in Go, whose profiles drop runtime.goexit
        assertEquals(OTHER, Categories.categorize(MODEL_GOROUTINE, "cpu"));
        assertEquals(OTHER, Categories.categorize(concat(MODEL_GOROUTINE, "java/time/Instant.now"), "cpu"));
    }

    @Test
    void allocationProfilesCategorizeTheAllocatingCode() {
        List<String> goChan = List.of("ctxbench/seed.After", "runtime.makechan", "runtime.mallocgc",
                "runtime.(*mcache).nextFree");
        assertEquals(ALLOC_GC, Categories.categorize(goChan, "cpu"));
        assertEquals(CHANNEL, Categories.categorize(goChan, "alloc"));
        List<String> modelChan = concat(MODEL_GOROUTINE, "ctxbench/context/CancelCtx.done", "ctxbench/runtime/Chan.<init>",
                "OptoRuntime::new_instance_C", "MemAllocator::allocate");
        assertEquals(ALLOC_GC, Categories.categorize(modelChan, "cpu"));
        // as Go hides the leading runtime frames of an allocation, the model's are dropped: the
        // channel counts to the context code that made it
        assertEquals(CONTEXT, Categories.categorize(modelChan, "alloc"));
        List<String> pageFault = concat(MODEL_GOROUTINE, "ctxbench/runtime/Goroutines.go", "ctxbench/runtime/Sched.newproc",
                "ctxbench/runtime/G.<init>", "asm_exc_page_fault_[k]", "exc_page_fault_[k]");
        assertEquals(ALLOC_GC, Categories.categorize(pageFault, "cpu"));
        assertEquals(OTHER, Categories.categorize(pageFault, "alloc"));
        List<String> timerGoroutine = List.of("ctxbench/runtime/M.run", "ctxbench/runtime/M.findRunnable",
                "ctxbench/time/GoTimerHeap.checkTimers", "ctxbench/time/Timer.run", "ctxbench/runtime/Goroutines.go",
                "ctxbench/runtime/Sched.newproc", "ctxbench/runtime/G.<init>", "jdk/internal/vm/Continuation.<init>",
                "ctxbench.runtime.GoContinuation_[i]");
        assertEquals(TIMER, Categories.categorize(timerGoroutine, "alloc"), "Go: time.goFunc's go statement");
        List<String> runtimeOnly = List.of("ctxbench/runtime/M.run", "ctxbench/runtime/M.findRunnable", "java/util/ArrayDeque.grow",
                "java.lang.Object[]_[k]");
        assertEquals(SCHEDULER, Categories.categorize(runtimeOnly, "alloc"), "runtime all the way: every frame shown");
        List<String> gcWorker = List.of("runtime.gcBgMarkWorker");
        assertEquals(ALLOC_GC, Categories.categorize(gcWorker, "cpu"));
        assertEquals(OTHER, Categories.categorize(gcWorker, "alloc"));
    }

    @Test
    void aProfileIsCpuOrAlloc() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Categories.ofFrame("runtime.mallocgc", "wall"));
        assertEquals("profile 'wall' is not cpu or alloc", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Categories.categorize(List.of("a"), "CPU"));
        assertThrows(IllegalArgumentException.class, () -> Categories.weights(Stacks.builder().build(), "samples"));
    }

    @Test
    void weightsOfTheGoCaptures() throws ProfileFormatException {
        assertEquals(weights(480_000_000, 10_000_000, 30_000_000, 100_000_000, 0, 580_000_000, 30_000_000),
                Categories.weights(Fixtures.traces("go-after-cpu-traces.txt").stacks(), "cpu"));
        assertEquals(weights(150_000_000, 110_000_000, 70_000_000, 220_000_000, 230_000_000, 740_000_000, 30_000_000),
                Categories.weights(Fixtures.traces("go-before-leaky-cpu-traces.txt").stacks(), "cpu"));
        Stacks alloc = Fixtures.traces("go-after-alloc-traces.txt").stacks();
        // timer: time.NewTimer and time.startTimer; goroutine: runtime.malg (512.20kB); the rest is
        // the request's own code (After 23MB + 305.53MB, startWorker 168.01MB, its goroutine 55.50MB)
        // and, in an allocation profile, the GC worker (512.02kB)
        assertEquals(weights(667_046_912, 524_493, 0, 0, 0, 0, 344_488_673L + 176_171_254 + 58_195_968 + 524_308),
                Categories.weights(alloc, "alloc"));
        assertEquals(weights(667_046_912, 524_493, 0, 0, 0, 524_308, 344_488_673L + 176_171_254 + 58_195_968),
                Categories.weights(alloc, "cpu"));
    }

    @Test
    void weightsOfTheModelCaptures() throws ProfileFormatException {
        assertEquals(weights(98, 3, 24, 0, 0, 11, 0),
                Categories.weights(Fixtures.collapsed("model-after-cpu.collapsed"), "cpu"));
        assertEquals(weights(729, 62, 298, 43, 139, 154, 37),
                Categories.weights(Fixtures.collapsed("model-before-leaky-cpu.collapsed"), "cpu"));
        // the model's runtime frames hidden as Go hides its own: goroutines and channels count to
        // the code that made them (the timer's goFunc goroutine: timer; the request's worker: other)
        assertEquals(weights(648, 0, 5, 0, 535, 0, 1801),
                Categories.weights(Fixtures.collapsed("model-before-leaky-alloc.collapsed"), "alloc"));
    }

    @Test
    void aKnownModelStackInTheCapture() throws ProfileFormatException {
        Map<List<String>, Long> stacks = Fixtures.byStack(Fixtures.collapsed("model-after-cpu.collapsed"));
        List<String> siftdown = List.of("ctxbench/runtime/M.run", "ctxbench/runtime/M.findRunnable",
                "ctxbench/time/GoTimerHeap.checkTimers", "ctxbench/time/GoTimerHeap.runtimer",
                "ctxbench/time/GoTimerHeap.runOneTimer", "ctxbench/time/GoTimerHeap.dodeltimer0",
                "ctxbench/time/GoTimerHeap.siftdown");
        assertEquals(TIMER, Categories.categorize(siftdown, "cpu"));
        assertEquals(18L + 4 + 6, stacks.get(siftdown)); // three equal lines in async-profiler's output, merged
    }

    @Test
    void sharesOneRowPerCategoryInEnumOrder() throws ProfileFormatException {
        List<CategoryShare> rows = Categories.shares("model", "after", "cpu",
                Fixtures.collapsed("model-after-cpu.collapsed"));
        assertEquals(List.of(
                new CategoryShare("model", "after", "cpu", TIMER, 98, 98 / 136.0),
                new CategoryShare("model", "after", "cpu", GOROUTINE, 3, 3 / 136.0),
                new CategoryShare("model", "after", "cpu", SCHEDULER, 24, 24 / 136.0),
                new CategoryShare("model", "after", "cpu", CHANNEL, 0, 0),
                new CategoryShare("model", "after", "cpu", CONTEXT, 0, 0),
                new CategoryShare("model", "after", "cpu", ALLOC_GC, 11, 11 / 136.0),
                new CategoryShare("model", "after", "cpu", OTHER, 0, 0)), rows);
        List<CategoryShare> empty = Categories.shares("go", "timer-stop", "alloc", Stacks.builder().build());
        assertEquals(Arrays.stream(Category.values()).toList(), empty.stream().map(CategoryShare::category).toList());
        assertEquals(List.of(0.0), empty.stream().map(CategoryShare::share).distinct().toList());
        assertEquals(List.of(0L), empty.stream().map(CategoryShare::weight).distinct().toList());
    }

    /** docs/profiles.md shows the rules as they are: the code block after "## The rules", one "category pattern" a line. */
    @Test
    void docsProfilesMdListsTheRulesInOrder() throws IOException {
        List<String> doc = Files.readAllLines(repositoryRoot().resolve("docs/profiles.md"), StandardCharsets.UTF_8);
        int heading = doc.indexOf("## The rules");
        assertTrue(heading >= 0, "docs/profiles.md has no '## The rules' heading");
        int open = doc.subList(heading, doc.size()).indexOf("```text") + heading;
        int close = doc.subList(open + 1, doc.size()).indexOf("```") + open + 1;
        List<String> documented = doc.subList(open + 1, close).stream().map(l -> l.replaceFirst("\\s+", " ")).toList();
        List<String> rules = Categories.RULES.stream().map(r -> r.category().id() + " " + r.pattern().pattern()).toList();
        assertEquals(rules, documented);
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
    }

    private static void assertFrames(Category expected, String... frames) {
        for (String frame : frames) {
            assertEquals(expected, Categories.ofFrame(frame, "cpu"), frame);
            if (expected != ALLOC_GC) {
                assertEquals(expected, Categories.ofFrame(frame, "alloc"), frame);
            }
        }
    }

    private static Map<Category, Long> weights(long timer, long goroutine, long scheduler, long channel, long context,
                                               long allocGc, long other) {
        Map<Category, Long> m = new EnumMap<>(Category.class);
        m.put(TIMER, timer);
        m.put(GOROUTINE, goroutine);
        m.put(SCHEDULER, scheduler);
        m.put(CHANNEL, channel);
        m.put(CONTEXT, context);
        m.put(ALLOC_GC, allocGc);
        m.put(OTHER, other);
        return m;
    }

    private static List<String> concat(List<String> frames, String... more) {
        List<String> all = new ArrayList<>(frames);
        all.addAll(List.of(more));
        return all;
    }
}
