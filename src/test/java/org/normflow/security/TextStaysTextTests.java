package org.normflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.normflow.NormFlowSpringTest;
import org.normflow.PostgresDatabase;
import org.normflow.validation.PlainText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * R-C-06 text stays text: a title carrying NUL, a bidirectional override or a zero-width character is
 * refused with a message that says so, and nothing is started; dates outside a plausible range are refused.
 */
@NormFlowSpringTest
class TextStaysTextTests {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  ResponseEntity<String> start(String title, String plannedEffectiveDate) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String escaped = title.chars().mapToObj(c -> c < 0x7f && c >= 0x20 && c != '"' && c != '\\'
        ? String.valueOf((char) c) : String.format("\\u%04x", c)).reduce("", String::concat);
    String body = "{\"variables\":{\"title\":{\"value\":\"" + escaped + "\"},\"docType\":{\"value\":\"通知\"},"
        + "\"issuingUnit\":{\"value\":\"市应急管理局\"}"
        + (plannedEffectiveDate == null ? "" : ",\"plannedEffectiveDate\":{\"value\":\"" + plannedEffectiveDate + "\"}")
        + "}}";
    return rest.withBasicAuth("drafter", "demo").postForEntity(
        "/engine-rest/process-definition/key/normative-document/start", new HttpEntity<>(body, headers), String.class);
  }

  @Test
  @DisplayName("R-C-06 NUL, bidirectional overrides and zero-width characters in a title are refused, nothing is started")
  void invisibleCharactersRefused() {
    Map<String, String> hostile = Map.of(
        "NUL", "关于\u0000应急物资的通知",
        "right-to-left override", "关于应急物资的通知\u202e知通",
        "isolate", "关于\u2067应急物资\u2069的通知",
        "zero-width space", "关于应\u200b急物资的通知",
        "byte-order mark", "\ufeff关于应急物资的通知",
        "bell", "关于应急物资的通知\u0007");
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    hostile.forEach((kind, title) -> {
      ResponseEntity<String> answer = start(title, null);
      assertThat(answer.getStatusCode()).as(kind).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).as(kind).contains("文件标题").containsAnyOf("不可见的字符", "控制字符");
    });
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
    // line breaks, tabs and ordinary Chinese punctuation are plain text
    assertThat(start("关于应急物资储备的通知（试行）——第一稿\t修订", null).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName("R-C-06 a date far outside a plausible range is refused with the range it must lie in")
  void implausibleDatesRefused() {
    for (String date : List.of("0226-03-01", "2206-03-01")) {
      ResponseEntity<String> answer = start("日期测试", date);
      assertThat(answer.getStatusCode()).as(date).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).as(date).contains("拟施行日期", "年份不在合理范围内");
    }
  }

  @Test
  @DisplayName("R-C-06 on PostgreSQL: every text the rule lets through is stored exactly as typed; what PostgreSQL cannot store (NUL, half a character) the rule refuses")
  void postgresStoresExactlyWhatTheRuleAllows() throws SQLException {
    Map<String, String> allowed = new LinkedHashMap<>();
    allowed.put("Chinese with full-width punctuation", "关于应急物资储备的通知（试行）——第一稿");
    allowed.put("line breaks and tabs", "第一条\n第二条\r\n\t第三条");
    allowed.put("markup and template syntax", "<script>alert(1)</script> ${7*7} #{x} {{y}} [a](javascript:b)");
    allowed.put("SQL", "' OR '1'='1' --; DROP TABLE nf_document;");
    allowed.put("characters outside the basic plane", "𠀀𪚥（扩展B区汉字）🚒");
    Map<String, String> refused = new LinkedHashMap<>();
    refused.put("NUL", "关于\u0000通知");
    refused.put("half a character (high)", "关于\ud800通知");
    refused.put("half a character (low)", "\udc00通知");
    refused.put("right-to-left override", "通知\u202e知通");
    refused.put("zero-width space", "应\u200b急");
    refused.put("byte-order mark", "\ufeff通知");
    refused.put("isolate", "\u2066通知\u2069");
    try (PostgresDatabase database = PostgresDatabase.create("text_stays_text");
        Connection connection = database.connect()) {
      try (Statement ddl = connection.createStatement()) {
        ddl.execute("CREATE TABLE texts (kind VARCHAR(100), short_text VARCHAR(500), long_text TEXT)");
      }
      allowed.forEach((kind, text) -> {
        assertThat(PlainText.problem("文件标题", text)).as(kind).isNull();
        assertThat(roundTrip(connection, kind, text)).as("%s stored as typed", kind).isEqualTo(text);
      });
      refused.forEach((kind, text) -> assertThat(PlainText.problem("文件标题", text)).as(kind)
          .contains("文件标题").containsAnyOf("控制字符", "不可见的字符", "无法识别的字符"));
      // why: PostgreSQL refuses NUL outright and turns half a character into something else
      assertThatThrownBy(() -> roundTrip(connection, "NUL", refused.get("NUL"))).hasRootCauseInstanceOf(SQLException.class);
      connection.rollback();
      assertThat(roundTrip(connection, "half", refused.get("half a character (high)")))
          .isNotEqualTo(refused.get("half a character (high)"));
      // the invisible characters PostgreSQL would keep are refused because they change how a title reads
      assertThat(roundTrip(connection, "override", refused.get("right-to-left override")))
          .isEqualTo(refused.get("right-to-left override"));
    }
  }

  private static String roundTrip(Connection connection, String kind, String text) {
    try {
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO texts VALUES (?, ?, ?)")) {
        insert.setString(1, kind);
        insert.setString(2, text);
        insert.setString(3, text);
        insert.executeUpdate();
      }
      try (PreparedStatement select = connection.prepareStatement("SELECT short_text, long_text FROM texts WHERE kind = ?")) {
        select.setString(1, kind);
        try (ResultSet row = select.executeQuery()) {
          row.next();
          assertThat(row.getString(2)).as("TEXT and VARCHAR store alike").isEqualTo(row.getString(1));
          String stored = row.getString(1);
          connection.commit();
          return stored;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(kind, e);
    }
  }
}
