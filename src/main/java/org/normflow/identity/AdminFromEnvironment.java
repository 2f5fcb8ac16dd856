package org.normflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In production no demo user exists: the administrator comes from NORMFLOW_ADMIN_USER and
 * NORMFLOW_ADMIN_PASSWORD, and start-up stops with a clear message when they are missing or weak.
 */
@Component
@Profile("prod")
class AdminFromEnvironment {

  static final int MIN_PASSWORD_LENGTH = 12;

  private final IdentityService identityService;
  private final String adminId;
  private final String adminPassword;

  AdminFromEnvironment(
      IdentityService identityService,
      @Value("${normflow.admin.id:}") String adminId,
      @Value("${normflow.admin.password:}") String adminPassword) {
    check(adminId, adminPassword);
    this.identityService = identityService;
    this.adminId = adminId;
    this.adminPassword = adminPassword;
  }

  static void check(String adminId, String adminPassword) {
    if (adminId == null || adminId.isBlank() || adminPassword == null || adminPassword.isBlank()) {
      throw new ProductionSettingMissing(
          "NormFlow prod profile: the administrator's credentials are not set; there is no default administrator in production.",
          "Set NORMFLOW_ADMIN_USER and NORMFLOW_ADMIN_PASSWORD (at least " + MIN_PASSWORD_LENGTH + " characters).");
    }
    if (adminPassword.length() < MIN_PASSWORD_LENGTH
        || adminPassword.equalsIgnoreCase(DemoUsers.PASSWORD)
        || adminPassword.equalsIgnoreCase(adminId)) {
      throw new ProductionSettingMissing(
          "NormFlow prod profile: NORMFLOW_ADMIN_PASSWORD must have at least "
              + MIN_PASSWORD_LENGTH
              + " characters and must not be a demo or default password.",
          "Set NORMFLOW_ADMIN_PASSWORD to a password of at least " + MIN_PASSWORD_LENGTH + " characters.");
    }
  }

  @EventListener
  @Order(20)
  public void createAdmin(PostDeployEvent event) {
    if (identityService.createUserQuery().userId(adminId).count() == 0) {
      User user = identityService.newUser(adminId);
      user.setFirstName("管理员");
      user.setLastName("系统");
      user.setPassword(adminPassword);
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(adminId).memberOfGroup(Groups.ID_ADMIN).count() == 0) {
      identityService.createMembership(adminId, Groups.ID_ADMIN);
    }
  }
}
