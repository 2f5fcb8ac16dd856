package org.normflow.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
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
                        "--normflow.admin.password="))
        .hasStackTraceContaining("NORMFLOW_ADMIN_USER and NORMFLOW_ADMIN_PASSWORD");
  }

  @Test
  @DisplayName("prod refuses demo or short administrator passwords")
  void prodRefusesWeakPasswords() {
    assertThatThrownBy(() -> AdminFromEnvironment.check("admin", "demo")).hasMessageContaining("at least");
    assertThatThrownBy(() -> AdminFromEnvironment.check("admin", "short")).hasMessageContaining("at least");
    assertThatThrownBy(() -> AdminFromEnvironment.check("", "a-long-enough-secret")).hasMessageContaining("NORMFLOW_ADMIN_USER");
    assertThatCode(() -> AdminFromEnvironment.check("chief", "a-long-enough-secret")).doesNotThrowAnyException();
  }
}
