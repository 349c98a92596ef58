package eu.competitiondesk.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** bcrypt hashing and verification of user passwords. */
public final class PasswordHasher {

    /** Cost 12: about a quarter of a second per check here, slow enough to make offline guessing expensive. */
    static final int COST = 12;

    /** Compared against when a username does not exist, so both paths take the same time. */
    private static final String DECOY_HASH = BcryptUtil.bcryptHash("decoy-password-never-matches", COST);

    private PasswordHasher() {}

    public static String hash(String plain) {
        return BcryptUtil.bcryptHash(plain, COST);
    }

    public static boolean matches(String plain, String storedHash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT);
            Password stored = factory.translate(ModularCrypt.decode(storedHash));
            return factory.verify(stored, plain.toCharArray());
        } catch (NoSuchAlgorithmException | InvalidKeySpecException | InvalidKeyException e) {
            return false;
        }
    }

    /** Spends the time of one verification without a real hash to compare against. */
    public static void burnOneVerification(String plain) {
        matches(plain, DECOY_HASH);
    }
}
