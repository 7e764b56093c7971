package cn.perftarget.workflow.apiclient;

import cn.perftarget.domain.org.OrgKind;
import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserRepository;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.error.InvalidInputException.Input;
import cn.perftarget.workflow.error.NotFoundException;
import cn.perftarget.workflow.security.SecurityAudit;
import cn.perftarget.workflow.security.ServiceGate;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The REST API's clients (API 客户端) and tokens. The 系统管理员 creates a client with one table role and one
 * organisation: the client acts as a technical account of that role in that organisation (its password is random and
 * never shown, so it cannot sign in interactively), and so sees and may do what a person of that role there may —
 * through the same services, scope checks and audit. A token is shown once and stored as its SHA-256; it expires;
 * rotation issues a new one and revokes the old ones; revocation ends the client. People with a table role may hold
 * personal tokens under their own scope. Every change is in the security log.
 */
@Service
public class ApiClients {

    /** The longest a token may be valid. */
    public static final Duration MAX_VALIDITY = Duration.ofDays(366);

    /** The account names of the clients start with this. */
    public static final String ACCOUNT_PREFIX = "api-";

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,59}");

    /** Which organisations a role of a client may be in. */
    private static final Map<Role, OrgKind> ROLE_KINDS = Map.of(
            Role.DRAFTER, OrgKind.UNIT,
            Role.DEPT_REVIEWER, OrgKind.DEPARTMENT,
            Role.FISCAL_REVIEWER, OrgKind.SECTION,
            Role.AUDITOR, OrgKind.BUREAU);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenStore store;
    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final PasswordEncoder encoder;
    private final ServiceGate gate;
    private final SecurityAudit audit;
    private final Clock clock;

    ApiClients(
            ApiTokenStore store,
            UserRepository users,
            OrganisationRepository organisations,
            PasswordEncoder encoder,
            ServiceGate gate,
            SecurityAudit audit,
            ObjectProvider<Clock> clock) {
        this.store = store;
        this.users = users;
        this.organisations = organisations;
        this.encoder = encoder;
        this.gate = gate;
        this.audit = audit;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** Every client, by name (系统管理员). */
    @Transactional(readOnly = true)
    public List<ApiClientInfo> list(AppUser admin) {
        return gate.enter(admin, ServiceAction.MANAGE_API_CLIENTS, "api-clients", a -> store.clients());
    }

    /**
     * Creates a client with its first token (系统管理员).
     *
     * @param role             a table role (编制人, 主管部门审核人, 财政审核人, 查阅); never an administrator role
     * @param organisationCode a unit for 编制人, a department for 主管部门审核人, a fiscal section for 财政审核人, a
     *                         bureau for 查阅
     */
    @Transactional
    public IssuedToken create(AppUser admin, String name, Role role, String organisationCode, Duration validity) {
        return gate.enter(admin, ServiceAction.MANAGE_API_CLIENTS, "api-client:" + name, by -> {
            String clean = name == null ? "" : name.strip();
            if (!NAME.matcher(clean).matches()) {
                throw InvalidInputException.of(Input.OTHER, "error.apiClient.name");
            }
            OrgKind kind = ROLE_KINDS.get(role);
            if (kind == null) {
                throw InvalidInputException.of(Input.OTHER, "error.apiClient.role", role);
            }
            Organisation organisation = organisations
                    .findByCode(organisationCode == null ? "" : organisationCode.strip())
                    .orElseThrow(() -> InvalidInputException.of(
                            Input.OTHER, "error.account.unknownOrganisation", String.valueOf(organisationCode)));
            if (organisation.kind() != kind) {
                throw InvalidInputException.of(Input.OTHER, "error.apiClient.organisation", role, kind);
            }
            checkValidity(validity);
            if (store.nameTaken(clean)) {
                throw InvalidInputException.of(Input.OTHER, "error.apiClient.nameTaken", clean);
            }
            String username = accountName();
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            AppUser account = users.save(
                    username,
                    clean,
                    encoder.encode(HexFormat.of().formatHex(secret)),
                    organisation.savedId(),
                    Set.of(role),
                    false);
            long clientId = store.insertClient(clean, account.id(), role, by.username());
            IssuedToken token = issue(account.id(), clientId, by.username(), validity);
            audit.success(
                    SecurityEventType.RIGHTS_CHANGED,
                    by.username(),
                    username,
                    "security.detail.apiClientCreated " + clean + " " + role + " " + organisation.code() + " → "
                            + token.expiresAt());
            return token;
        });
    }

    /** A new token for the client; its older tokens stop working at once (系统管理员). */
    @Transactional
    public IssuedToken rotate(AppUser admin, long clientId, Duration validity) {
        return gate.enter(admin, ServiceAction.MANAGE_API_CLIENTS, "api-client:" + clientId, by -> {
            ApiClientInfo client = activeClient(clientId);
            checkValidity(validity);
            int revoked = store.revokeClientTokens(clientId, clock.instant());
            long userId = users.findByUsername(client.username()).orElseThrow().id();
            IssuedToken token = issue(userId, clientId, by.username(), validity);
            audit.success(
                    SecurityEventType.ADMINISTRATION,
                    by.username(),
                    client.username(),
                    "security.detail.apiTokenRotated " + client.name() + " " + revoked + " → " + token.expiresAt());
            return token;
        });
    }

    /** Ends the client: its tokens stop working at once and it can no longer be given one (系统管理员). */
    @Transactional
    public void revoke(AppUser admin, long clientId) {
        gate.enter(admin, ServiceAction.MANAGE_API_CLIENTS, "api-client:" + clientId, by -> {
            ApiClientInfo client = activeClient(clientId);
            Instant now = clock.instant();
            store.revokeClientTokens(clientId, now);
            store.revokeClient(clientId, now);
            users.findByUsername(client.username()).ifPresent(u -> users.setRoles(u.username(), Set.of()));
            audit.success(
                    SecurityEventType.RIGHTS_CHANGED,
                    by.username(),
                    client.username(),
                    "security.detail.apiClientRevoked " + client.name() + " [" + client.role() + "] -> []");
            return null;
        });
    }

    /** The person's own tokens, newest first. */
    @Transactional(readOnly = true)
    public List<PersonalToken> personalTokens(AppUser user) {
        return gate.enter(user, ServiceAction.PERSONAL_TOKEN, "api-token", u -> store.personalTokens(u.id()));
    }

    /** A personal token under the person's own scope (a person with a table role). */
    @Transactional
    public IssuedToken issuePersonal(AppUser user, Duration validity) {
        return gate.enter(user, ServiceAction.PERSONAL_TOKEN, "api-token", u -> {
            checkValidity(validity);
            IssuedToken token = issue(u.id(), null, u.username(), validity);
            audit.success(
                    SecurityEventType.ADMINISTRATION,
                    u.username(),
                    u.username(),
                    "security.detail.apiTokenIssued " + token.tokenId() + " → " + token.expiresAt());
            return token;
        });
    }

    /** Revokes one of the person's own tokens. */
    @Transactional
    public void revokePersonal(AppUser user, long tokenId) {
        gate.enter(user, ServiceAction.PERSONAL_TOKEN, "api-token:" + tokenId, u -> {
            if (!store.revokePersonal(u.id(), tokenId, clock.instant())) {
                throw InvalidInputException.of(Input.OTHER, "error.apiClient.noSuchToken");
            }
            audit.success(
                    SecurityEventType.ADMINISTRATION,
                    u.username(),
                    u.username(),
                    "security.detail.apiTokenRevoked " + tokenId);
            return null;
        });
    }

    private ApiClientInfo activeClient(long clientId) {
        ApiClientInfo client = store.client(clientId).orElseThrow(NotFoundException::apiClient);
        if (!client.active()) {
            throw InvalidInputException.of(Input.OTHER, "error.apiClient.revoked", client.name());
        }
        return client;
    }

    private IssuedToken issue(
            long userId, @org.jspecify.annotations.Nullable Long clientId, String by, Duration validity) {
        String token = TokenHash.newToken();
        Instant expires = clock.instant().plus(validity);
        long id = store.insertToken(TokenHash.sha256(token), userId, clientId, by, expires);
        return new IssuedToken(id, token, expires);
    }

    private static void checkValidity(Duration validity) {
        if (validity == null || validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw InvalidInputException.of(Input.OTHER, "error.apiClient.validity", MAX_VALIDITY.toDays());
        }
    }

    private String accountName() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return ACCOUNT_PREFIX + HexFormat.of().formatHex(bytes);
    }
}
