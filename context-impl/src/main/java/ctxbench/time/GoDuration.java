package ctxbench.time;

/**
 * Go's {@code time.Duration.String()}: a duration of int64 nanoseconds as Go prints it, such as
 * {@code 0s}, {@code 1ns}, {@code 1.5µs} (U+00B5, the micro sign), {@code 2.2ms},
 * {@code 2h45m0.5s} or {@code -2562047h47m16.854775808s}.
 *
 * <p>Go: time/time.go, {@code Duration.String}, {@code fmtFrac} and {@code fmtInt} (the same from
 * Go 1.0 to Go 1.22). The digits are written right to left into a fixed buffer, as Go does.
 */
public final class GoDuration {
    /** {@code POW10[p]} is 10^p: the divisor of Go's {@code fmtFrac} result for precision p (0, 3 or 6 here). */
    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L};

    private GoDuration() {}

    /**
     * Go: {@code time.Duration(d).String()}: hours, minutes and seconds with the fraction of a
     * second ({@code 72h3m0.5s}); under one second, the largest unit that keeps a non-zero integer
     * part ({@code 1.2ms}, {@code 3µs}, {@code 5ns}); {@code 0s} for zero. Trailing zeros of a
     * fraction, and a fraction of zero with its point, are left out.
     */
    public static String toString(long d) {
        // Largest time is 2540400h10m10.000000000s (Go's comment); 32 chars hold every int64.
        char[] buf = new char[32];
        int w = buf.length;

        long u = d; // Go: uint64(d); read unsigned below
        boolean neg = d < 0;
        if (neg) {
            u = -u; // Long.MIN_VALUE stays 1<<63, which is right as unsigned
        }

        if (Long.compareUnsigned(u, 1_000_000_000L) < 0) {
            // Special case: if duration is smaller than a second, use smaller units, like 1.2ms.
            int prec;
            buf[--w] = 's';
            w--;
            if (u == 0) {
                return "0s";
            } else if (u < 1_000L) {
                prec = 0; // print nanoseconds
                buf[w] = 'n';
            } else if (u < 1_000_000L) {
                prec = 3; // print microseconds
                buf[w] = '\u00B5'; // micro sign 'µ': two bytes in Go's UTF-8 buffer, one char here
            } else {
                prec = 6; // print milliseconds
                buf[w] = 'm';
            }
            w = fmtFrac(buf, w, u, prec);
            w = fmtInt(buf, w, u / POW10[prec]); // u < 1e9: signed division is exact
        } else {
            buf[--w] = 's';
            w = fmtFrac(buf, w, u, 9);
            u = Long.divideUnsigned(u, 1_000_000_000L); // at most 2^63 / 1e9 from here on

            // u is now integer seconds
            w = fmtInt(buf, w, u % 60);
            u /= 60;

            // u is now integer minutes
            if (u > 0) {
                buf[--w] = 'm';
                w = fmtInt(buf, w, u % 60);
                u /= 60;

                // u is now integer hours; stop at hours because days can be different lengths.
                if (u > 0) {
                    buf[--w] = 'h';
                    w = fmtInt(buf, w, u);
                }
            }
        }

        if (neg) {
            buf[--w] = '-';
        }
        return new String(buf, w, buf.length - w);
    }

    /**
     * Go: {@code fmtFrac(buf, v, prec)}: writes the fraction of {@code v / 10^prec} (such as
     * {@code .12345}) into {@code buf} ending before index {@code w}, omitting trailing zeros, and
     * the point too when the fraction is 0; {@code v} is read as unsigned. Returns the index where
     * the output begins. (Go also returns {@code v / 10^prec}; the caller divides here.)
     */
    private static int fmtFrac(char[] buf, int w, long v, int prec) {
        boolean print = false;
        for (int i = 0; i < prec; i++) {
            long digit = Long.remainderUnsigned(v, 10);
            print = print || digit != 0;
            if (print) {
                buf[--w] = (char) ('0' + digit);
            }
            v = Long.divideUnsigned(v, 10);
        }
        if (print) {
            buf[--w] = '.';
        }
        return w;
    }

    /**
     * Go: {@code fmtInt(buf, v)}: writes the decimal digits of {@code v} (read as unsigned) into
     * {@code buf} ending before index {@code w}; returns the index where the output begins.
     */
    private static int fmtInt(char[] buf, int w, long v) {
        if (v == 0) {
            buf[--w] = '0';
        } else {
            while (v != 0) {
                buf[--w] = (char) ('0' + Long.remainderUnsigned(v, 10));
                v = Long.divideUnsigned(v, 10);
            }
        }
        return w;
    }
}
