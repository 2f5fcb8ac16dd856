package org.normflow.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.NormFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

class ProdProfileTests {

  @Test
  @DisplayName("prod refuses to start without administrator credentials, with a message that says what to set")
  void prodWithoutCredentialsFails() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(NormFlowApplication.class)
                    .profiles("prod")
                    .run(
                        "--spring.datasource.url=jdbc:h2:mem:prod-check;DB_CLOSE_DELAY=-1",
                        "--spring.datasource.username=sa",
                        "--server.port=0",
                        "--spring.jmx.enabled=false",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--normflow.admin.id=",
                        "--normflow.admin.password=",
                        // the refusal is this test's expected outcome, not an error of the build
                        "--logging.level.org.springframework.boot.diagnostics=off",
                        "--logging.level.org.springframework.boot.web.servlet.context=error"))
        .hasRootCauseInstanceOf(ProductionSettingMissing.class)
        .hasRootCauseMessage("NormFlow prod profile: the administrator's credentials are not set; there is no "
            + "default administrator in production.")
        .satisfies(e -> assertThat(((ProductionSettingMissing) org.assertj.core.util.Throwables.getRootCause(e))
            .action()).contains("NORMFLOW_ADMIN_USER and NORMFLOW_ADMIN_PASSWORD"));
  }

  @Test
  @DisplayName("prod refuses to start without a named head: no demo user is the head by default")
  void prodWithoutHeadFails() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(NormFlowApplication.class)
                    .profiles("prod")
                    .run(
                        "--spring.datasource.url=jdbc:h2:mem:prod-head-check;DB_CLOSE_DELAY=-1",
                        "--spring.datasource.username=sa",
                        "--server.port=0",
                        "--spring.jmx.enabled=false",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--normflow.admin.id=chief",
                        "--normflow.admin.password=a-long-enough-secret",
                        "--logging.level.org.springframework.boot.diagnostics=off",
                        "--logging.level.org.springframework.boot.web.servlet.context=error"))
        .hasRootCauseInstanceOf(ProductionSettingMissing.class)
        .satisfies(e -> assertThat(org.assertj.core.util.Throwables.getRootCause(e).getMessage()).contains("principal head"));
  }

  @Test
  @DisplayName("a missing production setting is reported as its reason and what to set, not as a stack trace")
  void failureIsReportedAsReasonAndAction() {
    ProductionSettingMissing missing = new ProductionSettingMissing("原因", "怎么办");
    org.springframework.boot.diagnostics.FailureAnalysis analysis =
        new ProductionSettingAnalyzer().analyze(new RuntimeException(missing));
    assertThat(analysis.getDescription()).isEqualTo("原因");
    assertThat(analysis.getAction()).isEqualTo("怎么办");
  }

  @Test
  @DisplayName("prod refuses demo or short administrator passwords")
  void prodRefusesWeakPasswords() {
    assertThatThrownBy(() -> AdminFromEnvironment.check("admin", "demo")).hasMessageContaining("at least");
    assertThatThrownBy(() -> AdminFromEnvironment.check("admin", "short")).hasMessageContaining("at least");
    assertThatThrownBy(() -> AdminFromEnvironment.check("", "a-long-enough-secret")).hasMessageContaining("credentials are not set");
    assertThatCode(() -> AdminFromEnvironment.check("chief", "a-long-enough-secret")).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("prod refuses a head named among the members of collective discussion, and a member named twice")
  void prodMembersAreChecked() {
    assertThatThrownBy(() -> ProductionHead.checkMembers("wangju", java.util.List.of("li", "wangju")))
        .isInstanceOf(ProductionSettingMissing.class).hasMessageContaining("also named as a member");
    assertThatThrownBy(() -> ProductionHead.checkMembers("wangju", java.util.List.of("li", "li")))
        .isInstanceOf(ProductionSettingMissing.class).hasMessageContaining("twice");
    assertThatCode(() -> ProductionHead.checkMembers("wangju", java.util.List.of())).doesNotThrowAnyException();
    assertThatCode(() -> ProductionHead.checkMembers("wangju", java.util.List.of("li", "zhao"))).doesNotThrowAnyException();
  }
}
