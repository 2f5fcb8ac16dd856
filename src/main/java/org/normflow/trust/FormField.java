package org.normflow.trust;

/** One writable field of a Camunda Form: the variable it writes, its label, what kind of value it takes. */
record FormField(String key, String label, Kind kind) {

  enum Kind {
    TEXT("文字"),
    FLAG("是/否"),
    NUMBER("数字"),
    JSON("列表");

    final String words;

    Kind(String words) {
      this.words = words;
    }
  }
}
