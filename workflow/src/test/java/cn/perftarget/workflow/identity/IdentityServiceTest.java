package cn.perftarget.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.account.DemoCodes;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Camunda's identity service sees our demo users and the groups their organisation and roles give them. */
@SpringBootTest
class IdentityServiceTest {

    @Autowired
    IdentityService identityService;

    @Autowired
    GroupMembership membership;

    @Test
    void identityServiceIsReadOnly() {
        assertThat(identityService.isReadOnly()).isTrue();
    }

    @Test
    void findsUserByIdWithDisplayNameAsFirstName() {
        User user = identityService.createUserQuery().userId("bumen").singleResult();
        assertThat(user.getId()).isEqualTo("bumen");
        assertThat(user.getFirstName()).isEqualTo("李审核");
        assertThat(user.getLastName()).isEmpty();
        assertThat(user.getEmail()).isNull();
        assertThat(identityService.createUserQuery().userId("nobody").singleResult())
                .isNull();
    }

    @Test
    void filtersUsersByIdsAndName() {
        assertThat(ids(identityService
                        .createUserQuery()
                        .userIdIn("bianzhi", "admin", "nobody")
                        .orderByUserId()
                        .asc()
                        .list()))
                .containsExactly("admin", "bianzhi");
        assertThat(ids(identityService
                        .createUserQuery()
                        .userFirstNameLike("%财政")
                        .list()))
                .containsExactlyInAnyOrder("caizheng", "caizheng2", "caizheng-ln", "caizheng-cd", "caizheng-gw");
        assertThat(ids(identityService.createUserQuery().userFirstName("卫双职").list()))
                .containsExactly("shuangzhi");
        assertThat(identityService
                        .createUserQuery()
                        .userId("bumen")
                        .userLastName("李")
                        .count())
                .isZero();
        assertThat(identityService
                        .createUserQuery()
                        .userId("bumen")
                        .userLastNameLike("%")
                        .count())
                .isOne();
        assertThat(identityService
                        .createUserQuery()
                        .userEmail("bumen@example.org")
                        .count())
                .isZero();
    }

