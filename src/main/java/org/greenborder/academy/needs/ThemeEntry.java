package org.greenborder.academy.needs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;

/** A row of the administrators' theme list. Built-in themes keep their code, which workshops and action items store. */
@Entity
@Table(name = "capacity_theme")
class ThemeEntry {

    static final int LABEL_MAX = 120;
    static final int DESCRIPTION_MAX = 1000;
    static final int TOPICS_MAX = 1000;

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @Column(name = "scenario_topics", nullable = false, length = TOPICS_MAX)
    private String scenarioTopics = "";

    @Version
    private long version;

    protected ThemeEntry() {
    }

    ThemeEntry(String code, String label, int sortOrder) {
        this.code = code;
        this.label = label;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    Theme toTheme() {
        return new Theme(code, label, description, sortOrder, active, topics());
    }

    List<String> topics() {
        return scenarioTopics.isBlank() ? List.of() : Arrays.stream(scenarioTopics.split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
    }

    void change(String label, String description, List<String> topics, boolean active) {
        this.label = label;
        this.description = description;
        this.scenarioTopics = String.join(",", topics);
        this.active = active;
    }

    String code() {
        return code;
    }

    int sortOrder() {
        return sortOrder;
    }

    void moveTo(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    boolean builtIn() {
        return builtIn;
    }

    long version() {
        return version;
    }
}
