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
      "id, catalogue_year, title, lead_unit, planned_completion, hearing_planned, adjustment, adjustment_reason, "
          + "status, decision_id, completed_on, created_by";

  private final JdbcClient jdbc;

  CatalogueRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Header(int year, Catalogue.Status status, String approvedBy, Timestamp approvedAt, String publishedBy,
      Timestamp publishedAt) {}

  Optional<Header> header(int year) {
    return jdbc.sql("SELECT catalogue_year, status, approved_by, approved_at, published_by, published_at "
            + "FROM nf_catalogue WHERE catalogue_year = ?")
        .param(year)
        .query((rs, n) -> new Header(rs.getInt(1), Catalogue.Status.valueOf(rs.getString(2)), rs.getString(3),
            rs.getTimestamp(4), rs.getString(5), rs.getTimestamp(6)))
        .optional();
  }

  void createHeader(int year) {
    jdbc.sql("INSERT INTO nf_catalogue (catalogue_year, status, created_at) VALUES (?, ?, ?)")
        .params(year, Catalogue.Status.DRAFT.name(), now()).update();
  }

  void approve(int year, String user) {
    jdbc.sql("UPDATE nf_catalogue SET status = ?, approved_by = ?, approved_at = ? WHERE catalogue_year = ?")
        .params(Catalogue.Status.APPROVED.name(), user, now(), year).update();
  }

  void publish(int year, String user) {
    jdbc.sql("UPDATE nf_catalogue SET status = ?, published_by = ?, published_at = ? WHERE catalogue_year = ?")
        .params(Catalogue.Status.PUBLISHED.name(), user, now(), year).update();
  }

  long insertItem(int year, String title, String leadUnit, LocalDate plannedCompletion, boolean hearingPlanned,
      String adjustmentReason, String user) {
    Timestamp now = now();
    jdbc.sql("INSERT INTO nf_catalogue_item (catalogue_year, title, lead_unit, planned_completion, hearing_planned, "
            + "adjustment, adjustment_reason, status, created_by, created_at, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(year, title, leadUnit, plannedCompletion, hearingPlanned, adjustmentReason != null, adjustmentReason,
            ItemStatus.PLANNED.name(), user, now, now)
        .update();
    return jdbc.sql("SELECT MAX(id) FROM nf_catalogue_item WHERE catalogue_year = ? AND title = ?")
        .params(year, title).query(Long.class).single();
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
    return new CatalogueItem(rs.getLong("id"), rs.getInt("catalogue_year"), rs.getString("title"),
        rs.getString("lead_unit"), planned == null ? null : planned.toLocalDate(), rs.getBoolean("hearing_planned"),
        rs.getBoolean("adjustment"), rs.getString("adjustment_reason"), status, status.label(),
        rs.getString("decision_id"), completed == null ? null : completed.toLocalDate(), rs.getString("created_by"));
  }

}
