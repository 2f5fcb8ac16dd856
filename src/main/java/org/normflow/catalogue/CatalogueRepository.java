package org.normflow.catalogue;

import static org.normflow.document.Rows.*;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.normflow.catalogue.CatalogueItem.ItemStatus;
import org.normflow.validation.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The annual decision catalogue in the registry (tables nf_catalogue, nf_catalogue_item). */
@Repository
class CatalogueRepository {

  private static final String ITEM_COLUMNS =
      "id, catalogue_year, item_no, title, lead_unit, planned_completion, hearing_planned, adjustment, adjustment_reason, "
          + "status, decision_id, completed_on, created_by, lead_unit_group, removed_reason";

  private final JdbcClient jdbc;

  CatalogueRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** {@code caseId}: the decision-catalogue case that keeps the year's catalogue (issue 22), null before one. */
  record Header(int year, Catalogue.Status status, String approvedBy, Timestamp approvedAt, String publishedBy,
      Timestamp publishedAt, String caseId) {}

  Optional<Header> header(int year) {
    return jdbc.sql("SELECT catalogue_year, status, approved_by, approved_at, published_by, published_at, case_id "
            + "FROM nf_catalogue WHERE catalogue_year = ?")
        .param(year)
        .query((rs, n) -> new Header(rs.getInt(1), Catalogue.Status.valueOf(rs.getString(2)), rs.getString(3),
            rs.getTimestamp(4), rs.getString(5), rs.getTimestamp(6), rs.getString(7)))
        .optional();
  }

  /**
   * The case takes the year's draft catalogue over, unless another case holds it ({@code previous} is the
   * holder the caller found ended, or null). Conditional, so of two cases opening the same year at the
   * same moment only one gets it (the other's update waits for the row and then matches nothing).
   */
  boolean takeOver(int year, String caseId, String previous) {
    return jdbc.sql("UPDATE nf_catalogue SET case_id = ? WHERE catalogue_year = ? AND status = ? AND "
            + (previous == null ? "case_id IS NULL" : "case_id = ?"))
        .params(previous == null ? List.of(caseId, year, Catalogue.Status.DRAFT.name())
            : List.of(caseId, year, Catalogue.Status.DRAFT.name(), previous))
        .update() == 1;
  }

  void createHeader(int year) {
    jdbc.sql("INSERT INTO nf_catalogue (catalogue_year, status, created_at) VALUES (?, ?, ?)")
        .params(year, Catalogue.Status.DRAFT.name(), now()).update();
  }

  void approve(int year, String user) {
    jdbc.sql("UPDATE nf_catalogue SET status = ?, approved_by = ?, approved_at = ? WHERE catalogue_year = ?")
        .params(Catalogue.Status.APPROVED.name(), user, now(), year).update();
  }

  /** Issue 24 point 4: the Party committee did not consent; the approval no longer stands. */
  void returnToDraft(int year) {
    jdbc.sql("UPDATE nf_catalogue SET status = ?, approved_by = NULL, approved_at = NULL WHERE catalogue_year = ? AND status = ?")
        .params(Catalogue.Status.DRAFT.name(), year, Catalogue.Status.APPROVED.name()).update();
  }

  void publish(int year, String user) {
    jdbc.sql("UPDATE nf_catalogue SET status = ?, published_by = ?, published_at = ? WHERE catalogue_year = ?")
        .params(Catalogue.Status.PUBLISHED.name(), user, now(), year).update();
  }

  long insertItem(int year, String title, String leadUnit, LocalDate plannedCompletion, boolean hearingPlanned,
      String adjustmentReason, String user) {
    Timestamp now = now();
    jdbc.sql("INSERT INTO nf_catalogue_item (catalogue_year, title, lead_unit, planned_completion, hearing_planned, "
            + "adjustment, adjustment_reason, status, created_by, created_at, updated_at, item_no) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(year, title, leadUnit, plannedCompletion, hearingPlanned, adjustmentReason != null, adjustmentReason,
            ItemStatus.PLANNED.name(), user, now, now, nextItemNo(year))
        .update();
    return jdbc.sql("SELECT MAX(id) FROM nf_catalogue_item WHERE catalogue_year = ? AND title = ?")
        .params(year, title).query(Long.class).single();
  }

  /** The next place in the year's catalogue (第 n 项); items are never deleted, so places are never reused. */
  int nextItemNo(int year) {
    return jdbc.sql("SELECT COALESCE(MAX(item_no), 0) + 1 FROM nf_catalogue_item WHERE catalogue_year = ?")
        .param(year).query(Integer.class).single();
  }

  /** Issue 10: the drafting unit (group) that leads the item. */
  void setLeadUnitGroup(long id, String unitGroup) {
    jdbc.sql("UPDATE nf_catalogue_item SET lead_unit_group = ? WHERE id = ?").params(unitGroup, id).update();
  }

