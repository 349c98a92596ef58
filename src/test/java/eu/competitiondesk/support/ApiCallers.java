package eu.competitiondesk.support;

/**
 * Who the API sweeps send a body as: reference data is the administrator's to change, everything else an officer's
 * (a body the caller may not send at all would only be refused for its role, never read).
 */
public final class ApiCallers {

    private ApiCallers() {}

    public static Session of(String address, Session officer, Session admin) {
        return address.startsWith("/api/v1/reference-data/") ? admin : officer;
    }
}
