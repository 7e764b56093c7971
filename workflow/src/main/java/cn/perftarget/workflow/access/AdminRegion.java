package cn.perftarget.workflow.access;

import cn.perftarget.domain.org.Organisation;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.error.NotAllowedException;

/**
 * The reach {@link Reach#REGION}: an administrator acts on the accounts and organisations of their own region (the
 * region code of their organisation) only; anything of another region is refused ("不在您管理的区划内").
 */
public final class AdminRegion {

    private AdminRegion() {}

    public static String of(AppUser admin) {
        return admin.organisation().regionCode();
    }

    /** The region is the administrator's own (the settings of a region). */
    public static String requireRegion(AppUser admin, String regionCode) {
        if (!of(admin).equals(regionCode)) {
            throw NotAllowedException.of("error.admin.regionOutside", regionCode);
        }
        return regionCode;
    }

    /** The account lies in the administrator's region (its organisation's region). */
    public static void requireAccount(AppUser admin, AppUser account) {
        if (!of(admin).equals(account.organisation().regionCode())) {
            throw NotAllowedException.of("error.admin.accountOutsideRegion", account.username());
        }
    }

    /** The organisation lies in the administrator's region. */
    public static void requireOrganisation(AppUser admin, Organisation organisation) {
        if (!of(admin).equals(organisation.regionCode())) {
            throw NotAllowedException.of("error.admin.organisationOutsideRegion", organisation.code());
        }
    }
}
