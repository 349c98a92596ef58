package eu.competitiondesk.database;

import io.quarkus.runtime.configuration.ConfigurationException;

/** A host and TCP port, as written in the setting {@code desk.database.default-address}. */
record Address(String host, int port) {

    static Address parse(String text) {
        int colon = text == null ? -1 : text.lastIndexOf(':');
        if (colon > 0 && text.substring(colon + 1).matches("\\d{1,5}")) {
            int port = Integer.parseInt(text.substring(colon + 1));
            if (port > 0 && port <= 65535) {
                return new Address(text.substring(0, colon), port);
            }
        }
        throw new ConfigurationException(DefaultDatabase.DEFAULT_ADDRESS + " must be a host and a port, such as"
                + " 127.0.0.1:5432" + (text == null ? "." : ", not \"" + text + "\"."));
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
