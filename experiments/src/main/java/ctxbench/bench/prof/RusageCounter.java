package ctxbench.bench.prof;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Optional;

/**
 * The whole process's context switches from {@code getrusage(RUSAGE_SELF)}: {@code ru_nvcsw} and
 * {@code ru_nivcsw}. On Linux these are the sums over the live threads plus every thread that has
 * already exited (the kernel adds an exiting thread's counts to its process), so unlike
 * {@code /proc/self/task} nothing is lost when a thread ends.
 *
 * <p>Called through the Foreign Function and Memory API, final in JDK 22. The project compiles
 * for release 21, where that API is a preview, so it is looked up by reflection at run time and
 * used only on JDK 22 or later. Calling a native function is a restricted operation: without
 * {@code --enable-native-access=ALL-UNNAMED} the JVM prints a warning (and a future JDK may refuse);
 * {@link ContextSwitchProfiler} adds the flag to the benchmark JVMs it profiles.
 *
 * <p>Layout: {@code struct rusage} of 64-bit Linux (glibc and musl alike): two {@code struct
 * timeval} (16 bytes each), then 14 {@code long}s, of which {@code ru_nvcsw} is the 13th (offset
 * 128) and {@code ru_nivcsw} the 14th (offset 136); 144 bytes in all. {@link #open} refuses any
 * other platform; {@link ContextSwitchProfiler} also checks the first reading against /proc.
 */
final class RusageCounter implements CounterSource {
    /** The single counter of a reading: the whole process. */
    static final String PROCESS = "process";
    /** {@code RUSAGE_SELF}. */
    private static final int RUSAGE_SELF = 0;
    /** {@code sizeof(struct rusage)} on 64-bit Linux. */
    private static final long SIZE = 144;
    /** {@code offsetof(struct rusage, ru_nvcsw)}. */
    static final long NVCSW_OFFSET = 128;
    /** {@code offsetof(struct rusage, ru_nivcsw)}. */
    static final long NIVCSW_OFFSET = 136;
    /** The first JDK whose FFM API is final. */
    static final int FFM_FEATURE = 22;

    /** {@code int getrusage(int, struct rusage *)} as {@code (int, Object)int}. */
    private final MethodHandle getrusage;
    /** {@code MemorySegment.get(ValueLayout.OfLong, long)} as {@code (Object, Object, long)long}. */
    private final MethodHandle getLong;
    /** {@code ValueLayout.JAVA_LONG}. */
    private final Object javaLong;
    /** The {@code struct rusage} the calls fill, a {@code MemorySegment}; guarded by {@code this}. */
    private final Object buffer;

    private RusageCounter(MethodHandle getrusage, MethodHandle getLong, Object javaLong, Object buffer) {
        this.getrusage = getrusage;
        this.getLong = getLong;
        this.javaLong = javaLong;
        this.buffer = buffer;
    }

    /**
     * Links {@code getrusage}, or says why it cannot.
     *
     * @throws UnsupportedOperationException with the reason, one line: not 64-bit Linux, a JDK
     *         before 22, no {@code getrusage} symbol, or the FFM API refused (e.g. native access denied)
     */
    static RusageCounter open() {
        String os = System.getProperty("os.name", "");
        String bits = System.getProperty("sun.arch.data.model", "");
        if (!os.equals("Linux") || !bits.equals("64")) {
            throw new UnsupportedOperationException("struct rusage's layout is known for 64-bit Linux only, not " + os + " "
                    + System.getProperty("os.arch", "") + " (" + bits + "-bit)");
        }
        int feature = Runtime.version().feature();
        if (feature < FFM_FEATURE) {
            throw new UnsupportedOperationException("JDK " + feature + " has no final FFM API to call getrusage (JDK "
                    + FFM_FEATURE + "+ has)");
        }
        try {
            return link();
        } catch (InvocationTargetException e) {
            throw new UnsupportedOperationException("cannot link getrusage: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new UnsupportedOperationException("cannot link getrusage: " + e, e);
        }
    }

    private static RusageCounter link() throws ReflectiveOperationException {
        Class<?> linkerType = Class.forName("java.lang.foreign.Linker");
        Class<?> optionType = Class.forName("java.lang.foreign.Linker$Option");
        Class<?> symbolLookupType = Class.forName("java.lang.foreign.SymbolLookup");
        Class<?> segmentType = Class.forName("java.lang.foreign.MemorySegment");
        Class<?> layoutType = Class.forName("java.lang.foreign.MemoryLayout");
        Class<?> valueLayoutType = Class.forName("java.lang.foreign.ValueLayout");
        Class<?> ofLongType = Class.forName("java.lang.foreign.ValueLayout$OfLong");
        Class<?> descriptorType = Class.forName("java.lang.foreign.FunctionDescriptor");
        Class<?> arenaType = Class.forName("java.lang.foreign.Arena");

        Object linker = linkerType.getMethod("nativeLinker").invoke(null);
        Object symbols = linkerType.getMethod("defaultLookup").invoke(linker);
        Optional<?> symbol = (Optional<?>) symbolLookupType.getMethod("find", String.class).invoke(symbols, "getrusage");
        if (symbol.isEmpty()) throw new UnsupportedOperationException("the C library has no getrusage symbol");
        Object javaInt = valueLayoutType.getField("JAVA_INT").get(null);
        Object javaLong = valueLayoutType.getField("JAVA_LONG").get(null);
        Object address = valueLayoutType.getField("ADDRESS").get(null);
        Object arguments = Array.newInstance(layoutType, 2);
        Array.set(arguments, 0, javaInt);
        Array.set(arguments, 1, address);
        Object descriptor = descriptorType.getMethod("of", layoutType, arguments.getClass()).invoke(null, javaInt, arguments);
        MethodHandle call = (MethodHandle) linkerType.getMethod("downcallHandle", segmentType, descriptorType, optionType.arrayType())
                .invoke(linker, symbol.get(), descriptor, Array.newInstance(optionType, 0));
        Object arena = arenaType.getMethod("ofAuto").invoke(null);
        Object buffer = arenaType.getMethod("allocate", long.class, long.class).invoke(arena, SIZE, 8L);
        MethodHandle get = MethodHandles.publicLookup().findVirtual(segmentType, "get",
                MethodType.methodType(long.class, ofLongType, long.class));
        return new RusageCounter(call.asType(MethodType.methodType(int.class, int.class, Object.class)),
                get.asType(MethodType.methodType(long.class, Object.class, Object.class, long.class)), javaLong, buffer);
    }

    /**
     * The process's counts now, under the key {@link #PROCESS}.
     *
     * @throws IllegalStateException if {@code getrusage} fails (it does not for {@code RUSAGE_SELF})
     */
    @Override
    public synchronized CounterReading read() {
        try {
            int rc = (int) getrusage.invokeExact(RUSAGE_SELF, buffer);
            if (rc != 0) throw new IllegalStateException("getrusage(RUSAGE_SELF) returned " + rc);
            long voluntary = (long) getLong.invokeExact(buffer, javaLong, NVCSW_OFFSET);
            long involuntary = (long) getLong.invokeExact(buffer, javaLong, NIVCSW_OFFSET);
            return new CounterReading(Map.of(PROCESS, new ContextSwitches(voluntary, involuntary)));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("getrusage: " + e, e);
        }
    }

    @Override
    public String description() {
        return "getrusage(RUSAGE_SELF)";
    }
}
