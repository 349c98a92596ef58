package eu.competitiondesk.database;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * Tells whether a PostgreSQL server answers at an address, without signing in: it sends the eight-byte request
 * with which every PostgreSQL client opens a connection to ask for TLS, to which a server answers one byte, 'S' or
 * 'N'. Another service on the port answers something else, or nothing, and is not taken for a database.
 */
final class PostgresProbe {

    /** The protocol's code for "may we speak TLS?" (PostgreSQL protocol, "SSLRequest"). */
    private static final int SSL_REQUEST_CODE = 80877103;

    /** Long enough for a server under load on another host; a closed local port answers at once. */
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private PostgresProbe() {}

    static boolean answers(String host, int port, Duration timeout) {
        int millis = Math.toIntExact(timeout.toMillis());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), millis);
            socket.setSoTimeout(millis);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeInt(8);
            out.writeInt(SSL_REQUEST_CODE);
            out.flush();
            int answer = new DataInputStream(socket.getInputStream()).read();
            return answer == 'S' || answer == 'N';
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether anything accepts a TCP connection at the address: a configured server that is down does not. */
    static boolean reachable(String host, int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), Math.toIntExact(timeout.toMillis()));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
