// The load of a team at work: CONNECTIONS users at once, each request drawn at random from the questions people ask
// and the writes they make. Case-list questions as typed (a party's full name of several words, a short party name,
// a market word, a reference prefix, or none, with random filters, sort and page), as an administrator and as an
// officer; case pages; market pages; section saves (the form read first for its version); notes; report exports.
// Prints p50/p90/p99/max per kind of request and every status that is not the expected one, then reads back every
// write the server acknowledged and counts those it cannot find (a lost write).
//
//   java bench/java/MixedLoad.java BASE CONNECTIONS WARMUP_S DURATION_S SETUP_FILE
// SETUP_FILE holds lines KEY=VALUE: admin, officer (session cookies), formCookie, csrf (the officer's form token),
// cases (case paths, space separated), markets (market paths), sections (section paths of assessments to save),
// exportCase (a case id to export reports of), schema (where the application's tables are, for the read-back).
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class MixedLoad {

    static final String[] WORDS = {"cloud", "search", "mobile", "app", "advertising", "payments", "marketplaces",
            "browsers", "messaging", "maps", "streaming", "speakers", "exclusivity", "tying", "pricing",
            "interoperability"};
    static final String[] STATUSES = {"", "OPEN", "INVESTIGATION", "ASSESSMENT", "DECISION", "CLOSED"};
    static final String[] TYPES = {"", "DMA_DESIGNATION", "ARTICLE_101", "ARTICLE_102", "MERGER",
            "MARKET_INVESTIGATION"};
    static final String[] SORTS = {"reference", "title", "type", "status", "opened", "updated"};
    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    static final Map<String, List<Long>> LATENCIES = new ConcurrentHashMap<>();
    static final Map<String, AtomicLong> UNEXPECTED = new ConcurrentHashMap<>();
    static final List<String> NOTES = new CopyOnWriteArrayList<>();
    static final Map<String, Set<String>> SAVED_VALUES = new ConcurrentHashMap<>();
    static final List<String> REPORTS = new CopyOnWriteArrayList<>();
    static volatile boolean measuring;

    static Map<String, String> setup;
    static URI base;
    /** Each user's own connection, kept alive between requests as a browser keeps it. */
    static final ThreadLocal<Connection> CONNECTION = new ThreadLocal<>();

    public static void main(String[] args) throws Exception {
        base = URI.create(args[0]);
        int connections = Integer.parseInt(args[1]);
        long warmup = Long.parseLong(args[2]) * 1000;
        long duration = Long.parseLong(args[3]) * 1000;
        setup = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of(args[4]))) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                setup.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        long start = System.currentTimeMillis();
        long measureFrom = start + warmup;
        long end = measureFrom + duration;
        List<Thread> users = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread user = new Thread(() -> {
                while (System.currentTimeMillis() < end) {
                    measuring = System.currentTimeMillis() >= measureFrom;
                    try {
                        oneRequest();
                    } catch (Exception e) {
                        UNEXPECTED.computeIfAbsent("client error: " + e.getClass().getSimpleName(),
                                k -> new AtomicLong()).incrementAndGet();
                    }
                }
            });
            user.start();
            users.add(user);
        }
        for (Thread user : users) {
            user.join();
        }
        report(duration);
    }

    static void oneRequest() throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int draw = random.nextInt(100);
        if (draw < 20) {
            list("case list, administrator", setup.get("admin"));
        } else if (draw < 40) {
            list("case list, officer", setup.get("officer"));
        } else if (draw < 58) {
            get("case page", pick(setup.get("cases")), setup.get("officer"), 200);
        } else if (draw < 73) {
            get("market page", pick(setup.get("markets")), setup.get("admin"), 200);
        } else if (draw < 86) {
            saveSection();
        } else if (draw < 99) {
            addNote();
        } else if (random.nextInt(8) == 0) {
            // One request in 800: an export is a deliberate step an officer takes a few times a day, and each takes
            // the better part of a second of CPU.
            exportReport();
        } else {
            addNote();
        }
    }

    static void list(String kind, String session) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String text;
        String question;
        switch (random.nextInt(5)) {
            case 0 -> {
                text = "Synthetic " + (random.nextBoolean() ? "Undertaking " : "Complainant ") + random.nextInt(5000);
                question = "full party name";
            }
            case 1 -> {
                text = (random.nextBoolean() ? "Undertaking " : "Complainant ") + random.nextInt(5000);
                question = "party name";
            }
            case 2 -> {
                text = WORDS[random.nextInt(WORDS.length)];
                question = "word";
            }
            case 3 -> {
                text = String.format("SD.%04d", random.nextInt(10000));
                question = "reference";
            }
            default -> {
                text = "";
                question = "no text";
            }
        }
        String path = "/cases?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&status="
                + STATUSES[random.nextInt(STATUSES.length)] + "&type=" + TYPES[random.nextInt(TYPES.length)]
                + "&sort=" + SORTS[random.nextInt(SORTS.length)] + "&dir=" + (random.nextBoolean() ? "asc" : "desc")
                + "&page=" + (1 + random.nextInt(8));
        timed(kind + ", " + question, Request.get(path, session), 200);
    }

    static void get(String kind, String path, String session, int expected) throws Exception {
        timed(kind, Request.get(path, session), expected);
    }

    static void saveSection() throws Exception {
        String section = pick(setup.get("sections"));
        Answer page = send(Request.get(section, officerCookies()));
        Matcher version = VERSION.matcher(page.body());
        if (page.statusCode() != 200 || !version.find()) {
            count("section form read: " + page.statusCode());
            return;
        }
        String value = "Mixed load " + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String form = "csrf-token=" + setup.get("csrf") + "&version=" + version.group(1) + "&q.undertaking_name="
                + URLEncoder.encode(value, StandardCharsets.UTF_8) + "&q.last_financial_year=2025"
                + "&q.union_turnover=9000000000&q.union_turnover=9000000000&q.union_turnover=9000000000";
        Answer answer = timed("section save", Request.post(section, officerCookies(),
                "application/x-www-form-urlencoded", form), 303, 409, 422);
        if (answer.statusCode() == 303) {
            SAVED_VALUES.computeIfAbsent(section, k -> ConcurrentHashMap.newKeySet()).add(value);
        }
    }

    static void addNote() throws Exception {
        String casePath = pick(setup.get("cases"));
        String text = "Mixed load note " + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        Answer answer = timed("note added", Request.post(casePath + "/notes", officerCookies(),
                "application/x-www-form-urlencoded", "csrf-token=" + setup.get("csrf") + "&noteBody="
                        + URLEncoder.encode(text, StandardCharsets.UTF_8)), 303);
        if (answer.statusCode() == 303) {
            NOTES.add(text);
        }
    }

    static void exportReport() throws Exception {
        Answer answer = timed("report export (PDF)", Request.post("/api/v1/cases/" + setup.get("exportCase")
                + "/reports", setup.get("officer"), "application/json", "{\"edition\":\"public\"}"), 201);
        if (answer.statusCode() == 201) {
            Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(answer.body());
            if (id.find()) {
                REPORTS.add(id.group(1));
            }
        }
    }

    static String officerCookies() {
        return setup.get("officer") + "; " + setup.get("formCookie");
    }

    static Answer timed(String kind, Request request, int... expected) throws Exception {
        long started = System.nanoTime();
        Answer answer = send(request);
        long micros = (System.nanoTime() - started) / 1000;
        if (measuring) {
            LATENCIES.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
        }
        boolean ok = false;
        for (int status : expected) {
            ok |= answer.statusCode() == status;
        }
        if (!ok || answer.statusCode() >= 500) {
            count(kind + ": " + answer.statusCode());
        }
        return answer;
    }

    /** A request as this client sends it: method, path, cookies, and a form or JSON body. */
    record Request(String method, String path, String cookie, String contentType, String body) {
        static Request get(String path, String cookie) {
            return new Request("GET", path, cookie, null, null);
        }

        static Request post(String path, String cookie, String contentType, String body) {
            return new Request("POST", path, cookie, contentType, body);
        }
    }

    record Answer(int statusCode, String body) {
    }

    /**
     * A plain HTTP/1.1 connection, kept alive: the client should cost the machine little, as wrk does, since the server
     * shares its two cores with it.
     */
    static final class Connection {
        final java.net.Socket socket;
        final java.io.BufferedInputStream in;
        final java.io.OutputStream out;

        Connection() throws java.io.IOException {
            socket = new java.net.Socket(base.getHost(), base.getPort());
            socket.setSoTimeout(30_000);
            socket.setTcpNoDelay(true);
            in = new java.io.BufferedInputStream(socket.getInputStream(), 65536);
            out = new java.io.BufferedOutputStream(socket.getOutputStream(), 16384);
        }

        Answer exchange(Request request) throws java.io.IOException {
            byte[] body = request.body() == null ? new byte[0] : request.body().getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.path())
                    .append(" HTTP/1.1\r\nHost: ").append(base.getHost()).append("\r\nCookie: ")
                    .append(request.cookie()).append("\r\n");
            if (request.contentType() != null) {
                head.append("Content-Type: ").append(request.contentType()).append("\r\nContent-Length: ")
                        .append(body.length).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(header.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    content.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length > 0) {
                content.write(in.readNBytes((int) length));
            }
            if (close) {
                socket.close();
                CONNECTION.remove();
            }
            return new Answer(code, content.toString(StandardCharsets.UTF_8));
        }

        private String line() throws java.io.IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new java.io.EOFException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }

    static Answer send(Request request) throws Exception {
        Connection connection = CONNECTION.get();
        if (connection == null) {
            connection = new Connection();
            CONNECTION.set(connection);
        }
        try {
            return connection.exchange(request);
        } catch (java.io.IOException e) {
            CONNECTION.remove();
            connection.socket.close();
            throw e;
        }
    }

    static void count(String what) {
        UNEXPECTED.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    static String pick(String paths) {
        String[] all = paths.trim().split("\\s+");
        return all[ThreadLocalRandom.current().nextInt(all.length)];
    }

    static void report(long duration) throws Exception {
        System.out.println("| request | requests | requests/s | p50 ms | p90 ms | p99 ms | max ms |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        Map<String, List<Long>> rows = new TreeMap<>(LATENCIES);
        for (String user : List.of("case list, administrator", "case list, officer")) {
            List<Long> all = new ArrayList<>();
            LATENCIES.forEach((kind, values) -> {
                if (kind.startsWith(user + ",")) {
                    all.addAll(values);
                }
            });
            rows.put(user + " (every question)", all);
        }
        long total = 0;
        for (Map.Entry<String, List<Long>> row : rows.entrySet()) {
            List<Long> values = new ArrayList<>(row.getValue());
            Collections.sort(values);
            if (values.isEmpty()) {
                continue;
            }
            if (!row.getKey().endsWith("(every question)")) {
                total += values.size();
            }
            System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", row.getKey(), values.size(),
                    values.size() * 1000.0 / duration, at(values, 50), at(values, 90), at(values, 99),
                    values.get(values.size() - 1) / 1000.0);
            System.out.printf("KIND\t%s\t%.1f%n", row.getKey(), at(values, 99));
        }
        System.out.printf("TOTAL %d requests, %.1f requests/s%n", total, total * 1000.0 / duration);
        long serverErrors = UNEXPECTED.entrySet().stream().filter(e -> e.getKey().matches(".*: 5\\d\\d"))
                .mapToLong(e -> e.getValue().get()).sum();
        System.out.println("UNEXPECTED " + new TreeMap<>(UNEXPECTED));
        System.out.println("SERVER_ERRORS " + serverErrors);
        System.out.println("LOST " + lostWrites());
    }

    /** Every write the server acknowledged, looked for in the database: the count of those not found. */
    static long lostWrites() throws Exception {
        Set<String> stored = Set.copyOf(query("select body from case_note where body like 'Mixed load note %'"));
        long lost = NOTES.stream().filter(n -> !stored.contains(n)).count();
        for (Map.Entry<String, Set<String>> section : SAVED_VALUES.entrySet()) {
            String assessment = section.getKey().replaceAll(".*/assessments/(\\d+)/.*", "$1");
            List<String> value = query("select v from assessment_answer a, unnest(a.answer_values) v where"
                    + " a.assessment_id = " + assessment + " and a.question_id = 'undertaking_name'");
            // The last acknowledged save must be what is stored: a value no save wrote, or none, is a lost write.
            if (value.isEmpty() || !section.getValue().contains(value.get(0))) {
                lost++;
            }
        }
        if (!REPORTS.isEmpty()) {
            Set<String> reports = Set.copyOf(query("select id from report_snapshot where id in ("
                    + String.join(",", REPORTS) + ")"));
            lost += REPORTS.stream().filter(r -> !reports.contains(r)).count();
        }
        System.out.printf("READ BACK %d notes, %d assessments saved, %d reports%n", NOTES.size(), SAVED_VALUES.size(),
                REPORTS.size());
        return lost;
    }

    static List<String> query(String sql) throws Exception {
        List<String> command = new ArrayList<>(List.of("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres",
                "-At", "-v", "ON_ERROR_STOP=1", "-c", "set search_path to " + setup.get("schema") + "; " + sql));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        List<String> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank() && !line.equals("SET")) {
                lines.add(line);
            }
        }
        return lines;
    }

    static double at(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1000.0;
    }
}
