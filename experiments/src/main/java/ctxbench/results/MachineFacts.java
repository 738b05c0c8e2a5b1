package ctxbench.results;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The facts about this machine and JVM that a run's {@code env.json} records
 * ({@code docs/results-format.md}), read the same way by every writer of env.json (the JMH runs,
 * the load experiments, the Go mirror's importer). Each call reads them afresh (a few system
 * properties and two small files); nothing is cached.
 */
public final class MachineFacts {
    private MachineFacts() {
    }

    /** {@code machine}: hostname, cores, memory (bytes), os, distribution, kernel, arch; a fact that cannot be read is left out. */
    public static JsonObject machine() {
        JsonObject m = new JsonObject();
        putIfPresent(m, "hostname", hostname());
        m.addProperty("cores", Runtime.getRuntime().availableProcessors());
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            m.addProperty("memory", os.getTotalMemorySize());
        }
        putIfPresent(m, "os", System.getProperty("os.name"));
        putIfPresent(m, "distribution", distribution());
        putIfPresent(m, "kernel", System.getProperty("os.version"));
        putIfPresent(m, "arch", System.getProperty("os.arch"));
        return m;
    }

    /** {@code jdk}: vendor, version, vm, home of this JVM. */
    public static JsonObject jdk() {
        JsonObject j = new JsonObject();
        j.addProperty("vendor", System.getProperty("java.vendor"));
        j.addProperty("version", System.getProperty("java.runtime.version"));
        j.addProperty("vm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        j.addProperty("home", System.getProperty("java.home"));
        return j;
    }

    /** The host's name: {@code $HOSTNAME}, else {@code /etc/hostname}, else the resolver's name for this host; null if none answers. */
    static String hostname() {
        String h = System.getenv("HOSTNAME");
        if (h != null && !h.isBlank()) {
            return h.trim();
        }
        try {
            String file = Files.readString(Path.of("/etc/hostname")).trim();
            if (!file.isEmpty()) {
                return file;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or no /etc/hostname: ask the resolver
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return null;
        }
    }

    /** PRETTY_NAME of /etc/os-release (e.g. "Ubuntu 24.04.3 LTS"), or null. */
    private static String distribution() {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return line.substring("PRETTY_NAME=".length()).replace("\"", "");
                }
            }
        } catch (IOException e) {
            // not Linux, or no os-release: leave it out
        }
        return null;
    }

    private static void putIfPresent(JsonObject o, String key, String value) {
        if (value != null) {
            o.addProperty(key, value);
        }
    }
}