    @Test
    void listsMembersOfGroup() {
        assertThat(ids(identityService
                        .createUserQuery()
                        .memberOfGroup("dept-reviewer-442")
                        .orderByUserId()
                        .asc()
                        .list()))
                .containsExactly("bumen", "bumen2", "bumenlead", "shuangzhi");
        assertThat(ids(identityService
                        .createUserQuery()
                        .memberOfGroup("drafter-442001")
                        .list()))
                .containsExactlyInAnyOrder("bianzhi", "shuangzhi");
        assertThat(ids(identityService
                        .createUserQuery()
                        .memberOfGroup("camunda-admin")
                        .list()))
                .containsExactly("yunwei");
        assertThat(identityService
                        .createUserQuery()
                        .memberOfGroup("dept-reviewer-999")
                        .count())
                .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "bianzhi     | drafter-442001",
                "bianzhi2    | drafter-442003",
                "lunan       | drafter-438001",
                "bumen       | dept-reviewer-442",
                "bumenlead   | dept-reviewer-442 lead-442",
                "caizheng    | fiscal-reviewer-F-QHD-1",
                "caizhenglead| fiscal-reviewer-F-QHD-1 lead-F-QHD-1",
                "shenji      | auditor-130311",
                "yunwei      | camunda-admin",
                "shuangzhi   | drafter-442001 dept-reviewer-442"
            })
    void groupsOfDemoUsers(String user, String groups) {
        Set<String> expected = Set.of(groups.trim().split(" "));
        assertThat(Set.copyOf(
                        ids(identityService.createGroupQuery().groupMember(user).list())))
                .isEqualTo(expected);
        assertThat(identityService.createGroupQuery().groupMember(user).count()).isEqualTo(expected.size());
        // the fast path the approval actions and the inbox use gives the engine's answer
        assertThat(membership.groupIdsOf(user)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theFastMembersOfEveryGroupAreTheEnginesMembers() {
        List<Group> all = identityService.createGroupQuery().list();
        assertThat(all).hasSizeGreaterThan(20);
        for (Group group : all) {
            assertThat(membership.membersOf(group.getId()))
                    .as(group.getId())
                    .containsExactlyInAnyOrderElementsOf(ids(identityService
                            .createUserQuery()
                            .memberOfGroup(group.getId())
                            .list()));
        }
        assertThat(membership.membersOf("drafter-442001")).containsExactlyInAnyOrder("bianzhi", "shuangzhi");
        assertThat(membership.membersOf("dept-reviewer-999")).isEmpty();
    }

    @Test
    void groupsHaveChineseNamesAndTypes() {
        Group dept =
                identityService.createGroupQuery().groupId("dept-reviewer-442").singleResult();
        assertThat(dept.getName()).isEqualTo("秦皇岛经济技术开发区行政审批局 审核人");
        assertThat(dept.getType()).isEqualTo("WORKFLOW");
        assertThat(identityService
                        .createGroupQuery()
                        .groupId("drafter-442003")
                        .singleResult()
                        .getName())
                .isEqualTo("秦皇岛经济技术开发区政务服务中心 编制人");
        assertThat(identityService
                        .createGroupQuery()
                        .groupId("fiscal-reviewer-F-QHD-1")
                        .singleResult()
                        .getName())
                .isEqualTo("秦皇岛经开区财政局预算科 财政审核人");
        assertThat(identityService
                        .createGroupQuery()
                        .groupId("auditor-130311")
                        .singleResult()
                        .getName())
                .isEqualTo("秦皇岛经济技术开发区财政局 查阅人");
        Group admin =
                identityService.createGroupQuery().groupId("camunda-admin").singleResult();
        assertThat(admin.getType()).isEqualTo("SYSTEM");
        assertThat(identityService
                        .createGroupQuery()
                        .groupId("dept-reviewer-999")
                        .singleResult())
                .isNull();
    }

    @Test
    void groupsExistWithoutMembers() {
        // every organisation has its lead group, even before a lead is registered (438 has none in the demo)
        assertThat(identityService.createGroupQuery().groupId("lead-438").count())
                .isOne();
        assertThat(identityService.createUserQuery().memberOfGroup("lead-438").count())
                .isZero();
        assertThat(identityService
                        .createUserQuery()
                        .memberOfGroup("dept-reviewer-438")
                        .count())
                .isOne();
    }

    @Test
    void filtersGroupsByIdsNameAndType() {
        assertThat(ids(identityService.createGroupQuery().groupType("SYSTEM").list()))
                .containsExactly("camunda-admin");
        assertThat(ids(identityService
                        .createGroupQuery()
                        .groupIdIn("lead-442", "drafter-442001", "drafter-000000")
                        .orderByGroupId()
                        .desc()
                        .list()))
                .containsExactly("lead-442", "drafter-442001");
        assertThat(ids(identityService
                        .createGroupQuery()
                        .groupNameLike("秦皇岛经济技术开发区行政审批局%")
                        .list()))
                .contains("dept-reviewer-442", "lead-442", "drafter-442001")
                .doesNotContain("drafter-442003");
        assertThat(ids(identityService
                        .createGroupQuery()
                        .groupName("管委会行政审批局 审核人")
                        .list()))
                .containsExactly("dept-reviewer-131");
        assertThat(ids(identityService
                        .createGroupQuery()
                        .groupMember("bumenlead")
                        .groupType("WORKFLOW")
                        .groupNameLike("%负责人")
                        .list()))
                .containsExactly("lead-442");
    }

    @Test
    void pagesGroupsAndUsersInOrder() {
        List<String> all =
                ids(identityService.createGroupQuery().orderByGroupId().asc().list());
        assertThat(all)
                .hasSize((int) identityService.createGroupQuery().count())
                .isSorted();
        assertThat(ids(identityService.createGroupQuery().orderByGroupId().asc().listPage(0, 4)))
                .isEqualTo(all.subList(0, 4));
        assertThat(ids(identityService.createGroupQuery().orderByGroupId().asc().listPage(4, 4)))
                .isEqualTo(all.subList(4, 8));

        List<String> reviewers = ids(identityService
                .createUserQuery()
                .memberOfGroup("dept-reviewer-442")
                .orderByUserId()
                .desc()
                .listPage(1, 2));
        assertThat(reviewers).containsExactly("bumenlead", "bumen2");
    }

    @Test
    void checksBcryptPassword() {
        // an administrator signs in with the password followed by the code of the second factor
        assertThat(identityService.checkPassword("admin", "demo123")).isFalse();
        assertThat(identityService.checkPassword("admin", "demo123" + DemoCodes.next("admin")))
                .isTrue();
        assertThat(identityService.checkPassword("bumen", "demo123")).isTrue();
        assertThat(identityService.checkPassword("bumen", "demo1234")).isFalse();
        assertThat(identityService.checkPassword("nobody", "demo123")).isFalse();
        assertThat(identityService.checkPassword("bumen", null)).isFalse();
    }

    @Test
    void knowsNoTenants() {
        assertThat(identityService
                        .createTenantQuery()
                        .userMember("admin")
                        .includingGroupsOfUser(true)
                        .count())
                .isZero();
        assertThat(identityService.createUserQuery().memberOfTenant("any").count())
                .isZero();
    }

    private static List<String> ids(List<?> usersOrGroups) {
        return usersOrGroups.stream()
                .map(o -> o instanceof User u ? u.getId() : ((Group) o).getId())
                .collect(Collectors.toList());
    }
}
