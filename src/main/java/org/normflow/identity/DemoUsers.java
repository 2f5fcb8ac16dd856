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

  record DemoUser(String id, String firstName, String lastName, Groups... groups) {}

  /** Chinese names are written family name first, so the whole name is the first name. */
  static final List<DemoUser> USERS =
      List.of(
          new DemoUser("admin", "系统管理员", "", Groups.ADMIN),
          new DemoUser("drafter", "王明", "", Groups.DRAFTERS),
          new DemoUser("legal", "李静", "", Groups.LEGAL_OFFICE),
          new DemoUser("advisor", "赵峰", "", Groups.LEGAL_ADVISORS),
          new DemoUser("fcr", "钱程", "", Groups.FAIR_COMPETITION),
          new DemoUser("expert", "孙立", "", Groups.EXPERTS),
          new DemoUser("integrity", "周正", "", Groups.INTEGRITY),
          new DemoUser("leader", "吴刚", "", Groups.LEADERSHIP),
          new DemoUser("deputy1", "郑伟", "", Groups.LEADERSHIP),
          new DemoUser("deputy2", "冯军", "", Groups.LEADERSHIP),
          new DemoUser("auditor", "陈敏", "", Groups.AUDITORS));

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identityService;

  DemoUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  @EventListener
  @Order(20)
  public void createDemoUsers(PostDeployEvent event) {
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
        continue;
      }
      User user = identityService.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.id() + "@normflow.example");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      for (Groups group : demo.groups()) {
        identityService.createMembership(demo.id(), group.id());
      }
      LOG.info("demo user {} created", demo.id());
    }
  }
}
