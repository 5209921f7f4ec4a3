package org.communique.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@link #PER_USERNAME} failed sign-ins for one username, or
 * {@link #PER_ADDRESS} from one address, within {@link #WINDOW} (and since the last successful sign-in of that
 * name or from that address), further attempts are refused until the window has passed since the last
 * failure. Counted from the audit log's failed sign-ins, so every node of the archive counts the same guesses
 * and a restart forgets nothing.
 */
@Component
class LoginThrottle {

    static final int PER_USERNAME = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long the username or the address must wait before trying again, if they must. */
    Optional<Duration> blocked(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> user = wait("LOWER(actor)", username == null ? "" : username.strip().toLowerCase(Locale.ROOT),
                PER_USERNAME, now);
        Optional<Duration> from = wait("address", address, PER_ADDRESS, now);
        if (user.isPresent() && from.isPresent()) {
            return Optional.of(user.get().compareTo(from.get()) > 0 ? user.get() : from.get());
        }
        return user.isPresent() ? user : from;
    }

    /** Forgets every failed sign-in (for tests that must not leave the administrator locked out). */
    void clear() {
        jdbc.update("DELETE FROM audit_event WHERE action = 'LOGIN_FAILED'");
    }

    /** The failures of one name or address since the window opened or it last signed in successfully. */
    private Optional<Duration> wait(String column, String value, int limit, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        Timestamp windowStart = Timestamp.from(now.minus(WINDOW));
        Timestamp lastSuccess = jdbc.queryForObject("SELECT MAX(at) FROM audit_event WHERE action = 'LOGIN' AND "
                + column + " = ? AND at > ?", Timestamp.class, value, windowStart);
        Timestamp since = lastSuccess == null ? windowStart : lastSuccess;
        return jdbc.queryForObject("SELECT COUNT(*), MAX(at) FROM audit_event WHERE action = 'LOGIN_FAILED' AND "
                + column + " = ? AND at > ?", (rs, n) -> {
                    long failures = rs.getLong(1);
                    if (failures < limit) {
                        return Optional.<Duration>empty();
                    }
                    Instant last = rs.getTimestamp(2).toInstant();
                    return Optional.of(Duration.between(now, last.plus(WINDOW)));
                }, value, since);
    }
}
