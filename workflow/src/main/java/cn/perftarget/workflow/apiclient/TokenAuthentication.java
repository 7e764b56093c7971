package cn.perftarget.workflow.apiclient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whose a bearer token is: a token not revoked, not expired, not of a revoked client. The account it names is read
 * again by every service call ({@code ServiceGate}), so a disabled account is refused there like a person's.
 */
@Service
public class TokenAuthentication {

    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ApiTokenStore store;
    private final Clock clock;
    private final TransactionTemplate touches;

    TokenAuthentication(
            ApiTokenStore store, ObjectProvider<Clock> clock, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.touches = new TransactionTemplate(transactionManager);
    }

    /**
     * The token's owner, read with one query outside any transaction; the token's last use is noted, in a transaction
     * of its own, only when the note is a minute old (so most calls write nothing).
     */
    public Optional<TokenOwner> owner(String token) {
        if (token == null || !token.startsWith(TokenHash.PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiTokenStore.Valid> valid = store.valid(TokenHash.sha256(token), now);
        valid.filter(v -> v.lastUsed() == null || v.lastUsed().isBefore(now.minus(TOUCH_INTERVAL)))
                .ifPresent(v -> touches.executeWithoutResult(
                        status -> store.touch(v.owner().tokenId(), now)));
        return valid.map(ApiTokenStore.Valid::owner);
    }
}
