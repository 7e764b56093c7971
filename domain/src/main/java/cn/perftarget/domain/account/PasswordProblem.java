package cn.perftarget.domain.account;

import cn.perftarget.domain.i18n.Labelled;

/** Why the password policy refuses a password; each has a text in the domain's bundle. */
public enum PasswordProblem implements Labelled {
    /** shorter than the minimum length: {0} the minimum */
    TOO_SHORT("account.password.tooShort"),
    /** longer than BCrypt reads (72 bytes in UTF-8): {0} the maximum */
    TOO_LONG("account.password.tooLong"),
    /** fewer character classes (upper case, lower case, digits, others) than required: {0} the number required */
    FEW_CLASSES("account.password.fewClasses"),
    /** one of the most common passwords */
    COMMON("account.password.common"),
    /** contains the username */
    CONTAINS_USERNAME("account.password.username"),
    /** the same as the current password */
    UNCHANGED("account.password.unchanged");

    private final String labelKey;

    PasswordProblem(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }
}
