package org.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Two builds of the restorer compared in one JVM (a documented harness, not a unit test): each
 * build's classes are loaded by a class loader of their own over the same dependencies, and the
 * two restore the corpus in alternate chunks of a few megabytes, each chunk timed in the thread's
 * CPU time. On a shared virtual machine whose speed drifts by a tenth from one minute to the next,
 * runs of one build after the other differ by more than most changes do; chunks a few seconds
 * apart see the same machine, so the ratio of the two builds' times holds where the figures for
 * each alone do not.
 *
 * <p>Run: {@code scripts/bench-restore-ab BASE_REVISION [CHUNK_MB [CHUNKS [WARM_MB]]]}; here the
 * arguments are the two builds' class folders, the dependencies' class path, the corpus folder,
 * and then the chunk size, the number of timed chunks per build and the warm-up per build.
 */
public final class RestoreInterleaved {
    private RestoreInterleaved() {}

    /** One build's restorer, called by reflection through its own class loader. */
    private record Build(String name, Object restorer, Method restore) {
        static Build load(String name, Path classes, ClassLoader dependencies) throws ReflectiveOperationException,
                java.io.IOException {
            URLClassLoader loader = new URLClassLoader(name, new URL[] {classes.toUri().toURL()}, dependencies);
            Class<?> type = loader.loadClass("org.dossier.restore.Restorer");
            return new Build(name, type.getMethod("standard").invoke(null), type.getMethod("restore", String.class));
        }

        String decode(byte[] raw) throws ReflectiveOperationException {
            Class<?> rawText = restore.getDeclaringClass().getClassLoader().loadClass("org.dossier.restore.RawText");
            return (String) rawText.getMethod("decode", byte[].class).invoke(null, (Object) raw);
        }

        /** Restores texts from {@code next} on until {@code bytes} have gone through; the index to go on from. */
        int restore(List<String> texts, List<Integer> sizes, int next, long bytes) throws ReflectiveOperationException {
            long done = 0;
            int k = next;
            while (done < bytes) {
                restore.invoke(restorer, texts.get(k));
                done += sizes.get(k);
                k = (k + 1) % texts.size();
            }
            return k;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: RestoreInterleaved CLASSES_A CLASSES_B DEPENDENCY_CLASSPATH CORPUS [CHUNK_MB [CHUNKS [WARM_MB]]]");
            System.exit(2);
        }
        List<URL> dependencyUrls = new ArrayList<>();
        for (String entry : args[2].split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                dependencyUrls.add(Path.of(entry).toUri().toURL());
            }
        }
        ClassLoader dependencies = new URLClassLoader("dependencies", dependencyUrls.toArray(URL[]::new),
            ClassLoader.getPlatformClassLoader());
        Build a = Build.load("A", Path.of(args[0]), dependencies);
        Build b = Build.load("B", Path.of(args[1]), dependencies);
        long chunk = (long) (Double.parseDouble(args.length > 4 ? args[4] : "5") * 1_000_000);
        int chunks = Integer.parseInt(args.length > 5 ? args[5] : "40");
        long warm = (long) (Double.parseDouble(args.length > 6 ? args[6] : "200") * 1_000_000);

        List<String> texts = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(args[3]))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = a.decode(Files.readAllBytes(p));
                texts.add(text);
                sizes.add(text.getBytes(StandardCharsets.UTF_8).length);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int nextA = 0;
        int nextB = 0;
        for (long warmed = 0; warmed < warm; warmed += chunk) {
            nextA = a.restore(texts, sizes, nextA, chunk);
            nextB = b.restore(texts, sizes, nextB, chunk);
        }
        double[] rateA = new double[chunks];
        double[] rateB = new double[chunks];
        double[] ratio = new double[chunks];
        for (int i = 0; i < chunks; i++) {
            // the order within a pair alternates, so that neither build always follows the other
            boolean aFirst = i % 2 == 0;
            long t0 = threads.getCurrentThreadCpuTime();
            if (aFirst) {
                nextA = a.restore(texts, sizes, nextA, chunk);
            } else {
                nextB = b.restore(texts, sizes, nextB, chunk);
            }
            long t1 = threads.getCurrentThreadCpuTime();
            if (aFirst) {
                nextB = b.restore(texts, sizes, nextB, chunk);
            } else {
                nextA = a.restore(texts, sizes, nextA, chunk);
            }
            long t2 = threads.getCurrentThreadCpuTime();
            long nanosA = aFirst ? t1 - t0 : t2 - t1;
            long nanosB = aFirst ? t2 - t1 : t1 - t0;
            rateA[i] = chunk / 1e6 / (nanosA / 1e9);
            rateB[i] = chunk / 1e6 / (nanosB / 1e9);
            ratio[i] = rateB[i] / rateA[i];
        }
        System.out.printf("%d chunks of %.0f MB per build after %.0f MB each, one thread, CPU time%n",
            chunks, chunk / 1e6, warm / 1e6);
        System.out.printf("A %s: median %.2f MB per CPU-second (quartiles %.2f-%.2f)%n", args[0], median(rateA),
            quantile(rateA, 0.25), quantile(rateA, 0.75));
        System.out.printf("B %s: median %.2f MB per CPU-second (quartiles %.2f-%.2f)%n", args[1], median(rateB),
            quantile(rateB, 0.25), quantile(rateB, 0.75));
        System.out.printf("B/A per pair: median %.3f (quartiles %.3f-%.3f); B faster in %d of %d pairs%n", median(ratio),
            quantile(ratio, 0.25), quantile(ratio, 0.75), Arrays.stream(ratio).filter(r -> r > 1).count(), chunks);
    }

    private static double median(double[] values) {
        return quantile(values, 0.5);
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double at = q * (sorted.length - 1);
        int low = (int) Math.floor(at);
        int high = (int) Math.ceil(at);
        return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
    }
}
