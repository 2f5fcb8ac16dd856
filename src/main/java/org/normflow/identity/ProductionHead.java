package org.normflow.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production the principal head (主要负责人, who signs, decides and authorizes: R-ND-14, R-MD-02,
 * R-MD-11) is never a demo user by default: {@code normflow.organisation.head} must be set, or start-up
 * stops saying so. The members of collective discussion ({@code normflow.decision.members},
 * NORMFLOW_DISCUSSION_MEMBERS) may stay empty (then the leadership group minus the head gives opinions);
 * when named, the head is not among them (the head decides last, R-MD-11) and nobody is named twice.
 */
@Component
@Profile("prod")
class ProductionHead {

  ProductionHead(@Value("${normflow.organisation.head:}") String head,
      org.normflow.decision.DecisionSettings decisions) {
    check(head);
    checkMembers(head, decisions.getMembers());
  }

  static void checkMembers(String head, java.util.List<String> members) {
    java.util.List<String> named = members == null ? java.util.List.of()
        : members.stream().filter(m -> m != null && !m.isBlank()).map(String::strip).toList();
    if (named.contains(head)) {
      throw new ProductionSettingMissing(
          "NormFlow prod profile: the head " + head + " is also named as a member of collective discussion; "
              + "the head gives the decision last, after the members' opinions (R-MD-11).",
          "Remove " + head + " from NORMFLOW_DISCUSSION_MEMBERS (normflow.decision.members), or leave it empty "
              + "for the leadership group minus the head.");
    }
    if (named.size() != new java.util.HashSet<>(named).size()) {
      throw new ProductionSettingMissing(
          "NormFlow prod profile: NORMFLOW_DISCUSSION_MEMBERS names a member twice: " + String.join(",", named),
          "Name each member of collective discussion once (comma separated user ids of group leadership).");
    }
  }

  static void check(String head) {
    if (head == null || head.isBlank()) {
      throw new ProductionSettingMissing(
          "NormFlow prod profile: the principal head (主要负责人) is not set; production has no default head.",
          "Set NORMFLOW_HEAD (normflow.organisation.head) to the user id of the head, a member of group leadership.");
    }
  }
}