  /** An approved change of an item's title, lead unit or planned completion (目录调整). */
  void changeItem(long id, String title, String leadUnit, String leadUnitGroup, LocalDate plannedCompletion) {
    jdbc.sql("UPDATE nf_catalogue_item SET title = ?, lead_unit = ?, lead_unit_group = ?, planned_completion = ?, "
            + "updated_at = ? WHERE id = ?")
        .params(title, leadUnit, leadUnitGroup, plannedCompletion, now(), id).update();
  }

  /** An approved removal: the item stays on record, with its reason. */
  void removeItem(long id, String reason) {
    jdbc.sql("UPDATE nf_catalogue_item SET status = ?, removed_reason = ?, updated_at = ? WHERE id = ?")
        .params(ItemStatus.REMOVED.name(), reason, now(), id).update();
  }

  /** The draft's items are compiled again (the head returned the draft): only while the catalogue is a draft. */
  void deleteDraftItems(int year) {
    jdbc.sql("DELETE FROM nf_catalogue_item WHERE catalogue_year = ? AND status = ? AND decision_id IS NULL "
            + "AND EXISTS (SELECT 1 FROM nf_catalogue c WHERE c.catalogue_year = ? AND c.status = ?)")
        .params(year, ItemStatus.PLANNED.name(), year, Catalogue.Status.DRAFT.name()).update();
  }

  long insertProposal(int year, String unitGroup, String unitName, String title, LocalDate plannedCompletion,
      boolean hearingPlanned, String reason, String user) {
    jdbc.sql("INSERT INTO nf_catalogue_proposal (catalogue_year, unit_group, unit_name, title, planned_completion, "
            + "hearing_planned, reason, proposed_by, proposed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(year, unitGroup, unitName, title, plannedCompletion, hearingPlanned, reason, user, now()).update();
    return jdbc.sql("SELECT MAX(id) FROM nf_catalogue_proposal WHERE catalogue_year = ? AND unit_group = ?")
        .params(year, unitGroup).query(Long.class).single();
  }

  List<CatalogueProposal> proposals(int year) {
    return jdbc.sql("SELECT id, catalogue_year, unit_group, unit_name, title, planned_completion, hearing_planned, "
            + "reason, proposed_by FROM nf_catalogue_proposal WHERE catalogue_year = ? ORDER BY id")
        .param(year)
        .query((rs, n) -> {
          java.sql.Date planned = rs.getDate("planned_completion");
          return new CatalogueProposal(rs.getLong("id"), rs.getInt("catalogue_year"), rs.getString("unit_group"),
              rs.getString("unit_name"), rs.getString("title"), planned == null ? null : planned.toLocalDate(),
              rs.getBoolean("hearing_planned"), rs.getString("reason"), rs.getString("proposed_by"));
        })
        .list();
  }

  void addEvent(int year, Long itemId, String kind, String content, String reason, String proposedBy,
      String approvedBy) {
    jdbc.sql("INSERT INTO nf_catalogue_event (catalogue_year, item_id, kind, content, reason, proposed_by, "
            + "approved_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(year, itemId, kind, content, reason, proposedBy, approvedBy, now()).update();
  }

  List<java.util.Map<String, Object>> events(int year) {
    return jdbc.sql("SELECT item_id, kind, content, reason, proposed_by, approved_by, recorded_at "
            + "FROM nf_catalogue_event WHERE catalogue_year = ? ORDER BY id")
        .param(year).query().listOfRows();
  }

  List<CatalogueItem> items(int year) {
    return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM nf_catalogue_item WHERE catalogue_year = ? ORDER BY id")
        .param(year).query(CatalogueRepository::map).list();
  }

  CatalogueItem item(long id) {
    return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM nf_catalogue_item WHERE id = ?")
        .param(id).query(CatalogueRepository::map).optional()
        .orElseThrow(() -> new NotFoundException("决策事项目录中没有编号为 " + id + " 的事项"));
  }

  void updateStatus(long id, ItemStatus status, String decisionId, LocalDate completedOn) {
    int rows = jdbc.sql("UPDATE nf_catalogue_item SET status = ?, decision_id = COALESCE(?, decision_id), "
            + "completed_on = ?, updated_at = ? WHERE id = ?")
        .params(status.name(), decisionId, completedOn, now(), id).update();
    if (rows != 1) {
      throw new NotFoundException("决策事项目录中没有编号为 " + id + " 的事项");
    }
  }

  static CatalogueItem map(ResultSet rs, int n) throws SQLException {
    ItemStatus status = ItemStatus.valueOf(rs.getString("status"));
    java.sql.Date planned = rs.getDate("planned_completion");
    java.sql.Date completed = rs.getDate("completed_on");
    return new CatalogueItem(rs.getLong("id"), rs.getInt("catalogue_year"), rs.getInt("item_no"), rs.getString("title"),
        rs.getString("lead_unit"), planned == null ? null : planned.toLocalDate(), rs.getBoolean("hearing_planned"),
        rs.getBoolean("adjustment"), rs.getString("adjustment_reason"), status, status.label(),
        rs.getString("decision_id"), completed == null ? null : completed.toLocalDate(), rs.getString("created_by"),
        rs.getString("lead_unit_group"), rs.getString("removed_reason"));
  }

}
