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

  static final List<DemoUser> USERS =
      List.of(
          new DemoUser("admin", "管理员", "系统", Groups.ADMIN),
          new DemoUser("drafter", "起草人", "王", Groups.DRAFTERS),
          new DemoUser("legal", "审查员", "李", Groups.LEGAL_OFFICE),
          new DemoUser("advisor", "律师", "赵", Groups.LEGAL_ADVISORS),
          new DemoUser("fcr", "审查员", "钱", Groups.FAIR_COMPETITION),
          new DemoUser("expert", "专家", "孙", Groups.EXPERTS),
          new DemoUser("integrity", "纪检员", "周", Groups.INTEGRITY),
          new DemoUser("leader", "局长", "吴", Groups.LEADERSHIP),
          new DemoUser("deputy1", "副局长", "郑", Groups.LEADERSHIP),
          new DemoUser("deputy2", "副局长", "冯", Groups.LEADERSHIP),
          new DemoUser("auditor", "审计员", "陈", Groups.AUDITORS));

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
