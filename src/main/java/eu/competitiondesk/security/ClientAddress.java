package eu.competitiondesk.security;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address of the client as far as it can be trusted: the forwarded address when the request came through a
 * proxy listed in {@code quarkus.http.proxy.trusted-proxies}, otherwise the connecting peer's address.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        String address = remote == null ? null : remote.hostAddress();
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
