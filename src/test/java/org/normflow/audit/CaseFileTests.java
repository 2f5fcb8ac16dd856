package org.normflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.DocumentDriver;
import org.normflow.NormFlowSpringTest;
import org.normflow.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The case file of a real case run through the engine, and its archive dossier. */
@NormFlowSpringTest
class CaseFileTests {

  static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}( \\+\\d{2}:\\d{2})?");

  @Autowired ProcessEngine engine;
  @Autowired WorkingDayCalendar workingDays;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  DocumentDriver driver;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    driver = new DocumentDriver(engine, workingDays);
    DocumentDriver.setClock(LocalDate.of(2026, 3, 2), 9);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    BpmnAwareTests.reset();
  }

  String runDocument(String title) {
    String id = DocumentDriver.uniqueId("ND");
    ProcessInstance pi = driver.toDeliberation(id, title, false);
    // issue 22: the meeting is dated the day it is recorded (the driver's fixed 2026-04-01 lies after the
    // signing that follows, which the compliance check now reports under R-ND-14)
    java.util.Map<String, Object> meeting = DocumentDriver.deliberationValues("APPROVED");
    meeting.put("meetingDate", driver.today().toString());
    driver.complete(pi.getId(), "Task_Deliberation", meeting);
    driver.toInForce(pi);
    // a second version of the draft, as the amendment step writes it
    jdbc.sql("INSERT INTO nf_document_version (document_id, version_no, draft_text, change_note, created_by, created_at) "
            + "VALUES (?, 2, ?, '按审查意见修改', 'drafter', ?)")
        .params(id, "第一条 为了规范应急物资储备，制定本办法。\n第二条 本办法自公布之日起施行。",
            new Timestamp(ClockUtil.getCurrentTime().getTime()))
        .update();
    return id;
  }

  JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> answer = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  @Test
  @DisplayName("R-C-02 case file: facts, path through every diagram, trail in Chinese with names, groups and form labels, versions with differences; no internal ids")
  void caseFileReadsInChinese() throws Exception {
    String id = runDocument("案卷测试：应急物资储备管理办法");
    String reference = get("auditor", "/api/audit/cases?q=案卷测试").path("rows").get(0).path("reference").asText();
    // the reference given at registration (登记号), the one Tasklist and the forms show
    assertThat(reference).matches("应急登〔2026〕\\d+号");
    JsonNode file = get("auditor", "/api/audit/cases/" + reference);
    String text = file.toString();

    // no internal id or variable name reaches the reader
    assertThat(UUID.matcher(text).find()).as("a UUID in the case file").isFalse();
    assertThat(text).doesNotContain("legalBasis").doesNotContain("draftText").doesNotContain("\"ND-").doesNotContain("WORKING_DAYS");
    // one time zone
    List<String> times = new ArrayList<>();
    file.path("trail").forEach(e -> times.add(e.path("time").asText()));
    assertThat(times).isNotEmpty().allSatisfy(t -> assertThat(t).endsWith("+08:00"));

    Map<String, String> facts = new LinkedHashMap<>();
    file.path("facts").forEach(f -> facts.put(f.path("label").asText(), f.path("value").asText()));
    assertThat(facts).containsEntry("案件编号", reference).containsEntry("当前阶段", "有效");
    assertThat(facts.get("文号")).contains("〔2026〕");

    // the drafting step: who (name and group), when, what was submitted, under the form's labels
    JsonNode drafting = null;
    for (JsonNode e : file.path("trail")) {
      if (e.path("what").asText().equals("办结任务「起草文件草案和起草说明」")) {
        drafting = e;
      }
    }
    assertThat(drafting).as("the drafting step in the trail").isNotNull();
    Map<String, String> values = new LinkedHashMap<>();
    drafting.path("details").forEach(f -> values.put(f.path("label").asText(), f.path("value").asText()));
    assertThat(values).containsEntry("制定依据", "《中华人民共和国突发事件应对法》第三十二条").containsKey("用时");
    assertThat(text).contains("办结任务「合法性审查");
    assertThat(text).contains("调用「公开征求意见」").contains("调用「合法性审查」");
    // legality outcome shown as its label, not its code
    assertThat(text).contains("\"审查结论\",\"value\":\"合法\"").doesNotContain("\"LAWFUL\"");

    // the path through each diagram: the document's own and the called processes
    assertThat(file.path("processes").size()).isGreaterThanOrEqualTo(3);
    JsonNode own = file.path("processes").get(0);
    assertThat(own.path("name").asText()).isEqualTo("行政规范性文件制定");
    assertThat(own.path("visited").toString()).contains("Task_Drafting");
    assertThat(own.path("flows").size()).isGreaterThan(3);
    assertThat(file.path("processes").get(1).path("calledBy").asText()).isEqualTo("行政规范性文件制定");
    String xml = rest.withBasicAuth("auditor", "demo").getForObject("/api/audit/cases/" + reference + "/diagrams/0", String.class);
    assertThat(xml).contains("Task_Drafting").contains("bpmndi");

    // versions with the differences between consecutive versions
    assertThat(file.path("versions").size()).isEqualTo(2);
    JsonNode diff = file.path("versions").get(1).path("diff");
    List<String> ops = new ArrayList<>();
    diff.forEach(l -> ops.add(l.path("op").asText() + l.path("text").asText()));
    assertThat(ops).contains("+第二条 本办法自公布之日起施行。", "-第一条 为了规范……，制定本办法。");

    // compliance of a case run by the engine: nothing violated
    assertThat(file.path("compliance").path("violations").asInt()).as(file.path("compliance").toString()).isZero();

    // the annual figures time every step with a due date, against it
    List<String> steps = new ArrayList<>();
    get("auditor", "/api/reports/annual?year=2026").path("durations").forEach(d -> steps.add(d.path("step").asText()));
    assertThat(steps).contains("规范性文件合法性审核（送审至出具意见）", "任务：起草文件草案和起草说明", "任务：合法性审查并出具审查意见");

    // Cockpit's instance address leads to the case, for the case's own and its called processes
    String pi = jdbc.sql("SELECT process_instance_id FROM nf_document WHERE id = ?").param(id).query(String.class).single();
    JsonNode ofProcess = get("auditor", "/api/audit/process-instances/" + pi);
    assertThat(ofProcess.path("reference").asText()).isEqualTo(reference);
    assertThat(ofProcess.path("finished").asBoolean()).isTrue();
    String called = engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(pi).list().get(0).getId();
    assertThat(get("auditor", "/api/audit/process-instances/" + called).path("reference").asText()).isEqualTo(reference);
    assertThat(rest.withBasicAuth("drafter2", "demo").getForEntity("/api/audit/process-instances/" + pi, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // the legal office reads it too; a drafter of another unit does not
    get("legal", "/api/audit/cases/" + reference);
    assertThat(rest.withBasicAuth("drafter2", "demo").getForEntity("/api/audit/cases/" + reference, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName("R-MD-13 archive dossier: one zip whose every file matches its SHA-256 in the manifest")
  void dossierMatchesManifest() throws Exception {
    runDocument("归档测试：危险化学品储存管理办法");
    String reference = get("auditor", "/api/audit/cases?q=归档测试").path("rows").get(0).path("reference").asText();
    ResponseEntity<byte[]> zip = rest.withBasicAuth("auditor", "demo").getForEntity("/api/audit/cases/" + reference + "/dossier.zip", byte[].class);
    assertThat(zip.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(zip.getHeaders().getContentDisposition().getFilename()).isEqualTo("案卷-" + reference + ".zip");
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.getBody()), StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        assertThat(e.getName()).startsWith(reference + "/");
        files.put(e.getName().substring(reference.length() + 1), in.readAllBytes());
      }
    }
    String manifest = new String(files.remove(Dossier.MANIFEST), StandardCharsets.UTF_8);
    Map<String, String> listed = new LinkedHashMap<>();
    for (String line : manifest.split("\n")) {
      listed.put(line.substring(66), line.substring(0, 64));
    }
    assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(files.keySet());
    files.forEach((name, bytes) -> assertThat(Dossier.sha256(bytes)).as(name).isEqualTo(listed.get(name)));
    assertThat(files.keySet()).contains("01-案件概况.txt", "02-办理记录.html", "03-合规检查.txt", "04-文稿/第1稿.txt", "04-文稿/第2稿.txt");
    assertThat(files.keySet()).anyMatch(n -> n.startsWith("05-报告与意见/") && n.contains("合法性审查意见"));
    String trail = new String(files.get("02-办理记录.html"), StandardCharsets.UTF_8);
    assertThat(trail).contains("<h2>办理记录（北京时间）</h2>").contains("起草文件草案和起草说明");
    assertThat(UUID.matcher(trail).find()).isFalse();
    // a changed file no longer matches
    byte[] changed = files.get("01-案件概况.txt").clone();
    changed[0] ^= 1;
    assertThat(Dossier.sha256(changed)).isNotEqualTo(listed.get("01-案件概况.txt"));
  }
}
