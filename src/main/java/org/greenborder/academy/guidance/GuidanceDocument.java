package org.greenborder.academy.guidance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;

/** A guidance document: Markdown with its front matter, indexed for search. */
@Entity
@Table(name = "guidance_document")
@Indexed(index = "guidance")
public class GuidanceDocument {

    public static final int SLUG_MAX = 80;
    public static final int TITLE_MAX = 250;
    public static final int SOURCES_MAX = 3000;
    public static final int MARKDOWN_MAX = 200_000;
    public static final String SLUG_PATTERN = "[a-z0-9][a-z0-9-]{1,79}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Pattern(regexp = SLUG_PATTERN, message = "2–80 lower-case letters, digits and hyphens")
    @Column(nullable = false, unique = true, length = SLUG_MAX)
    @KeywordField(projectable = Projectable.YES)
    private String slug;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    @FullTextField(analyzer = GuidanceAnalysis.TEXT, searchAnalyzer = GuidanceAnalysis.TEXT_QUERY,
            projectable = Projectable.YES, highlightable = Highlightable.UNIFIED)
    private String title;

    @NotEmpty(message = "Name at least one convention")
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "guidance_convention", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "convention", nullable = false, length = 20)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<String> conventions = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "guidance_topic", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "topic", nullable = false, length = 60)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @FullTextField(name = "topics_text", analyzer = GuidanceAnalysis.TEXT, searchAnalyzer = GuidanceAnalysis.TEXT_QUERY)
    private Set<String> topics = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "guidance_audience", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "audience", nullable = false, length = 30)
    @KeywordField(aggregable = Aggregable.YES)
    private Set<String> audience = new LinkedHashSet<>();

    @NotBlank
    @Column(name = "doc_type", nullable = false, length = 20)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String type;

    @NotBlank
    @Column(nullable = false, length = 8)
    private String language = "en";

    /** One source per line. */
    @Size(max = SOURCES_MAX)
    @Column(length = SOURCES_MAX)
    private String sources;

    @Column(name = "last_reviewed")
    private LocalDate lastReviewed;

    @NotBlank
    @Size(max = MARKDOWN_MAX)
    // LONGTEXT in both: H2 (MySQL mode) reports it as VARCHAR, MySQL and MariaDB as LONGTEXT; validation accepts both
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String markdown;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    @KeywordField
    private DocumentStatus status = DocumentStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private DocumentOrigin origin = DocumentOrigin.EDITOR;

    @Column(name = "source_path", length = 300)
    private String sourcePath;

    /** SHA-256 of the file as last imported: an unchanged file is not written again. */
    @Column(length = 64)
    private String checksum;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    /** Indexed too, so that the index can be compared with the rows after a crash or a failed write (GuidanceIndex). */
    @Version
    @GenericField(projectable = Projectable.YES)
    private long version;

    public GuidanceDocument() {
    }

    /** The body as plain text, for search and snippets. */
    @Transient
    @FullTextField(analyzer = GuidanceAnalysis.TEXT, searchAnalyzer = GuidanceAnalysis.TEXT_QUERY,
            projectable = Projectable.YES, highlightable = Highlightable.UNIFIED,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "markdown")))
    public String getBody() {
        return MarkdownText.plainText(markdown);
    }

    /** The section headings, which weigh more than the body. */
    @Transient
    @FullTextField(analyzer = GuidanceAnalysis.TEXT, searchAnalyzer = GuidanceAnalysis.TEXT_QUERY)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "markdown")))
    public String getHeadings() {
        return String.join("\n", MarkdownText.headings(markdown));
    }

    /** Every HS code and Basel code the text mentions, normalised (290371, a1181), matched exactly or by prefix. */
    @Transient
    @FullTextField(analyzer = GuidanceAnalysis.CODES, searchAnalyzer = GuidanceAnalysis.EXACT)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "markdown")),
            @ObjectPath(@PropertyValue(propertyName = "title"))})
    public String getCodes() {
        return String.join(" ", Codes.find(title + "\n" + markdown));
    }

    public List<String> sourceList() {
        return sources == null ? List.of() : sources.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Set<String> getConventions() {
        return conventions;
    }

    public void setConventions(Set<String> conventions) {
        this.conventions = new LinkedHashSet<>(conventions);
    }

    public Set<String> getTopics() {
        return topics;
    }

    public void setTopics(Set<String> topics) {
        this.topics = new LinkedHashSet<>(topics);
    }

    public Set<String> getAudience() {
        return audience;
    }

    public void setAudience(Set<String> audience) {
        this.audience = new LinkedHashSet<>(audience);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSources() {
        return sources;
    }

    public void setSources(String sources) {
        this.sources = sources;
    }

    public LocalDate getLastReviewed() {
        return lastReviewed;
    }

    public void setLastReviewed(LocalDate lastReviewed) {
        this.lastReviewed = lastReviewed;
    }

    public String getMarkdown() {
        return markdown;
    }

    public void setMarkdown(String markdown) {
        this.markdown = markdown;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public void setStatus(DocumentStatus status) {
        this.status = status;
    }

    public DocumentOrigin getOrigin() {
        return origin;
    }

    void setOrigin(DocumentOrigin origin) {
        this.origin = origin;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    void setSourcePath(String sourcePath) {
        this.sourcePath = sourcePath;
    }

    String getChecksum() {
        return checksum;
    }

    void setChecksum(String checksum) {
        this.checksum = checksum;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GuidanceDocument that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
