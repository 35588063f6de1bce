// What one write of N bytes to stdout costs when stdout is a pipe (as on Lambda): java bench/PipeWrite.java N | cat > /dev/null
// 3,000 writes 2 ms apart, the first 500 dropped as warm-up; p50 and p10 to stderr.
import java.util.Arrays;
public class PipeWrite {
    public static void main(String[] a) {
        int size = Integer.parseInt(a[0]);
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) 'x');
        for (int i = 99; i < size; i += 100) b[i] = '\n';
        long[] t = new long[3000];
        for (int i = 0; i < t.length; i++) {
            long s = System.nanoTime();
            System.out.write(b, 0, b.length);
            System.out.flush();
            t[i] = System.nanoTime() - s;
            long until = System.nanoTime() + 2_000_000; while (System.nanoTime() < until) {} // 2 ms apart, as requests
        }
        long[] w = Arrays.copyOfRange(t, 500, t.length); Arrays.sort(w);
        System.err.printf("%d bytes: p50 %.1f us, p10 %.1f us%n", size, w[w.length/2]/1000.0, w[w.length/10]/1000.0);
    }
}
