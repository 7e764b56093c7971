package cn.perftarget.workflow.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.workflow.WorkflowTestSupport;
import cn.perftarget.workflow.account.SignIn;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.NotAllowedException;
import cn.perftarget.workflow.support.TestOrganisation;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApiClientsTest extends WorkflowTestSupport {

    @Autowired
    ApiClients clients;

    @Autowired
    TokenAuthentication tokens;

    @Autowired
    IdempotencyKeys keys;

    @Autowired
    SignIn signIn;

    private AppUser admin(TestOrganisation org) {
        return users.save(
                "sysadmin-" + org.region,
                "系统管理员",
                "{noop}x",
                org.department.parentId(),
                Set.of(Role.SYSTEM_ADMIN),
                false);
    }

    @Test
    void aClientActsAsItsRoleInItsOrganisationUntilRotatedOrRevoked() {
        TestOrganisation org = newOrganisation();
        AppUser admin = admin(org);
        IssuedToken first =
                clients.create(admin, "一体化-" + org.region, Role.DRAFTER, org.unit1.code(), Duration.ofDays(30));
        assertThat(first.token()).startsWith(TokenHash.PREFIX).hasSizeGreaterThan(40);
        TokenOwner owner = tokens.owner(first.token()).orElseThrow();
        AppUser account = user(owner.username());
        assertThat(account.roles()).containsExactly(Role.DRAFTER);
        assertThat(account.organisation().code()).isEqualTo(org.unit1.code());
        assertThat(owner.clientName()).isEqualTo("一体化-" + org.region);
        assertThat(jdbc.queryForObject(
                        "select count(*) from api_token where token_hash = ?", Long.class, first.token()))
                .as("the token itself is never stored")
                .isZero();
        assertThat(signIn.check(owner.username(), ""))
                .as("no interactive sign-in")
                .isFalse();

        long clientId = owner.clientId();
        IssuedToken second = clients.rotate(admin, clientId, Duration.ofDays(10));
        assertThat(tokens.owner(first.token()))
                .as("rotation revokes the old token")
                .isEmpty();
        assertThat(tokens.owner(second.token())).isPresent();

        clients.revoke(admin, clientId);
        assertThat(tokens.owner(second.token())).isEmpty();
        assertThat(clients.list(admin).stream()
                        .filter(c -> c.id() == clientId)
                        .findFirst()
                        .orElseThrow()
                        .active())
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from security_event where subject = ? and type = ?",
                        Long.class,
                        admin.username(),
                        SecurityEventType.RIGHTS_CHANGED.name()))
                .as("creation and revocation in the security log")
                .isEqualTo(2);
    }

    @Test
    void onlyTheSystemAdministratorCreatesClientsAndOnlyWithATableRoleInAFittingOrganisation() {
        TestOrganisation org = newOrganisation();
        AppUser admin = admin(org);
        assertThatThrownBy(() -> clients.create(
                        org.reviewer1, "x-" + org.region, Role.DRAFTER, org.unit1.code(), Duration.ofDays(1)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> clients.create(
                        admin, "x-" + org.region, Role.SYSTEM_ADMIN, org.unit1.code(), Duration.ofDays(1)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> clients.create(
                        admin, "x-" + org.region, Role.DRAFTER, org.department.code(), Duration.ofDays(1)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() ->
                        clients.create(admin, "x-" + org.region, Role.DRAFTER, org.unit1.code(), Duration.ofDays(400)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(clients.list(admin)).noneMatch(c -> c.name().equals("x-" + org.region));
    }

    @Test
    void aPersonHoldsPersonalTokensUnderTheirOwnScopeAndRevokesThem() {
        TestOrganisation org = newOrganisation();
        IssuedToken token = clients.issuePersonal(org.reviewer1, Duration.ofDays(1));
        TokenOwner owner = tokens.owner(token.token()).orElseThrow();
        assertThat(owner.username()).isEqualTo(org.reviewer1.username());
        assertThat(owner.clientId()).isNull();
        assertThat(clients.personalTokens(org.reviewer1))
                .extracting(PersonalToken::id)
                .containsExactly(token.tokenId());
        assertThatThrownBy(() -> clients.revokePersonal(org.reviewer2, token.tokenId()))
                .isInstanceOf(InvalidInputException.class);
        clients.revokePersonal(org.reviewer1, token.tokenId());
        assertThat(tokens.owner(token.token())).isEmpty();
        assertThat(tokens.owner("ptk_made-up")).isEmpty();
    }

    @Test
    void anExpiredTokenNoLongerWorks() {
        TestOrganisation org = newOrganisation();
        IssuedToken token = clients.issuePersonal(org.drafter1, Duration.ofDays(1));
        jdbc.update("update api_token set expires_at = now() - interval '1 second' where id = ?", token.tokenId());
        assertThat(tokens.owner(token.token())).isEmpty();
    }

    @Test
    void anIdempotencyKeyIsClaimedOnceAndItsAnswerReplayed() {
        TestOrganisation org = newOrganisation();
        long user = org.drafter1.id();
        IdempotencyKeys.Claim first = keys.claim(user, "k1", "a".repeat(64));
        assertThat(first).isInstanceOf(IdempotencyKeys.Fresh.class);
        assertThat(keys.claim(user, "k1", "a".repeat(64))).isInstanceOf(IdempotencyKeys.InProgress.class);
        assertThat(keys.claim(user, "k1", "b".repeat(64))).isInstanceOf(IdempotencyKeys.Mismatch.class);
        keys.complete(
                user,
                "k1",
                (IdempotencyKeys.Fresh) first,
                new StoredResponse(201, "application/json", java.util.Map.of("ETag", "\"3\""), "{}".getBytes()));
        IdempotencyKeys.Claim replay = keys.claim(user, "k1", "a".repeat(64));
        assertThat(replay).isInstanceOf(IdempotencyKeys.Replay.class);
        StoredResponse response = ((IdempotencyKeys.Replay) replay).response();
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers()).containsEntry("ETag", "\"3\"");
        assertThat(new String(response.body())).isEqualTo("{}");
        IdempotencyKeys.Claim other = keys.claim(org.drafter2.id(), "k1", "b".repeat(64));
        assertThat(other).as("keys are per account").isInstanceOf(IdempotencyKeys.Fresh.class);
        keys.release(org.drafter2.id(), "k1", (IdempotencyKeys.Fresh) other);
        assertThat(keys.claim(org.drafter2.id(), "k1", "c".repeat(64))).isInstanceOf(IdempotencyKeys.Fresh.class);
    }

    @Test
    void theCallAndItsStoredAnswerCommitTogetherOrNotAtAll() {
        TestOrganisation org = newOrganisation();
        long user = org.drafter1.id();
        StoredResponse ok = new StoredResponse(200, "application/json", java.util.Map.of(), "{}".getBytes());
        IdempotencyKeys.Fresh claim = (IdempotencyKeys.Fresh) keys.claim(user, "joined", "a".repeat(64));
        assertThatThrownBy(() -> keys.runAndComplete(user, "joined", claim, () -> {
                    jdbc.update("update app_user set display_name = '改了' where id = ?", user);
                    throw new IllegalStateException("the call fails after writing");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(displayName(user))
                .as("the failed call's write is rolled back")
                .isNotEqualTo("改了");
        assertThat(keys.claim(user, "joined", "a".repeat(64))).isInstanceOf(IdempotencyKeys.InProgress.class);

        boolean stored = keys.runAndComplete(user, "joined", claim, () -> {
            jdbc.update("update app_user set display_name = '改了' where id = ?", user);
            return ok;
        });
        assertThat(stored).isTrue();
        assertThat(displayName(user)).isEqualTo("改了");
        assertThat(keys.claim(user, "joined", "a".repeat(64))).isInstanceOf(IdempotencyKeys.Replay.class);
    }

    @Test
    void aClaimLeftWithoutAnAnswerIsTakenOverAndItsFirstCallCanNoLongerCommit() {
        TestOrganisation org = newOrganisation();
        long user = org.drafter1.id();
        IdempotencyKeys.Fresh stale = (IdempotencyKeys.Fresh) keys.claim(user, "stale", "a".repeat(64));
        jdbc.update(
                "update api_idempotency set created_at = created_at - interval '11 minutes' where user_id = ?"
                        + " and idem_key = 'stale'",
                user);
        IdempotencyKeys.Claim retry = keys.claim(user, "stale", "a".repeat(64));
        assertThat(retry).as("a claim older than any call is taken over").isInstanceOf(IdempotencyKeys.Fresh.class);
        String before = displayName(user);
        StoredResponse ok = new StoredResponse(200, "application/json", java.util.Map.of(), "{}".getBytes());
        assertThatThrownBy(() -> keys.runAndComplete(user, "stale", stale, () -> {
                    jdbc.update("update app_user set display_name = '第一次' where id = ?", user);
                    return ok;
                }))
                .isInstanceOf(IdempotencyKeys.ClaimLostException.class);
        assertThat(displayName(user))
                .as("the call that lost its claim commits nothing")
                .isEqualTo(before);
        assertThat(keys.runAndComplete(user, "stale", (IdempotencyKeys.Fresh) retry, () -> ok))
                .isTrue();
    }

    private String displayName(long user) {
        return jdbc.queryForObject("select display_name from app_user where id = ?", String.class, user);
    }
}
