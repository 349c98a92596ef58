// Slow clients, as a hostile or broken client sends them: each connection announces a form body, then sends it a
// byte at a time with pauses, and opens again when the server drops it. Half go to the sign-in form (anonymous),
// half to a signed-in form route (with a session cookie). Runs until killed or for the given seconds, then prints
// how many connections were opened, how the server answered them, and how long it held them.
//
//   java bench/java/SlowClients.java BASE_URL CONNECTIONS SECONDS [SIGNED_IN_PATH COOKIE]
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

public class SlowClients {

    static final Map<String, AtomicLong> ANSWERS = new ConcurrentHashMap<>();
    static final AtomicLong OPENED = new AtomicLong();
    static final AtomicLong HELD_MS = new AtomicLong();

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int connections = Integer.parseInt(args[1]);
        long until = System.currentTimeMillis() + Long.parseLong(args[2]) * 1000;
        String signedInPath = args.length > 3 ? args[3] : null;
        String cookie = args.length > 4 ? args[4] : "";
        Thread[] threads = new Thread[connections];
        for (int i = 0; i < connections; i++) {
            boolean signedIn = signedInPath != null && i % 2 == 1;
            String path = signedIn ? signedInPath : "/login";
            String headers = signedIn ? "Cookie: " + cookie + "\r\n" : "";
            threads[i] = new Thread(() -> dawdle(base, path, headers, until));
            threads[i].setDaemon(true);
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long opened = OPENED.get();
        System.out.printf("SLOW %d connections opened, held %.1f s on average; answers: %s%n", opened,
                opened == 0 ? 0 : HELD_MS.get() / 1000.0 / opened, ANSWERS);
    }

    static void dawdle(URI base, String path, String headers, long until) {
        while (System.currentTimeMillis() < until) {
            long opened = System.currentTimeMillis();
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                OPENED.incrementAndGet();
                socket.setSoTimeout(500);
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 4000\r\n" + headers
                        + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = null;
                for (int sent = 0; sent < 3999 && System.currentTimeMillis() < until; sent++) {
                    out.write('a');
                    out.flush();
                    try {
                        byte[] head = new byte[12];
                        int read = in.read(head);
                        if (read <= 0) {
                            answer = "closed";
                            break;
                        }
                        answer = new String(head, 0, read, StandardCharsets.US_ASCII).replace("HTTP/1.1 ", "");
                        break;
                    } catch (java.net.SocketTimeoutException nothingYet) {
                        // The server is still waiting for the body: send the next byte after this pause.
                    }
                }
                ANSWERS.computeIfAbsent(answer == null ? "still open" : answer.trim(), k -> new AtomicLong())
                        .incrementAndGet();
            } catch (Exception e) {
                ANSWERS.computeIfAbsent("dropped: " + e.getClass().getSimpleName(), k -> new AtomicLong())
                        .incrementAndGet();
            }
            HELD_MS.addAndGet(System.currentTimeMillis() - opened);
        }
    }
}
