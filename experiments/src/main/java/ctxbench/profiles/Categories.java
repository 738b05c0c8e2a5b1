package ctxbench.profiles;

import static ctxbench.profiles.Category.ALLOC_GC;
import static ctxbench.profiles.Category.CHANNEL;
import static ctxbench.profiles.Category.CONTEXT;
import static ctxbench.profiles.Category.GOROUTINE;
import static ctxbench.profiles.Category.OTHER;
import static ctxbench.profiles.Category.SCHEDULER;
import static ctxbench.profiles.Category.TIMER;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Assigns profile samples to {@link Category categories}, the same way for Go's frames
 * ({@code runtime.siftdownTimer}, {@code context.(*cancelCtx).cancel}) and the model's
 * ({@code ctxbench/time/GoTimerHeap.siftdown}, HotSpot's {@code G1ParScanThreadState::trim_queue}).
 *
 * <p>A frame belongs to the category of the first rule of {@link #RULES} whose pattern matches
 * all of its name (after async-profiler's frame-type suffix, {@code _[j]}, {@code _[i]},
 * {@code _[k]}, {@code _[0]}, {@code _[1]}, is removed). A stack belongs to the category of its
 * leaf-most frame that a rule matches; frames no rule matches (locks, atomics, the clock, futex
 * calls) take their caller's category that way. One rule maps to {@link Category#OTHER}: the
 * model's {@code G.body}, where a goroutine's own code starts, so the scheduler frames that run a
 * goroutine (root-wards of it) do not claim the goroutine's own code. In allocation profiles the
 * {@link Category#ALLOC_GC} rules are skipped: every sample there is an allocation, and what
 * matters is which code allocated; and, as Go's heap profiles hide the leading {@code runtime.*}
 * frames of an allocation, the model's leaf-most runtime frames are dropped first
 * ({@link #allocatingCode}). docs/profiles.md lists the rules.
 */
public final class Categories {
    /** A pattern (matched against the whole frame name) and the category of the frames it matches. */
    record Rule(Pattern pattern, Category category) {
    }

    /** async-profiler's frame-type suffix: JIT-compiled, inlined, kernel, interpreted, C1. */
    private static final Pattern FRAME_TYPE = Pattern.compile("_\\[[jik01]\\]$");

    /**
     * The rules, in order: the first match decides a frame. Go's closures
     * ({@code runtime.newproc.func1}) belong with their function. Frames left out on purpose, so
     * that their caller decides: Go's {@code lock2}/{@code unlock2}, {@code futex*},
     * {@code osyield}, {@code procyield}, {@code usleep}, {@code systemstack}, {@code casgstatus},
     * {@code stackalloc}, {@code acquireSudog}, {@code memclrNoHeapPointers}; the clock
     * ({@code time.Now}, {@code runtime.nanotime}, the model's {@code Time.nanotime},
     * {@code Time.now}, {@code clock_gettime}); the JDK's {@code LockSupport}, {@code Unsafe.park},
     * {@code Semaphore}, VarHandle atomics; kernel frames other than page faults.
     */
    static final List<Rule> RULES = List.of(
            // ---- timer
            // Go: the per-P timer heap (runtime/time.go), run by the scheduler's checkTimers; Go 1.23's
            // timers and timer channels (newTimer, the (*timer) and (*timers) methods, chan.go's hooks).
            rule("runtime\\.(checkTimers|runtimer|runOneTimer|addtimer|doaddtimer|deltimer|dodeltimer|dodeltimer0"
                    + "|modtimer|resettimer|cleantimers|adjusttimers|moveTimers|clearDeletedTimers|siftupTimer"
                    + "|siftdownTimer|updateTimer0When|updateTimerModifiedEarliest|timeSleep|resetForSleep"
                    + "|goroutineReady|newTimer|blockTimerChan|unblockTimerChan|maybeRunChan|timerchandrain"
                    + "|\\(\\*timer\\)\\.\\w+|\\(\\*timers\\)\\.\\w+|\\(\\*timeTimer\\)\\.\\w+)(\\.func.*)?", TIMER),
            // Go: package time's timers (time/sleep.go); not the clock (time.Now, time.Since).
            rule("time\\.(startTimer|stopTimer|resetTimer|modTimer|when|NewTimer|After|AfterFunc|Sleep|sendTime|goFunc"
                    + "|NewTicker|Tick|\\(\\*Timer\\)\\.\\w+|\\(\\*Ticker\\)\\.\\w+)(\\.func.*)?", TIMER),
            // Model: the timer heap and the timers (GoTimerHeap mirrors runtime/time.go; ChanTimerState
            // Go 1.23's channel timers), and a timer channel's drain.
            rule("ctxbench/time/(GoTimerHeap|ProcTimers|RuntimeTimer|Timer|TimerQueue|TimerQueues|JdkTimerQueue"
                    + "|TimerThread|ChanTimerState|Ticker|TimerMode)[.$].*|ctxbench/runtime/Chan\\.timerchandrain", TIMER),
            // Model: package time's timer functions and Go's timeSleep; not the clock (Time.nanotime, Time.now).
            rule("ctxbench/time/(Time\\.(after|afterFunc|newTimer|newTicker|tick|sleep)|Durations\\.when)"
                    + "|ctxbench/runtime/Sched\\.timeSleep", TIMER),

            // ---- goroutine
            // Go: creating a goroutine (newproc, its g and stack) and ending one (goexit1, goexit0).
            rule("runtime\\.(newproc|newproc1|malg|allgadd|gfget|gfput|gostartcall|gostartcallfn|goexit0|goexit1)"
                    + "(\\.func.*)?", GOROUTINE),
            // Model: the same: go, newproc, the G and its continuation, gdestroy, exit.
            rule("ctxbench/runtime/(Goroutines\\.(go|goVirtual|exited)|Sched\\.(newproc|gdestroy)|G\\.(<init>|exit))",
                    GOROUTINE),

            // ---- channel
            // Go: runtime/chan.go and runtime/select.go.
            rule("runtime\\.(makechan|makechan64|chansend|chansend1|chanrecv|chanrecv1|chanrecv2|closechan|send"
                    + "|sendDirect|recv|recvDirect|chanparkcommit|selectgo|selectnbsend|selectnbrecv|selectnbrecv2"
                    + "|sellock|selunlock|selparkcommit|block|\\(\\*waitq\\)\\.\\w+)(\\.func.*)?", CHANNEL),
            // Model: channels and select; Waiter.claimSelect is select's wake-up race (Go: selectDone),
            // before the Waiter rule of the scheduler.
            rule("ctxbench/runtime/(Chan|Select|Case|Sudog|Received)[.$].*|ctxbench/runtime/Waiter\\.claimSelect",
                    CHANNEL),

            // ---- context
            // Go: package context (its AfterFunc callback context.WithDeadline.func2 included).
            rule("context\\..*", CONTEXT),
            // Model: package ctxbench.context.
            rule("ctxbench/context/.*", CONTEXT),

            // ---- scheduler
            // Go: the scheduler loop on g0 (mcall, schedule, findRunnable, execute), run queues,
            // parking and readying goroutines, Ms sleeping and waking (notesleep, notewakeup).
            rule("runtime\\.(mcall|gogo|schedule|findRunnable|findrunnable|execute|stealWork|runqget|runqput"
                    + "|runqputslow|runqsteal|runqgrab|globrunqget|globrunqput|globrunqputbatch|injectglist|gopark"
                    + "|goparkunlock|park_m|gosched_m|goschedImpl|gopreempt_m|Gosched|goyield|goready|ready|wakep"
                    + "|startm|stopm|mPark|handoffp|notesleep|notetsleep|notetsleepg|notewakeup|resetspinning"
                    + "|sysmon|retake|wakeNetPoller|netpoll|netpollBreak)(\\.func.*)?", SCHEDULER),
            // Model: the goroutine's own code starts at G.body (Go's goexit frame, which Go's profiles
            // drop): the scheduler frames root-wards of it must not claim it.
            rule("ctxbench/runtime/G\\.body", OTHER),
            // Model: the M's loop (M.run, findRunnable, execute, stopm), run queues (P), parking and
            // readying (Waiter, Sched.goready, wakep), switching to a goroutine and back (GoContinuation).
            rule("ctxbench/runtime/(M|P|Waiter)[.$].*|ctxbench/runtime/GoContinuation\\.(resume|yieldG)"
                    + "|ctxbench/runtime/Sched\\.(goready|wakep|globrunqget|globrunqput|globrunqputbatch|pidleput"
                    + "|pidleremove|wakeNetPoller|becomePoller|leavePoller)", SCHEDULER),
            // Model: the JDK's continuation mounting, yielding and unmounting a goroutine (not its constructor).
            rule("jdk/internal/vm/Continuation\\.[a-z].*", SCHEDULER),
            // Model: HotSpot's freeze and thaw of a continuation's frames (a goroutine switch).
            rule("([\\w*]+ )?(freeze|thaw|cont_thaw|Freeze|Thaw|Continuation|StackChunk)\\w*([<:].*)?", SCHEDULER),

            // ---- allocation and GC (skipped in allocation profiles)
            // Go: allocating (mallocgc and the mcache/mcentral/mheap behind it).
            rule("runtime\\.(mallocgc|newobject|newarray|largeAlloc|nextFreeFast|heapBitsSetType|deductSweepCredit"
                    + "|\\(\\*(mcache|mcentral|mheap|mspan|pageAlloc)\\)\\.\\w+)(\\.func.*)?", ALLOC_GC),
            // Go: the collector: mark workers and assists, write barriers, sweeping, scavenging.
            rule("runtime\\.(gc[A-Z]\\w*|gcmarknewobject|bgsweep|sweepone|bgscavenge|scanobject|scanblock|scanstack"
                    + "|greyobject|markroot\\w*|wbBufFlush\\w*|bulkBarrierPreWrite\\w*|typeBitsBulkBarrier"
                    + "|\\(\\*(gcWork|gcControllerState|sweepLocked|sweepLocker|activeSweep|scavengerState)\\)\\.\\w+)"
                    + "(\\.func.*)?", ALLOC_GC),
            // JVM: the collectors' code and threads (G1, ZGC, Parallel, Serial, Shenandoah), GC VM operations.
            rule("(G1|Z|PS|Parallel|Serial|Shenandoah|Epsilon)[A-Z]\\w*::.*"
                    + "|(WorkerThread|GCTaskThread|ConcurrentGCThread|VM_(G1|GC|Collect|Parallel|Z|Shenandoah)\\w*)::.*",
                    ALLOC_GC),
            // JVM: the allocation slow path (TLAB refill, allocation outside a TLAB).
            rule("OptoRuntime::(new_\\w+|multianewarray\\w*)|Runtime1::new_\\w+"
                    + "|InterpreterRuntime::(_new|newarray|anewarray|multianewarray)"
                    + "|(InstanceKlass|ObjArrayKlass|TypeArrayKlass)::allocate\\w*"
                    + "|(CollectedHeap|MemAllocator|ObjAllocator|ObjArrayAllocator|ThreadLocalAllocBuffer)::.*",
                    ALLOC_GC),
            // JVM: a page fault in Java code is the first touch of fresh heap (a new TLAB); Go's
            // profiles charge the same time to the touching frame (mallocgc's memclr).
            rule("asm_exc_page_fault", ALLOC_GC));

    private Categories() {
    }

    /**
     * The category a single frame's own name belongs to: the first matching rule's, or
     * {@link Category#OTHER} when none matches. {@code profile}: {@code cpu}, or {@code alloc}
     * (the allocation/GC rules are skipped).
     */
    public static Category ofFrame(String frame, String profile) {
        return ruleCategory(frame, allocationRulesApply(profile)).orElse(OTHER);
    }

    /**
     * The category of a stack ({@code frames} root first): that of its leaf-most frame that a
     * rule matches, {@link Category#OTHER} if none does. Cost: at most one regex match per frame
     * and rule.
     */
    public static Category categorize(List<String> frames, String profile) {
        boolean allocationRules = allocationRulesApply(profile);
        Function<String, Optional<Category>> rules = frame -> ruleCategory(frame, allocationRules);
        return leafMostRule(allocationRules ? frames : allocatingCode(frames, rules), rules);
    }

    /** The model's runtime: its scheduler, channels and goroutines, and the continuations under them. */
    private static final Pattern MODEL_RUNTIME = Pattern.compile("(ctxbench/runtime/|jdk/internal/vm/).*");

    /**
     * An allocation stack without its leaf-most frames of the model's runtime, as Go's heap
     * profiles show allocations (runtime/pprof/protomem.go hides the leading {@code runtime.*}
     * frames, so Go's {@code make(chan)} in {@code time.NewTimer} counts to {@code time.NewTimer},
     * and {@code go f()} to its caller): frames that are the model's runtime, or that no rule
     * matches (the allocated class, JDK collections inside the runtime), are dropped from the leaf
     * until the first other frame. A stack that is runtime all the way keeps all its frames, as Go
     * shows them then.
     */
    private static List<String> allocatingCode(List<String> frames, Function<String, Optional<Category>> rules) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            Optional<Category> rule = rules.apply(frames.get(i));
            if (rule.isPresent() && (rule.get() == OTHER || !MODEL_RUNTIME.matcher(frames.get(i)).matches())) {
                return frames.subList(0, i + 1); // a frame of other code, or G.body: the goroutine's own code starts there
            }
        }
        return frames;
    }

    /**
     * The total weight of each category in {@code stacks}: every category present, 0 where it
     * has none. Each distinct frame name is matched against the rules once.
     */
    public static Map<Category, Long> weights(Stacks stacks, String profile) {
        boolean allocationRules = allocationRulesApply(profile);
        Map<String, Optional<Category>> byFrame = new HashMap<>();
        Map<Category, Long> weights = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            weights.put(c, 0L);
        }
        Function<String, Optional<Category>> rules = frame ->
                byFrame.computeIfAbsent(frame, f -> ruleCategory(f, allocationRules));
        stacks.forEach((frames, weight) -> weights.merge(
                leafMostRule(allocationRules ? frames : allocatingCode(frames, rules), rules), weight, Long::sum));
        return weights;
    }

    /**
     * One row per category, in {@link Category} order: its weight and its share of the total
     * (0 when the profile is empty).
     */
    public static List<CategoryShare> shares(String side, String variant, String profile, Stacks stacks) {
        Map<Category, Long> weights = weights(stacks, profile);
        long total = stacks.total();
        List<CategoryShare> rows = new ArrayList<>();
        for (Map.Entry<Category, Long> e : weights.entrySet()) {
            double share = total == 0 ? 0 : (double) e.getValue() / total;
            rows.add(new CategoryShare(side, variant, profile, e.getKey(), e.getValue(), share));
        }
        return rows;
    }

    private static Rule rule(String regex, Category category) {
        return new Rule(Pattern.compile(regex), category);
    }

    private static boolean allocationRulesApply(String profile) {
        return switch (profile) {
            case "cpu" -> true;
            case "alloc" -> false;
            default -> throw new IllegalArgumentException("profile '" + profile + "' is not cpu or alloc");
        };
    }

    /** The category {@code rules} give the leaf-most frame they match, OTHER if they match none. */
    private static Category leafMostRule(List<String> frames, Function<String, Optional<Category>> rules) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            Optional<Category> c = rules.apply(frames.get(i));
            if (c.isPresent()) {
                return c.get();
            }
        }
        return OTHER;
    }

    /** The category of the first rule matching {@code frame}, empty if none does. */
    private static Optional<Category> ruleCategory(String frame, boolean allocationRules) {
        String name = FRAME_TYPE.matcher(frame).replaceFirst("");
        for (Rule r : RULES) {
            if ((allocationRules || r.category() != ALLOC_GC) && r.pattern().matcher(name).matches()) {
                return Optional.of(r.category());
            }
        }
        return Optional.empty();
    }
}
