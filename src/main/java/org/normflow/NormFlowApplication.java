package org.normflow;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@EnableProcessApplication("normflow")
@ConfigurationPropertiesScan
public class NormFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(NormFlowApplication.class, args);
  }
}
