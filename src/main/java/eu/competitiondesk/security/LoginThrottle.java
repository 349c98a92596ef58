package eu.competitiondesk.security;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing. An account is held after too many failed sign-ins since its last success, and a client
 * address after too many failures over all accounts, each within a sliding window. While held, the password is not
 * even checked, so guessing through a held account learns nothing.
 */
@ApplicationScoped
public class LoginThrottle {

    @ConfigProperty(name = "desk.login.window")
    Duration window;

    @ConfigProperty(name = "desk.login.max-failures-per-account")
    int maxPerAccount;

    @ConfigProperty(name = "desk.login.max-failures-per-address")
    int maxPerAddress;

    @Inject
    Clock clock;

    /**
     * Serialises attempts on one account across threads and nodes for the rest of the transaction, so parallel
     * guesses cannot all slip under the limit together.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void lockAccount(String username) {
        Panache.getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "login:" + normalise(username))
                .getSingleResult();
    }

    /** How long until the next attempt for this account from this address may be checked, if it is held now. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Duration> heldFor(String username, String address) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime since = now.minus(window);
        OffsetDateTime lastSuccess = LoginAttempt.find(
                        "lower(username) = ?1 and succeeded = true and attemptedAt > ?2 order by attemptedAt desc",
                        normalise(username),
                        since)
                .<LoginAttempt>firstResultOptional()
                .map(a -> a.attemptedAt)
                .orElse(since);
        List<LoginAttempt> accountFailures = LoginAttempt.find(
                        "lower(username) = ?1 and succeeded = false and attemptedAt > ?2 order by attemptedAt desc",
                        normalise(username),
                        lastSuccess)
                .page(0, maxPerAccount)
                .list();
        List<LoginAttempt> addressFailures = LoginAttempt.find(
                        "clientAddress = ?1 and succeeded = false and attemptedAt > ?2 order by attemptedAt desc",
                        address,
                        since)
                .page(0, maxPerAddress)
                .list();
        Optional<Duration> account = heldUntil(accountFailures, maxPerAccount, now);
        Optional<Duration> byAddress = heldUntil(addressFailures, maxPerAddress, now);
        if (account.isPresent() && byAddress.isPresent()) {
            return Optional.of(account.get().compareTo(byAddress.get()) > 0 ? account.get() : byAddress.get());
        }
        return account.isPresent() ? account : byAddress;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void record(String username, String address, boolean succeeded) {
        LoginAttempt attempt = new LoginAttempt();
        attempt.attemptedAt = OffsetDateTime.now(clock);
        attempt.username = normalise(username);
        attempt.clientAddress = address;
        attempt.succeeded = succeeded;
        attempt.persist();
    }

    /** Held until the oldest of the last {@code max} failures leaves the window. */
    private Optional<Duration> heldUntil(List<LoginAttempt> newestFailures, int max, OffsetDateTime now) {
        if (newestFailures.size() < max) {
            return Optional.empty();
        }
        OffsetDateTime free = newestFailures.get(max - 1).attemptedAt.plus(window);
        return free.isAfter(now) ? Optional.of(Duration.between(now, free)) : Optional.empty();
    }

    static String normalise(String username) {
        String lower = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return lower.length() > 64 ? lower.substring(0, 64) : lower;
    }
}
