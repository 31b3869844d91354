package org.greenborder.academy.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A contribution from outside the room: a recorded video presentation or a live link, by an organisation. */
@Entity
@Table(name = "remote_contribution")
public class RemoteContribution {

    public static final int TITLE_MAX = 250;
    public static final int PRESENTER_MAX = 120;
    public static final int LINK_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "contribution", nullable = false, length = 30)
    private ContributionKind kind = ContributionKind.VIDEO_PRESENTATION;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = PRESENTER_MAX)
    @Column(length = PRESENTER_MAX)
    private String presenter;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    /** Only web addresses: the link is shown to participants and must not run script. */
    @Size(max = LINK_MAX)
    @Pattern(regexp = "^$|https?://\\S+", message = "Use a web address starting with http:// or https://")
    @Column(length = LINK_MAX)
    private String link;

    public RemoteContribution() {
    }

    public RemoteContribution(ContributionKind kind, String title, String presenter, Organisation organisation) {
        this.kind = kind;
        this.title = title;
        this.presenter = presenter;
        this.organisation = organisation;
    }

    public Long getId() {
        return id;
    }

    int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public ContributionKind getKind() {
        return kind;
    }

    public void setKind(ContributionKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPresenter() {
        return presenter;
    }

    public void setPresenter(String presenter) {
        this.presenter = presenter;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }
}
