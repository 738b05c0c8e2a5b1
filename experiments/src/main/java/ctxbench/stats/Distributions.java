package ctxbench.stats;

/**
 * The few distribution functions the statistics need, computed from the regularized incomplete
 * beta and gamma functions (Numerical Recipes' continued fractions, Lanczos' log-gamma):
 * Student's t (for JMH-style error bars), the normal (for the U test's large-sample
 * approximation) and the binomial (for the median's confidence interval). Accurate to about
 * 1e-12 relative, which is far beyond what a p-value or an interval needs.
 */
public final class Distributions {
    private static final double EPS = 1e-15;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 10_000;
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};

    private Distributions() {
    }

    /** ln Γ(x) for x &gt; 0 (Lanczos approximation, g = 7). */
    public static double logGamma(double x) {
        if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        double xm = x - 1;
        double a = LANCZOS[0];
        double t = xm + 7.5;
        for (int i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (xm + i);
        return 0.5 * Math.log(2 * Math.PI) + (xm + 0.5) * Math.log(t) - t + Math.log(a);
    }

    /** The regularized incomplete beta function I_x(a, b), for 0 ≤ x ≤ 1, a, b &gt; 0. */
    public static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) return 0;
        if (x >= 1) return 1;
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        if (x < (a + 1) / (a + b + 2)) return front * betaFraction(x, a, b) / a;
        return 1 - front * betaFraction(1 - x, b, a) / b;
    }

    private static double betaFraction(double x, double a, double b) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        if (Math.abs(d) < TINY) d = TINY;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < TINY) d = TINY;
            c = 1 + aa / c;
            if (Math.abs(c) < TINY) c = TINY;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < TINY) d = TINY;
            c = 1 + aa / c;
            if (Math.abs(c) < TINY) c = TINY;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPS) return h;
        }
        throw new ArithmeticException("incomplete beta did not converge for x=" + x + " a=" + a + " b=" + b);
    }

    /** The regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), for a &gt; 0, x ≥ 0. */
    public static double regularizedGammaQ(double a, double x) {
        if (x <= 0) return 1;
        double logFront = -x + a * Math.log(x) - logGamma(a);
        if (x < a + 1) {
            double ap = a;
            double sum = 1 / a;
            double del = sum;
            for (int n = 1; n <= MAX_ITERATIONS; n++) {
                ap++;
                del *= x / ap;
                sum += del;
                if (Math.abs(del) < Math.abs(sum) * EPS) return 1 - sum * Math.exp(logFront);
            }
            throw new ArithmeticException("incomplete gamma series did not converge for a=" + a + " x=" + x);
        }
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i <= MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < TINY) d = TINY;
            c = b + an / c;
            if (Math.abs(c) < TINY) c = TINY;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPS) return Math.exp(logFront) * h;
        }
        throw new ArithmeticException("incomplete gamma fraction did not converge for a=" + a + " x=" + x);
    }

    /** P(Z ≤ z) for a standard normal Z. */
    public static double normalCdf(double z) {
        double q = 0.5 * regularizedGammaQ(0.5, z * z / 2); // P(Z > |z|)
        return z >= 0 ? 1 - q : q;
    }

    /** P(Z &gt; z) for a standard normal Z, accurate in the far tail. */
    public static double normalSurvival(double z) {
        return normalCdf(-z);
    }

    /** P(T ≤ t) for Student's t with {@code df} degrees of freedom (df &gt; 0). */
    public static double studentTCdf(double t, double df) {
        double tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5); // P(T > |t|)
        return t >= 0 ? 1 - tail : tail;
    }

    /** The p-quantile of Student's t with {@code df} degrees of freedom, for 0 &lt; p &lt; 1. */
    public static double studentTQuantile(double p, double df) {
        if (!(p > 0 && p < 1) || !(df > 0)) throw new IllegalArgumentException("p=" + p + " df=" + df);
        if (p < 0.5) return -studentTQuantile(1 - p, df);
        double lo = 0;
        double hi = 1;
        while (studentTCdf(hi, df) < p) {
            lo = hi;
            hi *= 2;
        }
        for (int i = 0; i < 200 && hi - lo > Math.ulp(hi); i++) {
            double mid = (lo + hi) / 2;
            if (studentTCdf(mid, df) < p) lo = mid; else hi = mid;
        }
        return (lo + hi) / 2;
    }

    /** P(B ≤ k) for B ~ Binomial(n, p), 0 ≤ p ≤ 1. */
    public static double binomialCdf(int k, int n, double p) {
        if (k < 0) return 0;
        if (k >= n) return 1;
        return regularizedBeta(1 - p, n - k, k + 1.0);
    }
}
