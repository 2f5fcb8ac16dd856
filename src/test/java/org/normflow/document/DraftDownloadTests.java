package org.normflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@NormFlowSpringTest
class DraftDownloadTests {

  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar calendar;
  @Autowired TestRestTemplate rest;

  @Test
  @DisplayName("R-ND-01 the current draft downloads with its drafting explanation; a missing version is a Chinese 404")
  void draftDownload() {
    DocumentDriver driver = new DocumentDriver(engine, calendar);
    String id = DocumentDriver.uniqueId("DL");
    ProcessInstance pi = driver.start(id, "关于应急物资储备管理的办法", false, false);
    driver.draft(pi);

    // the drafting unit reads its case; the fair competition reviewers have no task in it (per-case read access)
    assertThat(rest.withBasicAuth("fcr", "demo").getForEntity("/api/documents/" + id + "/versions/1/draft", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> draft =
        rest.withBasicAuth("drafter", "demo").getForEntity("/api/documents/" + id + "/versions/1/draft", String.class);
    assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(draft.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment", "filename*=UTF-8''");
    assertThat(draft.getBody())
        .contains("关于应急物资储备管理的办法（第1稿）", "一、文件草案", "第一条 为了规范", "二、起草说明", "（二）制定依据", "突发事件应对法");

    ResponseEntity<String> missing =
        rest.withBasicAuth("drafter", "demo").getForEntity("/api/documents/" + id + "/versions/9/draft", String.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getBody()).contains("没有第 9 稿");
    assertThat(rest.getForEntity("/api/documents/" + id + "/versions/1/draft", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
