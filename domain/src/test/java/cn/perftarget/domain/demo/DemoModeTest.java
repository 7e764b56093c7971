package cn.perftarget.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.account.AccountRepository;
import cn.perftarget.domain.account.AccountState;
import cn.perftarget.domain.account.SecretSealer;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.org.OrganisationRepository;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.domain.table.TargetTableRepository;
import cn.perftarget.domain.user.Role;
import cn.perftarget.domain.user.UserRepository;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Demo mode: the organisation of the seed documents, one user per role, and the 42 seed tables as drafts. */
@SpringBootTest(properties = "perftarget.demo.enabled=true")
class DemoModeTest {

    @Autowired
    UserRepository users;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    TargetTableRepository tables;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    DemoMode demo;

    @Autowired
    DemoTablesLoader tablesLoader;

    @Autowired
    AccountRepository accounts;

    @Autowired
    SecretSealer sealer;

    @Test
    void everyRoleHasADemoUserWithAHashedPassword() {
        for (Role role : Role.values()) {
            assertThat(users.findAll()).as(role.name()).anyMatch(u -> u.has(role));
        }
        var drafter = users.findByUsername("bianzhi").orElseThrow();
        assertThat(drafter.organisation().code()).isEqualTo("442001");
        assertThat(drafter.passwordHash()).startsWith("$2").doesNotContain("demo123");
        assertThat(passwords.matches("demo123", drafter.passwordHash())).isTrue();
    }

    @Test
    void organisationFollowsTheSeedDocuments() {
        var dept = organisations.findByCode("442").orElseThrow();
        assertThat(organisations.findChildren(dept.id()))
                .extracting(o -> o.code())
                .containsExactly("442001", "442003", "442004");
        var section = organisations.findByCode("F-QHD-1").orElseThrow();
        assertThat(organisations.departmentsOfSection(section.id()))
                .extracting(o -> o.code())
                .containsExactly("442");
    }

    @Test
    void allSeedTablesAreDraftsOfTheirUnits() {
        assertThat(jdbc.sql("select count(*) from target_table")
                        .query(Long.class)
                        .single())
                .isEqualTo(42L);
        assertThat(jdbc.sql("select count(distinct status) from target_table")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);

        StoredTable intern =
                tables.findByYearAndCode(2020, "13031121A3UO2AD1310KS").orElseThrow();
        assertThat(intern.status()).isEqualTo(TableStatus.DRAFTING);
        assertThat(intern.content().projectName()).isEqualTo("大学生见习岗人员工资");
        assertThat(intern.content().budget().amount()).contains(new BigDecimal("1.87"));
        assertThat(organisations.findById(intern.unitId()).orElseThrow().code()).isEqualTo("442001");
        assertThat(audit.history(intern.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.action().name()).isEqualTo("IMPORT"));
        assertThat(audit.verify(intern.id()).intact()).isTrue();

        // seed 000 names no unit and no year: the demo files it under unit 131003, 2021
        StoredTable approval = tables.findByYearAndCode(2021, "131003004").orElseThrow();
        assertThat(approval.content().projectName()).isEqualTo("项目审批工作");
        assertThat(organisations.findById(approval.unitId()).orElseThrow().code())
                .isEqualTo("131003");
    }

    @Test
    void anExistingUserIsNeverChangedByDemoMode() throws Exception {
        String changed = passwords.encode("Changed-password-2026");
        accounts.setPassword("admin", changed, false, java.time.Instant.now());
        accounts.setSecondFactor("anquan", null, null);

        demo.run(new org.springframework.boot.DefaultApplicationArguments());

        assertThat(users.findByUsername("admin").orElseThrow().passwordHash()).isEqualTo(changed);
        assertThat(accounts.find("anquan").orElseThrow().enrolled()).isFalse();
        assertThat(users.findByUsername("admin").orElseThrow().roles()).containsExactly(Role.SYSTEM_ADMIN);
    }

    @Test
    void demoAdministratorsHaveThePublishedSecondFactorSealed() {
        for (String admin : new String[] {"admin", "shenjiguan", "yunwei"}) {
            AccountState state = accounts.find(admin).orElseThrow();
            assertThat(state.sealedSecret()).isNotNull().doesNotContain(DemoMode.DEMO_TOTP_SECRET);
            assertThat(sealer.open(admin, state.sealedSecret())).isEqualTo(DemoMode.DEMO_TOTP_SECRET);
        }
        assertThat(accounts.find("bianzhi").orElseThrow().enrolled()).isFalse();
    }

    @Test
    void loadingAgainAddsNothing() {
        assertThat(demo.isOn()).isTrue();
        assertThat(tablesLoader.load().added()).isZero();
        assertThat(jdbc.sql("select count(*) from target_table")
                        .query(Long.class)
                        .single())
                .isEqualTo(42L);
    }
}
