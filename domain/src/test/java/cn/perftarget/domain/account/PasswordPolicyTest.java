package cn.perftarget.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.i18n.MessageBundles;
import org.junit.jupiter.api.Test;

/** 口令复杂度: length, three of four classes, not a common password, not the username. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(10, 3);

    @Test
    void acceptsALongPasswordOfThreeClasses() {
        assertThat(policy.check("bianzhi", "Qinhuangdao-2026")).isEmpty();
        assertThat(policy.check("bianzhi", "绩效目标Table2026")).isEmpty();
    }

    @Test
    void refusesEachWeaknessWithItsReason() {
        assertThat(policy.check("bianzhi", "Ab1-xyz")).containsExactly(PasswordProblem.TOO_SHORT);
        assertThat(policy.check("bianzhi", "qinhuangdaojingkaiqu")).containsExactly(PasswordProblem.FEW_CLASSES);
        assertThat(policy.check("bianzhi", "Bianzhi-2026x")).containsExactly(PasswordProblem.CONTAINS_USERNAME);
        assertThat(policy.check("bianzhi", "Aa1!".repeat(19))).containsExactly(PasswordProblem.TOO_LONG);
        assertThat(policy.check("bianzhi", "password1"))
                .containsExactly(PasswordProblem.TOO_SHORT, PasswordProblem.FEW_CLASSES, PasswordProblem.COMMON);
    }

    @Test
    void refusesTheCommonListCaseIgnored() {
        assertThat(policy.commonCount()).isGreaterThan(9_000);
        // "charlie123" is in the list; written with a capital it passes every other rule but is still refused
        assertThat(policy.check("bianzhi", "Charlie123")).containsExactly(PasswordProblem.COMMON);
        assertThat(policy.check("bianzhi", "Charlie1234")).isEmpty();
    }

    @Test
    void reasonsAreTextsWithTheirFigures() {
        assertThat(MessageBundles.domain().chinese(policy.text(PasswordProblem.TOO_SHORT)))
                .isEqualTo("密码至少需要 10 个字符");
        assertThat(MessageBundles.domain().render(policy.rule(), MessageBundles.ENGLISH))
                .startsWith("At least 10 characters, with at least 3 of");
    }
}
