package org.normflow.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo users of the README, password {@code demo}; only in the {@code demo} profile. */
@Component
@Profile("demo")
class DemoUsers {

  static final String PASSWORD = "demo";

  record DemoUser(String id, String firstName, String lastName, String... groups) {}

  /** The drafting units of the two demo drafters (normflow.drafting-units). */
  static final String UNIT_HAZCHEM = "unit-hazchem";
  static final String UNIT_RESCUE = "unit-rescue";

  /** Chinese names are written family name first, so the whole name is the first name. */
  static final List<DemoUser> USERS =
      List.of(
          new DemoUser("admin", "系统管理员", "", Groups.ID_ADMIN),
          new DemoUser("drafter", "王明", "", Groups.ID_DRAFTERS, UNIT_HAZCHEM),
          new DemoUser("drafter2", "刘洋", "", Groups.ID_DRAFTERS, UNIT_RESCUE),
          new DemoUser("legal", "李静", "", Groups.ID_LEGAL_OFFICE),
          new DemoUser("advisor", "赵峰", "", Groups.ID_LEGAL_ADVISORS),
          new DemoUser("fcr", "钱程", "", Groups.ID_FAIR_COMPETITION),
          new DemoUser("expert", "孙立", "", Groups.ID_EXPERTS),
          new DemoUser("expert2", "何平", "", Groups.ID_EXPERTS),
          new DemoUser("expert3", "高远", "", Groups.ID_EXPERTS),
          new DemoUser("integrity", "周正", "", Groups.ID_INTEGRITY),
          new DemoUser("leader", "吴刚", "", Groups.ID_LEADERSHIP),
          new DemoUser("deputy1", "郑伟", "", Groups.ID_LEADERSHIP),
          new DemoUser("deputy2", "冯军", "", Groups.ID_LEADERSHIP),
          new DemoUser("office", "林芳", "", Groups.ID_ORGAN_OFFICE),
          new DemoUser("auditor", "陈敏", "", Groups.ID_AUDITORS));

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identityService;

  DemoUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  @EventListener
  @Order(20)
  public void createDemoUsers(PostDeployEvent event) {
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@normflow.example");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        LOG.info("demo user {} created", demo.id());
      }
      // memberships are checked every start, so an existing demo database gains the drafting units
      for (String group : demo.groups()) {
        if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identityService.createMembership(demo.id(), group);
        }
      }
    }
  }
}
