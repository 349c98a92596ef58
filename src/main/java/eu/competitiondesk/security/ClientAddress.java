package eu.competitiondesk.security;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address of the client as far as it can be trusted, for the sign-in throttle and the audit trail. The
 * connecting peer, unless it is one of the proxies in {@code quarkus.http.proxy.trusted-proxies}
 * ({@code DESK_TRUSTED_PROXIES}): then X-Forwarded-For is read from the right, skipping the trusted proxies, and the
 * first other address is the client. The leftmost entry is whatever the client chose to send, so it never counts.
 */
final class ClientAddress {

    private ClientAddress() {}

    static String of(HttpServerRequest request) {
        SocketAddress peer = request.connection() == null
                ? request.remoteAddress()
                : request.connection().remoteAddress();
        String address = peer == null ? null : peer.hostAddress();
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        List<String> trusted = ConfigProvider.getConfig()
                .getOptionalValues("quarkus.http.proxy.trusted-proxies", String.class)
                .orElse(List.of());
        if (trusted(address, trusted)) {
            List<String> forwarded = request.headers().getAll("X-Forwarded-For");
            List<String> hops = forwarded.stream()
                    .flatMap(h -> Arrays.stream(h.split(",")))
                    .map(String::trim)
                    .filter(h -> !h.isEmpty())
                    .toList();
            for (int i = hops.size() - 1; i >= 0; i--) {
                address = hops.get(i);
                if (!trusted(address, trusted)) {
                    break;
                }
            }
        }
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

    /** Whether {@code address} is one of the trusted proxies: an address, or a range written as address/bits. */
    static boolean trusted(String address, List<String> proxies) {
        byte[] candidate = parse(address);
        if (candidate == null) {
            return false;
        }
        for (String proxy : proxies) {
            String[] parts = proxy.trim().split("/", 2);
            byte[] network = parse(parts[0]);
            if (network == null || network.length != candidate.length) {
                continue;
            }
            int bits = parts.length == 2 ? parseBits(parts[1], network.length * 8) : network.length * 8;
            if (bits >= 0 && samePrefix(candidate, network, bits)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] parse(String address) {
        // Only literal addresses: a name here must never cause a DNS lookup.
        boolean literal = address != null
                && (address.matches("\\d{1,3}(\\.\\d{1,3}){3}")
                        || address.contains(":") && address.matches("[0-9a-fA-F:.\\[\\]]+"));
        if (!literal) {
            return null;
        }
        try {
            return InetAddress.getByName(address.replace("[", "").replace("]", ""))
                    .getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static int parseBits(String bits, int max) {
        try {
            int value = Integer.parseInt(bits.trim());
            return value < 0 || value > max ? -1 : value;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean samePrefix(byte[] a, byte[] b, int bits) {
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >> (i % 8);
            if ((a[i / 8] & mask) != (b[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
