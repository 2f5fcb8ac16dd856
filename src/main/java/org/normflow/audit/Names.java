package org.normflow.audit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** People and groups as a reader knows them: 王明（起草科室、危化品监管科）, never a login id. */
@Component
class Names {

  private final IdentityService identity;
  private final Unchecked unchecked;
  private final Map<String, String> groupNames = new ConcurrentHashMap<>();
  /** A case file names the same few people many times: names are kept for a minute. */
  private final Map<String, Object[]> people = new ConcurrentHashMap<>();
  static final long KEEP_MILLIS = 60_000;

  Names(IdentityService identity, Unchecked unchecked) {
    this.identity = identity;
    this.unchecked = unchecked;
  }

  /** The person's name, or 系统 for the engine's own steps. */
  String person(String userId) {
    if (userId == null || userId.isBlank()) {
      return "系统";
    }
    User user = unchecked.read(() -> identity.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return "用户（已注销）";
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? "未署名用户" : name;
  }

  /** The person's name with their groups: 王明（起草科室、危化品监管科）. */
  String personWithGroups(String userId) {
    if (userId == null || userId.isBlank()) {
      return "系统";
    }
    long now = System.currentTimeMillis();
    Object[] kept = people.get(userId);
    if (kept != null && (long) kept[1] > now) {
      return (String) kept[0];
    }
    String name = lookUp(userId);
    people.put(userId, new Object[] {name, now + KEEP_MILLIS});
    return name;
  }

  private String lookUp(String userId) {
    List<Group> groups = unchecked.read(() -> identity.createGroupQuery().groupMember(userId).list());
    String names = groups.stream().map(g -> g.getName() == null ? "未命名组" : g.getName()).sorted()
        .collect(Collectors.joining("、"));
    return names.isEmpty() ? person(userId) : person(userId) + "（" + names + "）";
  }

  String group(String groupId) {
    if (groupId == null) {
      return "";
    }
    return groupNames.computeIfAbsent(groupId, id -> {
      Group g = unchecked.read(() -> identity.createGroupQuery().groupId(id).singleResult());
      return g == null || g.getName() == null ? "（未知组）" : g.getName();
    });
  }
}
